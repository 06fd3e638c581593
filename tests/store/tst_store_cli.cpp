// paht-store as an administrator runs it: subcommands, the schema guard, backup, the audit check,
// the calendar printout and a store killed mid-work that loses nothing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runStore(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(PAHT_STORE_BINARY), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int scalar(const QString& file, const QString& sql)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

bool execSql(const QString& file, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return ok;
}

} // namespace

class StoreCliTest : public QObject
{
    Q_OBJECT

private slots:
    void everySubcommandHasHelp_data()
    {
        QTest::addColumn<QString>("subcommand");
        for (const char* name : {"init", "serve", "create-user", "create-api-key", "seed-demo", "calendar",
                                 "deadline", "backup", "verify-audit"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everySubcommandHasHelp()
    {
        QFETCH(QString, subcommand);
        const Run run = runStore({subcommand, QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--data")), qPrintable(run.out));
    }

    void missingOptionsAndUnknownSubcommandsAreClearErrors()
    {
        Run run = runStore({QStringLiteral("init")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--data is required")));
        run = runStore({QStringLiteral("frobnicate")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown subcommand")));
    }

    void initAndCreateUsers()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code, 0);
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code,
                 1); // never over a store

        const QStringList user{
            QStringLiteral("create-user"),    QStringLiteral("--data"), data,
            QStringLiteral("--username"),     QStringLiteral("an"),     QStringLiteral("--role"),
            QStringLiteral("intake_operator")};
        QCOMPARE(runStore(user, "mật khẩu dài\n").code, 0);
        QCOMPARE(runStore(user, "mật khẩu dài\n").code, 1); // exists
        Run bad = runStore({QStringLiteral("create-user"), QStringLiteral("--data"), data,
                            QStringLiteral("--username"), QStringLiteral("x"), QStringLiteral("--role"),
                            QStringLiteral("boss")},
                           "password1\n");
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("agency_specialist")));
        bad = runStore({QStringLiteral("create-user"), QStringLiteral("--data"), data,
                        QStringLiteral("--username"), QStringLiteral("y"), QStringLiteral("--role"),
                        QStringLiteral("agency_leader")},
                       "password1\n");
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("agencyCode")), qPrintable(bad.err));
        bad = runStore({QStringLiteral("create-user"), QStringLiteral("--data"), data,
                        QStringLiteral("--username"), QStringLiteral("z"), QStringLiteral("--role"),
                        QStringLiteral("supervisor")},
                       "short\n");
        QCOMPARE(bad.code, 2);
        const Run key = runStore({QStringLiteral("create-api-key"), QStringLiteral("--data"), data,
                                  QStringLiteral("--name"), QStringLiteral("Smart Quảng Ninh")});
        QCOMPARE(key.code, 0);
        QVERIFY(key.out.trimmed().size() >= 40);
    }

    void aNewerDataDirectoryIsRefused()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code, 0);
        QVERIFY(execSql(data + QStringLiteral("/store.sqlite"),
                        {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")}));
        const Run run = runStore({QStringLiteral("verify-audit"), QStringLiteral("--data"), data});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer than this program")), qPrintable(run.err));
    }

    void calendarPrintsHolidaysCompensationAndSwaps()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code, 0);
        Run run = runStore({QStringLiteral("calendar"), QStringLiteral("--data"), data,
                            QStringLiteral("--year"), QStringLiteral("2026")});
        QCOMPARE(run.code, 0);
        // Hùng Kings' day 2026 is Sunday 26 April: listed, marked, and compensated on Monday 27 April.
        QVERIFY2(run.out.contains(QStringLiteral("2026-04-26 Sun  Giỗ Tổ Hùng Vương")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("[falls on a weekend]")));
        QVERIFY(run.out.contains(QStringLiteral("2026-04-27 Mon  compensatory")));
        QVERIFY(run.out.contains(QStringLiteral("2026-02-17 Tue  Tết Nguyên Đán")));
        run = runStore({QStringLiteral("calendar"), QStringLiteral("--data"), data, QStringLiteral("--year"),
                        QStringLiteral("2025")});
        QVERIFY2(run.out.contains(QStringLiteral("2025-04-26 Sat  worked, in exchange for 2025-05-02 Fri")),
                 qPrintable(run.out));
        QCOMPARE(runStore({QStringLiteral("calendar"), QStringLiteral("--data"), data,
                           QStringLiteral("--year"), QStringLiteral("1800")})
                     .code,
                 2);
    }

    void deadlinePrintsWhatTheStoreWouldSet_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Friday 16:00 + 1 day") << "2026-03-06T16:00:00+07:00"
                                              << "--working-days"
                                              << "1"
                                              << "2026-03-09T16:00:00+07:00";
        QTest::newRow("Friday 16:55 + 1 hour") << "2026-03-06T16:55:00+07:00"
                                               << "--working-hours"
                                               << "1"
                                               << "2026-03-09T08:25:00+07:00";
        QTest::newRow("UTC input") << "2026-03-06T09:00:00Z"
                                   << "--working-days"
                                   << "1"
                                   << "2026-03-09T16:00:00+07:00";
    }

