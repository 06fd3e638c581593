// PhotoCache: files named by SHA-256 and checked against it, owner-only, a size cap with
// least-recently-used eviction, and cleanup of photos no report needs.
#include "DomainSamples.h"

#include "cache/LocalCache.h"
#include "cache/PhotoCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;

namespace {

QString shaOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray photo(char fill, int size = 100)
{
    return QByteArray(size, fill);
}

} // namespace

class CachePhotosTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsOnlyBytesThatMatchTheirName()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(nullptr));
        PhotoCache photos(cache);
        QCOMPARE(photos.capBytes(), qint64(2) * 1024 * 1024 * 1024);
        const QByteArray bytes = photo('a');
        QString error;
        QVERIFY(!photos.put(shaOf(photo('b')), bytes, &error));
        QVERIFY(error.contains(QStringLiteral("damaged")));
        QVERIFY(!photos.put(QStringLiteral("../../etc/passwd"), bytes, &error));
        QVERIFY(!photos.contains(shaOf(bytes)));

        QVERIFY2(photos.put(shaOf(bytes), bytes, &error), qPrintable(error));
        QVERIFY(photos.contains(shaOf(bytes)));
        QCOMPARE(photos.read(shaOf(bytes)), bytes);
        QCOMPARE(photos.usedBytes(), 100);
        const QFileInfo file(photos.filePath(shaOf(bytes)));
        QCOMPARE(file.absolutePath(), QFileInfo(cache.photoFolder()).absoluteFilePath());
        QCOMPARE(file.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(cache.photoFolder()).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());

        // A file changed on disk is not shown, and goes.
        QFile tamper(file.filePath());
        QVERIFY(tamper.open(QIODevice::WriteOnly));
        tamper.write(photo('z'));
        tamper.close();
        QVERIFY(photos.read(shaOf(bytes)).isEmpty());
        QVERIFY(!photos.contains(shaOf(bytes)));
    }

    void evictsTheLeastRecentlyUsedBeyondTheCap()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(nullptr));
        PhotoCache photos(cache, 250);
        const QByteArray a = photo('a'), b = photo('b'), c = photo('c');
        QVERIFY(photos.put(shaOf(a), a));
        QVERIFY(photos.put(shaOf(b), b));
        QCOMPARE(photos.read(shaOf(a)), a); // a is now more recent than b
        QVERIFY(photos.put(shaOf(c), c));
        QVERIFY(photos.contains(shaOf(a)));
        QVERIFY(!photos.contains(shaOf(b)));
        QVERIFY(!QFile::exists(photos.filePath(shaOf(b))));
        QVERIFY(photos.contains(shaOf(c)));
        QCOMPARE(photos.usedBytes(), 200);

        QString error;
        QVERIFY(!photos.put(shaOf(photo('d', 300)), photo('d', 300), &error)); // larger than the whole cache
        QVERIFY(photos.contains(shaOf(a)));

        photos.setCapBytes(100); // the most recently used one stays
        QVERIFY(!photos.contains(shaOf(a)));
        QVERIFY(photos.contains(shaOf(c)));
        QVERIFY(photos.usedBytes() <= 100);
    }

    void theLruOrderSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        const QByteArray a = photo('a'), b = photo('b'), c = photo('c');
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            PhotoCache photos(cache, 250);
            QVERIFY(photos.put(shaOf(a), a));
            QVERIFY(photos.put(shaOf(b), b));
            photos.read(shaOf(a));
        }
        LocalCache cache(file);
        QVERIFY(cache.open(nullptr));
        PhotoCache photos(cache, 250);
        QVERIFY(photos.put(shaOf(c), c));
        QVERIFY(photos.contains(shaOf(a)));
        QVERIFY(!photos.contains(shaOf(b)));
    }

    void strayFilesAndOrphansAreCleanedUp()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(nullptr));
        const QByteArray kept = photo('k'), orphan = photo('o');
        {
            PhotoCache photos(cache);
            QVERIFY(photos.put(shaOf(kept), kept));
            QVERIFY(photos.put(shaOf(orphan), orphan));
        }
        // A console killed between writing a file and indexing it leaves a stray file.
        QFile stray(QDir(cache.photoFolder()).filePath(shaOf(photo('s'))));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write(photo('s'));
        stray.close();
        PhotoCache photos(cache);
        QVERIFY(!QFile::exists(stray.fileName()));
        QCOMPARE(photos.usedBytes(), 200);

        Report report = samples::newReport();
        report.attachments = {shaOf(kept)};
        QVERIFY(cache.upsert(report, {}));
        QCOMPARE(photos.prune(), 1);
        QVERIFY(photos.contains(shaOf(kept)));
        QVERIFY(!photos.contains(shaOf(orphan)));
    }
};

QTEST_GUILESS_MAIN(CachePhotosTest)
#include "tst_cache_photos.moc"
