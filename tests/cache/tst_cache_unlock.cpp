// Offline unlock: an argon2id verifier kept at online login opens the cache with the right password only.
#include "cache/LocalCache.h"
#include "cache/OfflineUnlock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;

class CacheUnlockTest : public QObject
{
    Q_OBJECT

private slots:
    void rightPasswordUnlocksWrongOneDoesNot()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString password = QStringLiteral("Mật khẩu đúng 2026!");
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            OfflineUnlock unlock(cache);
            QVERIFY(!unlock.isAvailable());
            QVERIFY(!unlock.unlock(password)); // nothing to check against yet
            QVERIFY(unlock.remember(password));
            QVERIFY(cache.verifier().startsWith("$argon2id$"));
        }
        LocalCache cache(file);
        QVERIFY(cache.open(nullptr));
        OfflineUnlock unlock(cache);
        QVERIFY(unlock.isAvailable());
        QVERIFY(unlock.unlock(password));
        QVERIFY(!unlock.unlock(QStringLiteral("Mat khau dung 2026!")));
        QVERIFY(!unlock.unlock(QString()));
        QVERIFY(!unlock.unlock(password + QLatin1Char(' ')));
    }

    void thePasswordItselfIsNeverStored()
    {
        QTemporaryDir dir;
        const QString password = QStringLiteral("correct horse battery");
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(nullptr));
        QVERIFY(OfflineUnlock(cache).remember(password));
        QByteArray bytes;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile part(cache.file() + suffix);
            if (part.open(QIODevice::ReadOnly))
                bytes += part.readAll();
        }
        QVERIFY(bytes.contains("$argon2id$"));
        QVERIFY(!bytes.contains(password.toUtf8()));
    }

    void eachLoginReplacesTheVerifier()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(nullptr));
        OfflineUnlock unlock(cache);
        QVERIFY(unlock.remember(QStringLiteral("old password")));
        const QByteArray first = cache.verifier();
        QVERIFY(unlock.remember(QStringLiteral("new password")));
        QVERIFY(cache.verifier() != first); // fresh salt every time
        QVERIFY(unlock.unlock(QStringLiteral("new password")));
        QVERIFY(!unlock.unlock(QStringLiteral("old password")));
    }
};

QTEST_GUILESS_MAIN(CacheUnlockTest)
#include "tst_cache_unlock.moc"