    void deadlinePrintsWhatTheStoreWouldSet()
    {
        QFETCH(QString, from);
        QFETCH(QString, unit);
        QFETCH(QString, amount);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code, 0);
        const Run run = runStore({QStringLiteral("deadline"), QStringLiteral("--data"), data,
                                  QStringLiteral("--from"), from, unit, amount});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), expected);
    }

    void seedBackupAndAuditCheck()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code, 0);
        const Run seeded = runStore({QStringLiteral("seed-demo"), QStringLiteral("--data"), data,
                                     QStringLiteral("--reports"), QStringLiteral("24")});
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
        const QString file = data + QStringLiteral("/store.sqlite");
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM reports")), 24);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(DISTINCT state) FROM reports")), 8);
        const int events = scalar(file, QStringLiteral("SELECT COUNT(*) FROM events"));
        QVERIFY(events > 100);

        const QString copy = dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(
            runStore({QStringLiteral("backup"), QStringLiteral("--data"), data, QStringLiteral("--to"), copy})
                .code,
            0);
        QCOMPARE(scalar(copy, QStringLiteral("SELECT COUNT(*) FROM events")), events);
        QCOMPARE(
            runStore({QStringLiteral("backup"), QStringLiteral("--data"), data, QStringLiteral("--to"), copy})
                .code,
            1);

        Run audit = runStore({QStringLiteral("verify-audit"), QStringLiteral("--data"), data});
        QCOMPARE(audit.code, 0);
        QVERIFY(audit.out.contains(QStringLiteral("%1 events checked").arg(events)));

        // Tampering bypassing the append-only triggers is caught at the first changed event.
        QVERIFY(execSql(file, {QStringLiteral("DROP TRIGGER events_no_update"),
                               QStringLiteral("UPDATE events SET data = data || ' ' "
                                              "WHERE id = 7")}));
        audit = runStore({QStringLiteral("verify-audit"), QStringLiteral("--data"), data});
        QCOMPARE(audit.code, 3);
        QVERIFY2(audit.out.contains(QStringLiteral("BROKEN at event 7")), qPrintable(audit.out));
    }

    void theAuditTrailRefusesUpdatesAndDeletes()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code, 0);
        QCOMPARE(runStore({QStringLiteral("seed-demo"), QStringLiteral("--data"), data,
                           QStringLiteral("--reports"), QStringLiteral("2")})
                     .code,
                 0);
        const QString file = data + QStringLiteral("/store.sqlite");
        QVERIFY(!execSql(file, {QStringLiteral("UPDATE events SET type = 'x' WHERE id = 1")}));
        QVERIFY(!execSql(file, {QStringLiteral("DELETE FROM events WHERE id = 1")}));
    }

    void aKilledStoreLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("store"));
        QCOMPARE(runStore({QStringLiteral("init"), QStringLiteral("--data"), data}).code, 0);
        QCOMPARE(runStore({QStringLiteral("seed-demo"), QStringLiteral("--data"), data,
                           QStringLiteral("--reports"), QStringLiteral("0")})
                     .code,
                 0);
        const quint16 port = freePort();
        QProcess server;
        server.start(QStringLiteral(PAHT_STORE_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(server.waitForReadyRead(30000));

        QNetworkAccessManager network;
        const auto post = [&](const QString& path, const QJsonObject& body, const QString& token) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(30000);
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return json;
        };
        const QString token = post(QStringLiteral("/api/v1/session"),
                                   {{QStringLiteral("username"), QStringLiteral("intake")},
                                    {QStringLiteral("password"), QStringLiteral("paht-demo")}},
                                   {})
                                  .value(QStringLiteral("token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        QJsonArray commands;
        for (int i = 0; i < 5; ++i) {
            commands.append(QJsonObject{
                {QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("type"), QStringLiteral("submit")},
                {QStringLiteral("reportId"), QString()},
                {QStringLiteral("expectedVersion"), 0},
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Cây đổ chắn đường %1").arg(i)},
                             {QStringLiteral("description"), QStringLiteral("Cây to đổ sau bão.")},
                             {QStringLiteral("location"), QJsonObject{{QStringLiteral("latitude"), 20.95},
                                                                      {QStringLiteral("longitude"), 107.08}}},
                             {QStringLiteral("reporter"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Dân")}}}}}});
        }
        const QJsonArray results =
            post(QStringLiteral("/api/v1/commands"), {{QStringLiteral("commands"), commands}}, token)
                .value(QStringLiteral("results"))
                .toArray();
        QCOMPARE(results.size(), 5);
        for (const QJsonValue& result : results)
            QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

        server.kill(); // SIGKILL: no shutdown code runs
        server.waitForFinished();
        QCOMPARE(
            scalar(data + QStringLiteral("/store.sqlite"), QStringLiteral("SELECT COUNT(*) FROM reports")),
            5);
        const Run audit = runStore({QStringLiteral("verify-audit"), QStringLiteral("--data"), data});
        QCOMPARE(audit.code, 0);
    }
};

QTEST_GUILESS_MAIN(StoreCliTest)
#include "tst_store_cli.moc"
