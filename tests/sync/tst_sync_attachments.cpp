// A result with a new file, queued while the store is away: the file goes up first, then the command;
// nothing is sent before the file is there and nothing is lost while the upload fails.
#include "StoreFixture.h"
#include "TcpRelay.h"
#include "TestConsole.h"

#include "http/PokeHub.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace paht;
using namespace paht::store::testing;
using paht::store::StoreLimits;
using namespace Qt::StringLiterals;

namespace {

QByteArray png()
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(600, 'z');
}

QString shaOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Received, classified, dispatched to SXD and accepted there: version 4, ready for SXD's result.
QString acceptedBySxd(StoreFixture& store)
{
    const QString intake = store.login(u"intake"_s);
    const QString id = store.submitReport(intake);
    store.command(intake, u"classify"_s, id, 1, {{u"categoryCode"_s, u"chieu_sang"_s}});
    store.command(intake, u"dispatch"_s, id, 2, dispatchTo({u"SXD"_s}));
    store.command(store.login(u"sxd.specialist"_s), u"accept"_s, id, 3, {});
    return id;
}

Command submitResult(const QString& id, const QString& sha)
{
    Command command;
    command.type = u"submit_result"_s;
    command.reportId = id;
    command.expectedVersion = 4;
    command.payload = {{u"text"_s, u"Đã thay bóng đèn cột số 12."_s}, {u"attachments"_s, QJsonArray{sha}}};
    return command;
}

QJsonObject sxdAssignment(StoreFixture& store, const QString& token, const QString& id)
{
    const QJsonArray assignments = store.get(u"/api/v1/reports/"_s + id, token)
                                       .json()
                                       .value(u"report"_s)
                                       .toObject()
                                       .value(u"assignments"_s)
                                       .toArray();
    for (const QJsonValue& value : assignments) {
        if (value.toObject().value(u"agencyCode"_s).toString() == u"SXD")
            return value.toObject();
    }
    return {};
}

} // namespace

class SyncAttachmentsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aResultQueuedOfflineUploadsItsFileThenTheCommand()
    {
        StoreFixture store;
        const QString id = acceptedBySxd(store);
        TcpRelay relay(store.server().port());
        QVERIFY(relay.listen());
        TestConsole console(QUrl(u"http://127.0.0.1:%1"_s.arg(relay.port())), store.clock());
        QVERIFY(console.login(u"sxd.specialist"_s, StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QTRY_COMPARE(console.cache().report(id)->version, 4);
        QTRY_COMPARE(store.server().pokes().connectedCount(), 1);

        relay.shutDown();
        QTRY_VERIFY_WITH_TIMEOUT(!console.client().isOnline(), 5000);
        const QByteArray photo = png();
        const QString sha = shaOf(photo);
        QVERIFY(console.client().photos().put(sha, photo));
        const QString commandId = console.client().submit(submitResult(id, sha), {sha});
        QVERIFY(!commandId.isEmpty());
        QTest::qWait(1500); // the upload fails at least once while the store is away

        // The command waits behind its file: never sent, nothing lost, the file kept through a prune.
        QCOMPARE(console.client().pendingCount(), 1);
        QCOMPARE(console.cache().outboxEntry(commandId)->attempts, 0);
        QCOMPARE(console.cache().pendingUploads(), QStringList{sha});
        QCOMPARE(console.client().photos().prune(), 0);
        QVERIFY(console.client().photos().contains(sha));

        QVERIFY(relay.listen());
        QTRY_COMPARE_WITH_TIMEOUT(console.client().pendingCount(), 0, 20000);
        const OutboxEntry entry = *console.cache().outboxEntry(commandId);
        QCOMPARE(entry.state, OutboxEntry::State::Applied);
        QCOMPARE(entry.attempts, 1); // sent once, after the file was up
        QVERIFY(console.cache().pendingUploads().isEmpty());

        const QString leader = store.login(u"sxd.leader"_s);
        const QJsonObject assignment = sxdAssignment(store, leader, id);
        QCOMPARE(assignment.value(u"state"_s).toString(), u"awaiting_approval"_s);
        const QJsonObject result = assignment.value(u"result"_s).toObject();
        QCOMPARE(result.value(u"text"_s).toString(), u"Đã thay bóng đèn cột số 12."_s);
        QCOMPARE(result.value(u"attachments"_s).toArray(), QJsonArray{sha});
        const Reply file = store.get(u"/api/v1/attachments/"_s + sha, leader);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, photo);
        QCOMPARE(file.header("Content-Type"), QByteArray("image/png"));
        // The cache learns the result; the file is now one of the report's.
        QTRY_COMPARE(console.cache().report(id)->version, 5);
        QVERIFY(console.cache().attachmentsOf(id).contains(sha));
    }

    // A file the store refuses for good (here larger than its limit) must not hold the outbox forever:
    // the command goes and comes back rejected, for the user to see.
    void aFileRefusedForGoodDoesNotBlockTheOutbox()
    {
        StoreLimits limits;
        limits.maxAttachmentBytes = 100;
        StoreFixture store(QDateTime(QDate(2026, 3, 9), QTime(2, 0), Qt::UTC), limits);
        const QString id = acceptedBySxd(store);
        TestConsole console(store.url(QString()), store.clock());
        QVERIFY(console.login(u"sxd.specialist"_s, StoreFixture::password()));
        const QByteArray photo = png();
        QVERIFY(console.client().photos().put(shaOf(photo), photo));
        QSignalSpy errors(&console.client(), &SyncClient::error);
        QSignalSpy rejected(&console.client(), &SyncClient::rejected);
        const QString commandId = console.client().submit(submitResult(id, shaOf(photo)), {shaOf(photo)});
        QVERIFY(console.startAndSync());
        QTRY_COMPARE_WITH_TIMEOUT(console.client().pendingCount(), 0, 10000);
        QCOMPARE(console.cache().outboxEntry(commandId)->state, OutboxEntry::State::Rejected);
        QVERIFY(!rejected.isEmpty());
        QVERIFY(console.cache().pendingUploads().isEmpty());
        bool told = false;
        for (const QList<QVariant>& error : std::as_const(errors))
            told = told || error.first().toString().contains(shaOf(photo).left(12));
        QVERIFY(told);
    }
};

QTEST_GUILESS_MAIN(SyncAttachmentsTest)
#include "tst_sync_attachments.moc"
