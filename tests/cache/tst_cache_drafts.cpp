// Result drafts in the console's cache: saved, restored after the file is reopened and after
// a schema upgrade, deleted; their files checked before they are kept and never evicted while a draft or
// an upload needs them; files queued with a command for upload.
#include "DomainSamples.h"

#include "cache/CacheSchema.h"
#include "cache/LocalCache.h"
#include "cache/PhotoCache.h"
#include "cache/ResultDrafts.h"
#include "cache/ResultFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <tuple>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

const QString kReport = u"PAHT-2026-000123"_s;

QString shaOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray png(char fill, int size = 200)
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(size, fill);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

ResultDraft sampleDraft()
{
    ResultDraft draft;
    draft.reportId = kReport;
    draft.text = u"Đã thay bóng đèn tại cột số 12, đường Trần Hưng Đạo."_s;
    draft.attachments = {{samples::sha('a'), u"cot-12.png"_s, u"image/png"_s, 2048, true},
                         {samples::sha('b'), u"bien-ban.pdf"_s, u"application/pdf"_s, 9000, true}};
    return draft;
}

Command submitResult(const QStringList& attachments)
{
    Command command;
    command.commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.type = u"submit_result"_s;
    command.reportId = kReport;
    command.expectedVersion = 4;
    command.payload = {{u"text"_s, u"Đã xử lý"_s},
                       {u"attachments"_s, QJsonArray::fromStringList(attachments)}};
    return command;
}

} // namespace

