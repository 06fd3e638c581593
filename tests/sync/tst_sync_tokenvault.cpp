// The session token is kept only by a working system keychain. Test machines have none (no D-Bus
// session, no secret service): then nothing is stored anywhere and the user logs in again.
#include "cache/LocalCache.h"
#include "sync/TokenVault.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;

namespace {

const QString kToken = QStringLiteral("mY7-session-token-that-must-not-leak-0123456789");

// Every file under the folders where Qt programs keep settings and data, searched for the token.
bool tokenWrittenAnywhere(const QStringList& extraFolders)
{
    QStringList folders = extraFolders;
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::AppLocalDataLocation, QStandardPaths::GenericDataLocation}) {
        folders.append(QStandardPaths::writableLocation(location));
    }
    for (const QString& folder : folders) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(kToken.toUtf8()))
                return true;
        }
    }
    return false;
}

} // namespace

class SyncTokenVaultTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PAHT-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sync_tokenvault"));
        // No secret service, whatever the machine running the test has.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/paht-test-bus");
    }

    void aKeychainFailureStoresNothing()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(nullptr));
        TokenVault vault(QStringLiteral("PAHT console test"), QStringLiteral("http://127.0.0.1:1/intake"));
        QSignalSpy stored(&vault, &TokenVault::stored);
        vault.store(kToken);
        QVERIFY(stored.wait(TokenVault::kDefaultTimeoutMs + 5000));
        QCOMPARE(stored.first().at(0).toBool(), false);
        QVERIFY(!stored.first().at(1).toString().isEmpty());

        QVERIFY(QSettings().allKeys().isEmpty());
        QVERIFY(!tokenWrittenAnywhere({dir.path()}));

        QSignalSpy loaded(&vault, &TokenVault::loaded);
        vault.load();
        QVERIFY(loaded.wait(TokenVault::kDefaultTimeoutMs + 5000));
        QCOMPARE(loaded.first().first().toString(), QString());
    }

    void aKeychainThatDoesNotAnswerInTimeStoresNothing()
    {
        TokenVault vault(QStringLiteral("PAHT console test"), QStringLiteral("http://127.0.0.1:1/slow"));
        vault.setTimeout(0); // the deadline passes before any keychain can answer
        QSignalSpy stored(&vault, &TokenVault::stored);
        vault.store(kToken);
        QVERIFY(stored.wait(5000));
        QCOMPARE(stored.first().at(0).toBool(), false);
        QTest::qWait(200); // a late answer must not change anything
        QCOMPARE(stored.size(), 1);
        QVERIFY(QSettings().allKeys().isEmpty());
        QVERIFY(!tokenWrittenAnywhere({}));
    }

    void erasingAnswersEvenWithoutAKeychain()
    {
        TokenVault vault(QStringLiteral("PAHT console test"), QStringLiteral("http://127.0.0.1:1/intake"));
        QSignalSpy erased(&vault, &TokenVault::erased);
        vault.erase();
        QVERIFY(erased.wait(TokenVault::kDefaultTimeoutMs + 5000));
    }
};

QTEST_GUILESS_MAIN(SyncTokenVaultTest)
#include "tst_sync_tokenvault.moc"
