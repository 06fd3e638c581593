// The outbox against a real store: written first, replayed with the same commandId until answered,
// applied once, conflicts and rejections kept for the user, never re-applied silently.
#include "StoreFixture.h"
#include "TcpRelay.h"
#include "TestConsole.h"

#include "http/PokeHub.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace paht;
using namespace paht::store::testing;

namespace {

QString classifiedReport(StoreFixture& store, const QString& intake)
{
    const QString id = store.submitReport(intake);
    store.command(intake, QStringLiteral("classify"), id, 1,
                  {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
    return id;
}

Command dispatchCommand(const QString& reportId, qint64 expectedVersion, const QStringList& agencies)
{
    Command command;
    command.type = QStringLiteral("dispatch");
    command.reportId = reportId;
    command.expectedVersion = expectedVersion;
    command.payload = dispatchTo(agencies);
    return command;
}

// How many times the store recorded a step of this type on the report.
int eventsOfType(StoreFixture& store, const QString& token, const QString& id, const QString& type)
{
    int count = 0;
    const QJsonArray events = store.get(QStringLiteral("/api/v1/reports/") + id, token)
                                  .json()
                                  .value(QStringLiteral("events"))
                                  .toArray();
    for (const QJsonValue& event : events)
        count += event.toObject().value(QStringLiteral("type")).toString() == type ? 1 : 0;
    return count;
}

qint64 storeVersion(StoreFixture& store, const QString& token, const QString& id)
{
    return store.get(QStringLiteral("/api/v1/reports/") + id, token)
        .json()
        .value(QStringLiteral("report"))
        .toObject()
        .value(QStringLiteral("version"))
        .toInteger();
}

} // namespace

class SyncOutboxTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anActionQueuedWhileTheStoreIsDownIsSentWhenItIsBack()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake);
        TcpRelay relay(store.server().port());
        QVERIFY(relay.listen());
        TestConsole console(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port())), store.clock());
        QVERIFY(console.login(QStringLiteral("intake"), StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QTRY_COMPARE(store.server().pokes().connectedCount(), 1);

        relay.shutDown();
        QTRY_VERIFY_WITH_TIMEOUT(!console.client().isOnline(), 5000);
        QSignalSpy outboxChanged(&console.client(), &SyncClient::outboxChanged);
        const QString commandId = console.client().submit(dispatchCommand(id, 2, {QStringLiteral("SXD")}));
        QVERIFY(!QUuid::fromString(commandId).isNull());
        QVERIFY(!outboxChanged.isEmpty());
        QTest::qWait(1500); // at least one attempt fails while the store is away
        QCOMPARE(console.client().pendingCount(), 1);
        QVERIFY(console.cache().outboxEntry(commandId)->attempts >= 1);
        QCOMPARE(storeVersion(store, intake, id), 2);

        QSignalSpy online(&console.client(), &SyncClient::onlineChanged);
        QVERIFY(relay.listen());
        QTRY_COMPARE_WITH_TIMEOUT(console.client().pendingCount(), 0, 20000);
        const OutboxEntry entry = *console.cache().outboxEntry(commandId);
        QCOMPARE(entry.state, OutboxEntry::State::Applied);
        QCOMPARE(entry.answer.value(QStringLiteral("commandId")).toString(), commandId);
        QVERIFY(entry.attempts >= 2); // replayed with the same commandId
        QVERIFY(console.client().isOnline());
        QVERIFY(!online.isEmpty());
        QCOMPARE(storeVersion(store, intake, id), 3);
        QCOMPARE(eventsOfType(store, intake, id, QStringLiteral("dispatched")), 1);
        QTRY_COMPARE(console.cache().report(id)->version, 3);
    }

    void aConsoleStartedAgainstAClosedPortSendsOnceItReachesTheStore()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake);
        TestConsole console(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())), store.clock());
        console.client().resumeSession(intake);
        console.client().start();
        const QString commandId = console.client().submit(dispatchCommand(id, 2, {QStringLiteral("SXD")}));
        QTRY_VERIFY(console.cache().outboxEntry(commandId)->attempts >= 1);
        QVERIFY(!console.client().isOnline());
        QCOMPARE(console.cache().pendingCommands().size(), 1);

        console.reconnect(store.url(QString()));
        console.client().resumeSession(intake);
        console.client().start();
        QTRY_COMPARE_WITH_TIMEOUT(console.cache().outboxEntry(commandId)->state, OutboxEntry::State::Applied,
                                  10000);
        QCOMPARE(eventsOfType(store, intake, id, QStringLiteral("dispatched")), 1);
    }

    void twoConsolesDispatchingTheSameReportMakeOneConflict()
    {
        StoreFixture store;
        QVERIFY(store.addUser(QStringLiteral("intake2"), QStringLiteral("intake_operator")));
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake);
        TestConsole first(store.url(QString()), store.clock());
        TestConsole second(store.url(QString()), store.clock());
        QVERIFY(first.login(QStringLiteral("intake"), StoreFixture::password()));
        QVERIFY(second.login(QStringLiteral("intake2"), StoreFixture::password()));
        QVERIFY(first.startAndSync());
        QVERIFY(second.startAndSync());

        const QString winner = first.client().submit(dispatchCommand(id, 2, {QStringLiteral("SXD")}));
        QTRY_COMPARE(first.cache().outboxEntry(winner)->state, OutboxEntry::State::Applied);

        QSignalSpy conflicts(&second.client(), &SyncClient::conflict);
        const QString loser = second.client().submit(dispatchCommand(id, 2, {QStringLiteral("UBND-06673")}));
        QVERIFY(conflicts.wait(5000));
        QCOMPARE(conflicts.first().first().toString(), loser);
        const OutboxEntry entry = *second.cache().outboxEntry(loser);
        QCOMPARE(entry.state, OutboxEntry::State::Conflict);
        const QJsonObject current = entry.answer.value(QStringLiteral("report")).toObject();
        QCOMPARE(current.value(QStringLiteral("version")).toInteger(), 3);
        QCOMPARE(current.value(QStringLiteral("assignments")).toArray().size(), 1);
        QCOMPARE(second.client().conflictCount(), 1);
        QCOMPARE(second.client().pendingCount(), 0);
        QCOMPARE(second.cache().outbox().size(), 1);

        // Never re-applied: later syncs leave it alone until the user dismisses it.
        second.client().syncNow();
        QTest::qWait(300);
        QCOMPARE(second.cache().outboxEntry(loser)->attempts, 1);
        QCOMPARE(eventsOfType(store, intake, id, QStringLiteral("dispatched")), 1);
        QCOMPARE(storeVersion(store, intake, id), 3);
        QVERIFY(second.cache().dismiss(loser));
        QCOMPARE(second.client().conflictCount(), 0);
        QVERIFY(second.cache().outbox().isEmpty());
    }

    void aReplayedCommandIsAppliedOnce()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake);
        TestConsole console(store.url(QString()), store.clock());
        QVERIFY(console.login(QStringLiteral("intake"), StoreFixture::password()));

        // The console sent it and died before the answer came: the store has it, the outbox too.
        Command command = dispatchCommand(id, 2, {QStringLiteral("SXD")});
        command.commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(console.cache().enqueue(command, store.clock().now()));
        const Reply first = store.post(QStringLiteral("/api/v1/commands"),
                                       {{QStringLiteral("commands"), QJsonArray{command.toJson()}}}, intake);
        QCOMPARE(first.json()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));

        QVERIFY(console.startAndSync());
        QTRY_COMPARE(console.cache().outboxEntry(command.commandId)->state, OutboxEntry::State::Applied);
        QCOMPARE(console.cache()
                     .outboxEntry(command.commandId)
                     ->answer.value(QStringLiteral("version"))
                     .toInteger(),
                 3);
        QCOMPARE(storeVersion(store, intake, id), 3);
        QCOMPARE(eventsOfType(store, intake, id, QStringLiteral("dispatched")), 1);
        // The same id cannot be queued twice either.
        QSignalSpy errors(&console.client(), &SyncClient::error);
        QVERIFY(console.client().submit(command).isEmpty());
        QCOMPARE(errors.size(), 1);
    }

    void aRejectionIsKeptWithItsMessage()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(intake);
        TestConsole console(store.url(QString()), store.clock());
        QVERIFY(console.login(QStringLiteral("intake"), StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QSignalSpy rejected(&console.client(), &SyncClient::rejected);
        Command classify;
        classify.type = QStringLiteral("classify");
        classify.reportId = id;
        classify.expectedVersion = 1;
        classify.payload = {{QStringLiteral("categoryCode"), QStringLiteral("khong_co")}};
        const QString commandId = console.client().submit(classify);
        QVERIFY(rejected.wait(5000));
        QCOMPARE(rejected.first().at(0).toString(), commandId);
        QVERIFY(!rejected.first().at(1).toString().isEmpty());
        const OutboxEntry entry = *console.cache().outboxEntry(commandId);
        QCOMPARE(entry.state, OutboxEntry::State::Rejected);
        QCOMPARE(entry.answer.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_payload"));
        QCOMPARE(console.client().conflictCount(), 1);
    }

    void aBlockedCommandIsRetriedAfterTheOneBeforeItSettles()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(intake);
        TestConsole console(store.url(QString()), store.clock());
        QVERIFY(console.login(QStringLiteral("intake"), StoreFixture::password()));
        // Queued offline, in this order: a classification the store refuses, then a dispatch that
        // depended on it. The store answers the second "blocked" in the same batch.
        Command classify;
        classify.type = QStringLiteral("classify");
        classify.reportId = id;
        classify.expectedVersion = 1;
        classify.payload = {{QStringLiteral("categoryCode"), QStringLiteral("khong_co")}};
        const QString refused = console.client().submit(classify);
        const QString blocked = console.client().submit(dispatchCommand(id, 2, {QStringLiteral("SXD")}));
        QCOMPARE(console.client().pendingCount(), 2);

        QVERIFY(console.startAndSync());
        QTRY_COMPARE(console.client().pendingCount(), 0);
        QCOMPARE(console.cache().outboxEntry(refused)->state, OutboxEntry::State::Rejected);
        const OutboxEntry second = *console.cache().outboxEntry(blocked);
        QCOMPARE(second.attempts, 2); // blocked once, then sent on its own
        QVERIFY(second.state == OutboxEntry::State::Conflict || second.state == OutboxEntry::State::Rejected);
        QCOMPARE(storeVersion(store, intake, id), 1);
    }
};

QTEST_GUILESS_MAIN(SyncOutboxTest)
#include "tst_sync_outbox.moc"