class CacheDraftsTest : public QObject
{
    Q_OBJECT

private slots:
    void savedRestoredAndDeleted()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(nullptr));
        ResultDrafts drafts(cache);
        QVERIFY(!drafts.load(kReport));

        QVERIFY(drafts.save(sampleDraft(), samples::at(9, 10)));
        std::optional<ResultDraft> kept = drafts.load(kReport);
        QVERIFY(kept);
        QCOMPARE(kept->text, sampleDraft().text);
        QCOMPARE(kept->attachments, sampleDraft().attachments);
        QCOMPARE(kept->savedAt, samples::at(9, 10));

        // Saving again replaces the text and the files, in their new order.
        ResultDraft edited = sampleDraft();
        edited.text += u" Đã kiểm tra lại."_s;
        edited.attachments = {edited.attachments.at(1)};
        QVERIFY(drafts.save(edited, samples::at(9, 11)));
        kept = drafts.load(kReport);
        QCOMPARE(kept->text, edited.text);
        QCOMPARE(kept->attachments, edited.attachments);

        ResultDraft other = sampleDraft();
        other.reportId = u"PAHT-2026-000124"_s;
        QVERIFY(drafts.save(other, samples::at(9, 11)));
        QVERIFY(drafts.remove(kReport));
        QVERIFY(!drafts.load(kReport));
        QVERIFY(drafts.load(other.reportId));
    }

    void aDraftSurvivesReopeningTheFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cache.sqlite"_s);
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            QVERIFY(ResultDrafts(cache).save(sampleDraft(), samples::at(9, 10)));
        }
        LocalCache reopened(file);
        QVERIFY(reopened.open(nullptr));
        const std::optional<ResultDraft> kept = ResultDrafts(reopened).load(kReport);
        QVERIFY(kept);
        QCOMPARE(kept->text, sampleDraft().text);
        QCOMPARE(kept->attachments, sampleDraft().attachments);
    }

    // A cache written before drafts existed gains the tables and keeps its outbox.
    void anOlderCacheFileIsUpgraded()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cache.sqlite"_s);
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            QVERIFY(cache.enqueue(submitResult({}), samples::at(9, 9)));
            QSqlQuery query(cache.connection());
            for (const char* sql : {"DROP TABLE draft_attachments", "DROP TABLE result_drafts",
                                    "DROP TABLE attachment_uploads", "PRAGMA user_version = 1"})
                QVERIFY(query.exec(QString::fromLatin1(sql)));
        }
        LocalCache cache(file);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QCOMPARE(CacheSchema::version(cache.connection()), CacheSchema::currentVersion());
        QCOMPARE(cache.pendingCount(), 1);
        QVERIFY(ResultDrafts(cache).save(sampleDraft(), samples::at(9, 10)));
        QVERIFY(ResultDrafts(cache).load(kReport));
    }

    void startingARework()
    {
        Assignment assignment = samples::fullAssignment();
        assignment.state = AssignmentState::Rework;
        assignment.result = AssignmentResult{u"Đã xử lý một phần"_s, {samples::sha('c')}};
        const ResultDraft rework = ResultDraft::startingFrom(kReport, assignment);
        QCOMPARE(rework.text, u"Đã xử lý một phần"_s);
        QCOMPARE(rework.hashes(), QStringList{samples::sha('c')});
        QVERIFY(rework.localHashes().isEmpty()); // on the store already: nothing to upload

        assignment.state = AssignmentState::Processing;
        assignment.result.reset();
        QVERIFY(ResultDraft::startingFrom(kReport, assignment).text.isEmpty());
    }

    void thePayloadIsWhatSubmitResultReads()
    {
        ResultDraft draft = sampleDraft();
        draft.text = u"  Đã xử lý xong  "_s;
        draft.attachments.append({samples::sha('c'), u"c"_s, {}, 0, false});
        const QJsonObject payload = draft.payload();
        QCOMPARE(payload.value(u"text"_s).toString(), u"Đã xử lý xong"_s);
        QCOMPARE(payload.value(u"attachments"_s).toArray(),
                 QJsonArray({samples::sha('a'), samples::sha('b'), samples::sha('c')}));
        QCOMPARE(draft.localHashes(), (QStringList{samples::sha('a'), samples::sha('b')}));
        draft.attachments.clear();
        QVERIFY(!draft.payload().contains(u"attachments"_s));
    }

    void photosAndPdfAreAcceptedByTheirContent()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(nullptr));
        PhotoCache photos(cache);
        const ResultFiles files(photos);
        const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'j');
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n") + QByteArray(100, 'p');
        for (const auto& [name, bytes, type] : {std::tuple{u"anh.png"_s, png('x'), u"image/png"_s},
                                                std::tuple{u"anh.JPG"_s, jpeg, u"image/jpeg"_s},
                                                // the name does not matter, the content does
                                                std::tuple{u"bien-ban.bin"_s, pdf, u"application/pdf"_s}}) {
            const auto added = files.add(writeFile(dir, name, bytes));
            QVERIFY2(std::holds_alternative<DraftAttachment>(added), qPrintable(name));
            const DraftAttachment& file = std::get<DraftAttachment>(added);
            QCOMPARE(file.sha256, shaOf(bytes));
            QCOMPARE(file.fileName, name);
            QCOMPARE(file.contentType, type);
            QCOMPARE(file.size, qint64(bytes.size()));
            QVERIFY(file.local);
            QCOMPARE(photos.read(file.sha256), bytes);
        }
    }

    void wrongTypeTooLargeOrEmptyIsRefusedBeforeAnythingIsKept()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(nullptr));
        PhotoCache photos(cache);
        const ResultFiles files(photos, 1024);
        const auto refusal = [&](const QString& name, const QByteArray& bytes) {
            const auto added = files.add(writeFile(dir, name, bytes));
            return std::holds_alternative<QString>(added) ? std::get<QString>(added) : QString();
        };
        QString message = refusal(u"bao-cao.docx"_s, QByteArrayLiteral("PK\x03\x04 not a photo"));
        QVERIFY2(message.contains(u"bao-cao.docx"_s) && message.contains(u"PDF"_s), qPrintable(message));
        // The store takes WebP; a result's photos are JPEG or PNG.
        message = refusal(u"anh.webp"_s, QByteArrayLiteral("RIFF\0\0\0\0WEBPVP8 ") + QByteArray(50, 'w'));
        QVERIFY(message.contains(u"anh.webp"_s));
        message = refusal(u"lon.png"_s, png('y', 2000));
        QVERIFY2(message.contains(u"lon.png"_s) && message.contains(u"too large"_s), qPrintable(message));
        message = refusal(u"rong.png"_s, QByteArray());
        QVERIFY2(message.contains(u"empty"_s), qPrintable(message));
        const auto missing = files.add(dir.filePath(u"khong-ton-tai.png"_s));
        QVERIFY(std::holds_alternative<QString>(missing));
        QCOMPARE(photos.usedBytes(), 0);
    }

    void draftFilesAndUploadsAreNeverEvictedNorPruned()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(nullptr));
        PhotoCache photos(cache, 1000);
        const QByteArray drafted = png('d', 300);
        const QByteArray queued = png('q', 300);
        QVERIFY(photos.put(shaOf(drafted), drafted));
        ResultDraft draft;
        draft.reportId = kReport;
        draft.attachments = {{shaOf(drafted), u"d.png"_s, u"image/png"_s, drafted.size(), true}};
        QVERIFY(ResultDrafts(cache).save(draft, samples::at(9, 10)));
        QVERIFY(photos.put(shaOf(queued), queued));
        QVERIFY(cache.enqueue(submitResult({shaOf(queued)}), samples::at(9, 11), {shaOf(queued)}));
        QCOMPARE(cache.pendingUploads(), QStringList{shaOf(queued)});

        // Downloaded photos push past the cap: only they make room.
        for (char fill : {'1', '2', '3'}) {
            const QByteArray downloaded = png(fill, 300);
            QVERIFY(photos.put(shaOf(downloaded), downloaded));
        }
        QVERIFY(photos.contains(shaOf(drafted)));
        QVERIFY(photos.contains(shaOf(queued)));
        photos.prune(); // no cached report references any of them
        QVERIFY(photos.contains(shaOf(drafted)));
        QVERIFY(photos.contains(shaOf(queued)));
        QVERIFY(!photos.contains(shaOf(png('3', 300))));

        // Once uploaded and no longer drafted, they are ordinary cached files again.
        QVERIFY(cache.uploaded(shaOf(queued)));
        QVERIFY(cache.pendingUploads().isEmpty());
        QVERIFY(ResultDrafts(cache).remove(kReport));
        photos.prune();
        QVERIFY(!photos.contains(shaOf(drafted)));
        QVERIFY(!photos.contains(shaOf(queued)));
    }

    void aCommandIsQueuedWithItsUploadsOrNotAtAll()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(nullptr));
        const Command first = submitResult({samples::sha('a'), samples::sha('b')});
        QVERIFY(cache.enqueue(first, samples::at(9, 10), {samples::sha('a'), samples::sha('b')}));
        QVERIFY(cache.enqueue(submitResult({samples::sha('c')}), samples::at(9, 11),
                              {samples::sha('c'), samples::sha('a')}));
        QCOMPARE(cache.pendingUploads(),
                 (QStringList{samples::sha('a'), samples::sha('b'), samples::sha('c')}));
        // The same commandId again fails, and its file is not left behind.
        QVERIFY(!cache.enqueue(first, samples::at(9, 12), {samples::sha('d')}));
        QVERIFY(!cache.pendingUploads().contains(samples::sha('d')));
        QCOMPARE(cache.pendingCount(), 2);
    }
};

QTEST_GUILESS_MAIN(CacheDraftsTest)
#include "tst_cache_drafts.moc"
