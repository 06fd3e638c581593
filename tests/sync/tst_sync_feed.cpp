// SyncClient against a real store over loopback: login, snapshot, pull, push, revoke, re-bootstrap and
// photos. Every test starts a fresh store (StoreFixture) and fresh console caches.
#include "StoreFixture.h"
#include "TestConsole.h"

#include "http/PokeHub.h"

#include "cache/OfflineUnlock.h"
#include "storage/ChangeCounter.h"
#include "storage/DataDirectory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace paht;
using namespace paht::store::testing;

namespace {

const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");

QUrl storeUrl(StoreFixture& store)
{
    return store.url(QString());
}

// A report classified under street lighting and dispatched to the given agencies (version 3).
QString dispatchedReport(StoreFixture& store, const QString& intake, const QStringList& agencies,
                         const QJsonArray& attachments = {})
{
    QJsonObject payload =
        StoreFixture::reportPayload(QStringLiteral("Đèn đường hỏng"), QStringLiteral("public"));
    if (!attachments.isEmpty())
        payload.insert(QStringLiteral("attachments"), attachments);
    const QString id = store.command(intake, QStringLiteral("submit"), QString(), 0, payload)
                           .value(QStringLiteral("reportId"))
                           .toString();
    store.command(intake, QStringLiteral("classify"), id, 1,
                  {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
    store.command(intake, QStringLiteral("dispatch"), id, 2, dispatchTo(agencies));
    return id;
}

// Every report and event row of the console's cache as text.
QByteArray reportRows(TestConsole& console)
{
    QByteArray all;
    QSqlQuery query(console.cache().connection());
    for (const QString& sql :
         {QStringLiteral("SELECT data FROM reports"), QStringLiteral("SELECT data FROM events")}) {
        query.exec(sql);
        while (query.next())
            all += query.value(0).toString().toUtf8();
    }
    return all;
}

qint64 cachedVersion(TestConsole& console, const QString& id)
{
    const auto report = console.cache().report(id);
    return report ? report->version : -1;
}

} // namespace

class SyncFeedTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loginKeepsTheUserAndAnOfflineVerifier()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        TestConsole console(storeUrl(store), store.clock());
        QSignalSpy failed(&console.client(), &SyncClient::loginFailed);
        QVERIFY(!console.login(QStringLiteral("intake"), QStringLiteral("wrong password")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!console.cache().sessionUser());

        QVERIFY(console.login(QStringLiteral("intake"), StoreFixture::password()));
        QCOMPARE(console.cache().sessionUser()->username, QStringLiteral("intake"));
        QCOMPARE(console.cache().sessionUser()->role, Role::IntakeOperator);
        QVERIFY(!console.client().sessionToken().isEmpty());
        QVERIFY(console.client().isOnline());
        OfflineUnlock unlock(console.cache());
        QVERIFY(unlock.unlock(StoreFixture::password()));
        QVERIFY(!unlock.unlock(QStringLiteral("wrong password")));
        // The token lives in memory only (TokenVault decides whether to keep it).
        QVERIFY(!console.cacheBytes().contains(console.client().sessionToken().toLatin1()));
    }

    void loginToAnUnreachableStoreSaysSo()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 9), QTime(2, 0), Qt::UTC));
        TestConsole console(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())), clock);
        QSignalSpy unreachable(&console.client(), &SyncClient::storeUnreachable);
        QSignalSpy failed(&console.client(), &SyncClient::loginFailed);
        QVERIFY(!console.login(QStringLiteral("intake"), StoreFixture::password()));
        QCOMPARE(unreachable.size(), 1);
        QVERIFY(unreachable.first().first().toString().contains(QStringLiteral("cannot be reached")));
        QVERIFY(failed.isEmpty()); // not a wrong password: the console may offer offline unlock
        QVERIFY(!console.client().isOnline());
    }

    void bootstrapGivesAnAgencyOnlyItsReportsMasked()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString theirs = dispatchedReport(store, intake, {QStringLiteral("SXD")});
        const QString other = dispatchedReport(store, intake, {QStringLiteral("NUOC")});
        store.submitReport(intake, QStringLiteral("Chưa phân loại"));

        TestConsole console(storeUrl(store), store.clock());
        console.client().setPageSize(1); // several snapshot pages
        QSignalSpy progress(&console.client(), &SyncClient::bootstrapProgress);
        QVERIFY(console.login(QStringLiteral("sxd.specialist"), StoreFixture::password()));
        QVERIFY(console.startAndSync());

        QCOMPARE(console.cache().reports().size(), 1);
        const Report report = *console.cache().report(theirs);
        QVERIFY(!console.cache().report(other));
        QCOMPARE(report.reporter.phone, QStringLiteral("*******678"));
        QCOMPARE(report.reporter.email, QStringLiteral("d***@example.vn"));
        QVERIFY(!console.cache().events(theirs).isEmpty());
        // (The directory legitimately holds agency leaders' phones, so look at report rows only.)
        QVERIFY(reportRows(console).contains("*******678"));
        QVERIFY(!reportRows(console).contains("0912345678"));
        QVERIFY(!console.cacheBytes().contains("dan@example.vn"));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 1);
        QCOMPARE(progress.last().at(1).toInt(), -1);
        QCOMPARE(
            console.cache().epoch(),
            store.get(QStringLiteral("/api/v1/health")).json().value(QStringLiteral("epoch")).toString());
        QVERIFY(console.client().lastSync().isValid());
    }

    void bootstrapReportsProgressPageByPage()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        for (int i = 0; i < 5; ++i)
            store.submitReport(intake, QStringLiteral("Phản ánh %1").arg(i));
        TestConsole console(storeUrl(store), store.clock());
        console.client().setPageSize(2);
        QSignalSpy progress(&console.client(), &SyncClient::bootstrapProgress);
        QVERIFY(console.login(QStringLiteral("supervisor"), StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QList<int> done;
        for (const auto& signal : progress)
            done.append(signal.at(0).toInt());
        QCOMPARE(done, (QList<int>{2, 4, 5}));
        QCOMPARE(console.cache().reports().size(), 5);
    }

    void pullBringsAnotherUsersChange()
    {
        StoreFixture store;
        QVERIFY(store.addUser(QStringLiteral("intake2"), QStringLiteral("intake_operator")));
        const QString other = store.login(QStringLiteral("intake2"));
        const QString id = store.submitReport(other);
        TestConsole console(storeUrl(store), store.clock());
        QVERIFY(console.login(QStringLiteral("intake"), StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QCOMPARE(cachedVersion(console, id), 1);

        store.clock().advance(600);
        store.command(other, QStringLiteral("classify"), id, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("cap_nuoc")}});
        QSignalSpy synced(&console.client(), &SyncClient::synced);
        console.client().syncNow();
        QTRY_COMPARE(cachedVersion(console, id), 2);
        QCOMPARE(console.cache().report(id)->categoryCode, QStringLiteral("cap_nuoc"));
        QCOMPARE(console.cache().events(id).size(), 2);
        QTRY_VERIFY(!synced.isEmpty());
        QCOMPARE(console.client().lastSync(), store.clock().now());
    }

    void aPokeTriggersAPullWithinASecond()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(intake);
        TestConsole console(storeUrl(store), store.clock());
        QVERIFY(console.login(QStringLiteral("supervisor"), StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QTRY_COMPARE(store.server().pokes().connectedCount(), 1);

        QElapsedTimer timer;
        timer.start();
        store.command(intake, QStringLiteral("classify"), id, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        // The fallback timer waits 60 s: only the poke can bring it this fast.
        QTRY_VERIFY_WITH_TIMEOUT(cachedVersion(console, id) == 2, 1000);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void revokeDeletesTheReportAndItsPhotos()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const Reply uploaded =
            store.request("POST", QStringLiteral("/api/v1/attachments"), kPng, intake, "image/png");
        const QString sha = uploaded.json().value(QStringLiteral("sha256")).toString();
        const QString id = dispatchedReport(
            store, intake, {QStringLiteral("SXD"), QStringLiteral("UBND-06673")}, QJsonArray{sha});
        TestConsole console(storeUrl(store), store.clock());
        QVERIFY(console.login(QStringLiteral("ward.specialist"), StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QCOMPARE(cachedVersion(console, id), 3);
        QSignalSpy ready(&console.client(), &SyncClient::photoReady);
        console.client().prefetchPhotos({id});
        QVERIFY(ready.wait(5000));
        QVERIFY(console.client().photos().contains(sha));
        const QString photoFile = console.client().photos().filePath(sha);
        QVERIFY(QFile::exists(photoFile));

        // the ward returns it; it is no longer theirs, so it leaves their workstation.
        Command giveBack;
        giveBack.type = QStringLiteral("return_to_center");
        giveBack.reportId = id;
        giveBack.expectedVersion = 3;
        giveBack.payload = {{QStringLiteral("reason"), QStringLiteral("Không thuộc thẩm quyền")}};
        const QString commandId = console.client().submit(giveBack);
        QTRY_COMPARE(console.cache().outboxEntry(commandId)->state, OutboxEntry::State::Applied);
        QTRY_VERIFY(!console.cache().report(id));
        QVERIFY(console.cache().events(id).isEmpty());
        QVERIFY(!console.client().photos().contains(sha));
        QVERIFY(!QFile::exists(photoFile));
    }

    void aStaleEpochStartsANewSnapshot()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString first = store.submitReport(intake);
        TestConsole console(storeUrl(store), store.clock());
        QVERIFY(console.login(QStringLiteral("supervisor"), StoreFixture::password()));
        QVERIFY(console.startAndSync());
        const QString oldEpoch = console.cache().epoch();
        QTRY_COMPARE(store.server().pokes().connectedCount(), 1);

        // A restored backup: the store's history has a new name, the console's cursor means nothing.
        QVERIFY(store::ChangeCounter(store.data().database().connection()).renewEpoch());
        QSignalSpy progress(&console.client(), &SyncClient::bootstrapProgress);
        const QString second = store.submitReport(intake, QStringLiteral("Sau khi khôi phục"));
        QTRY_VERIFY(!progress.isEmpty());
        QTRY_VERIFY(console.cache().report(second).has_value());
        QVERIFY(console.cache().report(first).has_value());
        QVERIFY(console.cache().epoch() != oldEpoch);
        QCOMPARE(
            console.cache().epoch(),
            store.get(QStringLiteral("/api/v1/health")).json().value(QStringLiteral("epoch")).toString());
    }

    void photosAreFetchedOnlyWhenVisible()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString sha =
            store.request("POST", QStringLiteral("/api/v1/attachments"), kPng, intake, "image/png")
                .json()
                .value(QStringLiteral("sha256"))
                .toString();
        dispatchedReport(store, intake, {QStringLiteral("SXD")}, QJsonArray{sha});

        TestConsole center(storeUrl(store), store.clock());
        QVERIFY(center.login(QStringLiteral("intake"), StoreFixture::password()));
        QSignalSpy ready(&center.client(), &SyncClient::photoReady);
        center.client().fetchPhoto(sha);
        QVERIFY(ready.wait(5000));
        QCOMPARE(center.client().photos().read(sha), kPng);

        TestConsole water(storeUrl(store), store.clock());
        QVERIFY(water.login(QStringLiteral("nuoc.specialist"), StoreFixture::password()));
        QSignalSpy failed(&water.client(), &SyncClient::photoFailed);
        water.client().fetchPhoto(sha);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), sha);
        QVERIFY(!water.client().photos().contains(sha));
    }

    void theDirectoryIsCopiedForOfflineUse()
    {
        StoreFixture store;
        TestConsole console(storeUrl(store), store.clock());
        QVERIFY(console.login(QStringLiteral("sxd.leader"), StoreFixture::password()));
        QSignalSpy changed(&console.client(), &SyncClient::directoryChanged);
        console.client().start();
        QVERIFY(changed.wait(5000));
        const Directory directory = console.cache().directory();
        QCOMPARE(directory.agencies.size(), 3);
        QCOMPARE(directory.agencies.value(QStringLiteral("SXD")).name, QStringLiteral("Sở Xây dựng"));
        QVERIFY(directory.categories.contains(QStringLiteral("chieu_sang")));
        QStringList usernames;
        for (const User& user : console.cache().users())
            usernames.append(user.username);
        QCOMPARE(usernames, (QStringList{QStringLiteral("sxd.leader"), QStringLiteral("sxd.specialist")}));
    }
};

QTEST_GUILESS_MAIN(SyncFeedTest)
#include "tst_sync_feed.moc"
