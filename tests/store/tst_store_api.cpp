// The store's HTTP API over real loopback HTTP: sessions, errors, commands, visibility,
// sync feed and attachments.
#include "StoreFixture.h"

#include "storage/ChangeCounter.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace paht::store;
using namespace paht::store::testing;

namespace {
const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");

QJsonObject dispatchTo(std::initializer_list<const char*> agencies)
{
    QJsonArray codes;
    for (const char* code : agencies)
        codes.append(QString::fromLatin1(code));
    return {{QStringLiteral("agencies"), codes},
            {QStringLiteral("instruction"), QStringLiteral("Kiểm tra và xử lý")}};
}
} // namespace

class StoreApiTest : public QObject
{
    Q_OBJECT

private slots:
    void healthAnswersWithoutLogin()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const Reply reply = store.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json().value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
    }

    void loginLogoutAndExpiry()
    {
        StoreFixture store;
        QVERIFY(store.ok());
        const Reply good = store.post(QStringLiteral("/api/v1/session"),
                                      {{QStringLiteral("username"), QStringLiteral("intake")},
                                       {QStringLiteral("password"), StoreFixture::password()}});
        QCOMPARE(good.status, 200);
        const QString token = good.json().value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 40);
        QCOMPARE(
            good.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
            QStringLiteral("intake_operator"));
        QCOMPARE(store.get(QStringLiteral("/api/v1/categories"), token).status, 200);

        QCOMPARE(store.request("DELETE", QStringLiteral("/api/v1/session"), {}, token).status, 204);
        QCOMPARE(store.get(QStringLiteral("/api/v1/categories"), token).status, 401);

        const QString second = store.login(QStringLiteral("intake"));
        store.clock().advance(13 * 3600);
        QCOMPARE(store.get(QStringLiteral("/api/v1/categories"), second).status, 401);
    }

    void tokensAreStoredOnlyAsDigests()
    {
        StoreFixture store;
        const QString token = store.login(QStringLiteral("intake"));
        QSqlQuery query(store.data().database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT token_hash FROM sessions")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString() != token);
        QVERIFY(!query.value(0).toString().contains(token));
    }

    void wrongPasswordsAreThrottled()
    {
        StoreFixture store;
        const QJsonObject wrong{{QStringLiteral("username"), QStringLiteral("intake")},
                                {QStringLiteral("password"), QStringLiteral("guess")}};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(store.post(QStringLiteral("/api/v1/session"), wrong).status, 401);
        const Reply locked = store.post(QStringLiteral("/api/v1/session"), wrong);
        QCOMPARE(locked.status, 429);
        QCOMPARE(
            locked.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("too_many_requests"));
        // Even the right password waits out the lock; afterwards it works.
        QCOMPARE(store.login(QStringLiteral("intake")), QString());
        store.clock().advance(31);
        QVERIFY(!store.login(QStringLiteral("intake")).isEmpty());
    }

    void badRequestsGetTypedErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no token") << QByteArray("GET") << "/api/v1/snapshot" << QByteArray() << false << 401
                                  << "unauthorized";
        QTest::newRow("unknown path")
            << QByteArray("GET") << "/api/v1/nothing" << QByteArray() << true << 404 << "not_found";
        QTest::newRow("wrong method") << QByteArray("PUT") << "/api/v1/commands" << QByteArray("{}") << true
                                      << 405 << "method_not_allowed";
        QTest::newRow("malformed json") << QByteArray("POST") << "/api/v1/commands"
                                        << QByteArray("{\"commands\": [") << true << 400 << "invalid_json";
        QTest::newRow("json not an object") << QByteArray("POST") << "/api/v1/commands" << QByteArray("[1,2]")
                                            << true << 400 << "invalid_json";
        QTest::newRow("commands not an array")
            << QByteArray("POST") << "/api/v1/commands" << QByteArray("{\"commands\": 3}") << true << 400
            << "invalid_payload";
        QTest::newRow("login without password")
            << QByteArray("POST") << "/api/v1/session" << QByteArray("{\"username\": \"intake\"}") << false
            << 400 << "invalid_payload";
        QTest::newRow("pull without cursor") << QByteArray("GET") << "/api/v1/pull?since=abc" << QByteArray()
                                             << true << 400 << "invalid_query";
    }

    void badRequestsGetTypedErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, authenticated);
        QFETCH(int, status);
        QFETCH(QString, code);
        StoreFixture store;
        const QString token = authenticated ? store.login(QStringLiteral("intake")) : QString();
        const Reply reply = store.request(method, path, body, token);
        QCOMPARE(reply.status, status);
        QCOMPARE(
            reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            code);
        QCOMPARE(store.get(QStringLiteral("/api/v1/health")).status, 200); // and the store keeps serving
    }

    void oversizedBodiesAreRefused()
    {
        StoreLimits limits;
        limits.maxBodyBytes = 64 * 1024;
        StoreFixture store(QDateTime(QDate(2026, 3, 9), QTime(2, 0), Qt::UTC), limits);
        const QString token = store.login(QStringLiteral("intake"));
        const Reply reply = store.request("POST", QStringLiteral("/api/v1/attachments"),
                                          QByteArray(100 * 1024, 'x'), token, "image/png");
        QCOMPARE(reply.status, 413);
        QCOMPARE(store.get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void commandsApplyAndReplaysAreIdempotent()
    {
        StoreFixture store;
        const QString token = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(token);
        QVERIFY(id.startsWith(QStringLiteral("PAHT-2026-")));

        const QJsonObject classify{
            {QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), QStringLiteral("classify")},
            {QStringLiteral("reportId"), id},
            {QStringLiteral("expectedVersion"), 1},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}}}};
        const QJsonObject batch{{QStringLiteral("commands"), QJsonArray{classify}}};
        const QJsonObject first = store.post(QStringLiteral("/api/v1/commands"), batch, token)
                                      .json()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const qint64 seq = ChangeCounter(store.data().database().connection()).current();

        // A retry after a dropped connection: the same answer, nothing applied twice.
        const QJsonObject replay = store.post(QStringLiteral("/api/v1/commands"), batch, token)
                                       .json()
                                       .value(QStringLiteral("results"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(replay, first);
        QCOMPARE(ChangeCounter(store.data().database().connection()).current(), seq);

        QJsonObject reused = classify;
        reused.insert(QStringLiteral("payload"),
                      QJsonObject{{QStringLiteral("categoryCode"), QStringLiteral("cap_nuoc")}});
        const QJsonObject refused = store
                                        .post(QStringLiteral("/api/v1/commands"),
                                              {{QStringLiteral("commands"), QJsonArray{reused}}}, token)
                                        .json()
                                        .value(QStringLiteral("results"))
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("command_id_reused"));
    }

    void staleVersionIsAConflictWithTheCurrentReport()
    {
        StoreFixture store;
        const QString token = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(token);
        QCOMPARE(store
                     .command(token, QStringLiteral("classify"), id, 1,
                              {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}})
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        const QJsonObject conflict =
            store.command(token, QStringLiteral("dispatch"), id, 1, dispatchTo({"SXD"}));
        QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        const QJsonObject current = conflict.value(QStringLiteral("report")).toObject();
        QCOMPARE(current.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(current.value(QStringLiteral("categoryCode")).toString(), QStringLiteral("chieu_sang"));
    }

    void laterCommandsOnAFailedReportAreBlocked()
    {
        StoreFixture store;
        const QString token = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(token);
        const auto make = [&](const QString& type, qint64 version, const QJsonObject& payload) {
            return QJsonObject{
                {QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("type"), type},
                {QStringLiteral("reportId"), id},
                {QStringLiteral("expectedVersion"), version},
                {QStringLiteral("payload"), payload}};
        };
        const QJsonArray results =
            store
                .post(QStringLiteral("/api/v1/commands"),
                      {{QStringLiteral("commands"),
                        QJsonArray{make(QStringLiteral("classify"), 1,
                                        {{QStringLiteral("categoryCode"), QStringLiteral("nope")}}),
                                   make(QStringLiteral("dispatch"), 2, dispatchTo({"SXD"}))}}},
                      token)
                .json()
                .value(QStringLiteral("results"))
                .toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_payload"));
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("categoryCode"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("blocked"));
    }

    void theStoreEnforcesRolesWhateverTheClientSends()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(intake);
        const QString leader = store.login(QStringLiteral("admin"));
        const QJsonObject refused =
            store.command(leader, QStringLiteral("classify"), id, 1,
                          {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_role"));
    }

    void agenciesSeeOnlyTheirReportsWithContactsMasked()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString dispatched = store.submitReport(intake, QStringLiteral("Đèn hỏng"));
        const QString other = store.submitReport(intake, QStringLiteral("Nước mất"));
        QCOMPARE(store
                     .command(intake, QStringLiteral("classify"), dispatched, 1,
                              {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}})
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        QCOMPARE(store.command(intake, QStringLiteral("dispatch"), dispatched, 2, dispatchTo({"SXD"}))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));

        const QString sxd = store.login(QStringLiteral("sxd.specialist"));
        const Reply seen = store.get(QStringLiteral("/api/v1/reports/") + dispatched, sxd);
        QCOMPARE(seen.status, 200);
        const QJsonObject reporter = seen.json()
                                         .value(QStringLiteral("report"))
                                         .toObject()
                                         .value(QStringLiteral("reporter"))
                                         .toObject();
        QCOMPARE(reporter.value(QStringLiteral("phone")).toString(), QStringLiteral("*******678"));
        QVERIFY(!seen.body.contains("0912345678"));
        QVERIFY(!seen.body.contains("dan@example.vn"));

        // Not dispatched to SXD: it does not exist for them, by id or by feed.
        const Reply hidden = store.get(QStringLiteral("/api/v1/reports/") + other, sxd);
        QCOMPARE(hidden.status, 404);
        QVERIFY(!hidden.body.contains("Nước mất"));
        const Reply snapshot = store.get(QStringLiteral("/api/v1/snapshot"), sxd);
        QCOMPARE(snapshot.json().value(QStringLiteral("reports")).toArray().size(), 1);
        QVERIFY(!snapshot.body.contains("Nước mất"));
        QCOMPARE(store.command(sxd, QStringLiteral("accept"), other, 1, {})
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not_found"));

        // once the center discloses the contact to SXD, SXD gets it, and the disclosure is recorded.
        const QJsonObject disclosed =
            store.command(intake, QStringLiteral("disclose_contact"), dispatched, 3,
                          {{QStringLiteral("agencyCode"), QStringLiteral("SXD")},
                           {QStringLiteral("reason"), QStringLiteral("Cần liên hệ xác minh")}});
        QCOMPARE(disclosed.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const Reply after = store.get(QStringLiteral("/api/v1/reports/") + dispatched, sxd);
        QVERIFY(after.body.contains("0912345678"));
        const Reply timeline = store.get(QStringLiteral("/api/v1/reports/") + dispatched, intake);
        QVERIFY(timeline.body.contains("contact_disclosed"));
    }

    void confidentialReportersNeverLeaveTheCenter()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id =
            store.submitReport(intake, QStringLiteral("Phản ánh kín"), QStringLiteral("confidential"));
        store.command(intake, QStringLiteral("classify"), id, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        store.command(intake, QStringLiteral("dispatch"), id, 2, dispatchTo({"SXD"}));
        store.command(intake, QStringLiteral("disclose_contact"), id, 3,
                      {{QStringLiteral("agencyCode"), QStringLiteral("SXD")},
                       {QStringLiteral("reason"), QStringLiteral("x")}});
        const QString sxd = store.login(QStringLiteral("sxd.specialist"));
        const Reply seen = store.get(QStringLiteral("/api/v1/reports/") + id, sxd);
        QCOMPARE(seen.status, 200);
        QVERIFY(!seen.body.contains("0912345678"));
        QVERIFY(!seen.body.contains("Phạm Thị Dân"));
        QVERIFY(!seen.body.contains("dan@example.vn"));
        const Reply pulled = store.get(QStringLiteral("/api/v1/pull?since=0"), sxd);
        QVERIFY(!pulled.body.contains("Phạm Thị Dân"));
    }

    void pullServesChangesAndRevokesLostReports()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString ward = store.login(QStringLiteral("ward.specialist"));
        const QString id = store.submitReport(intake);
        store.command(intake, QStringLiteral("classify"), id, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        store.command(intake, QStringLiteral("dispatch"), id, 2, dispatchTo({"SXD", "UBND-06673"}));

        const Reply first = store.get(QStringLiteral("/api/v1/pull?since=0"), ward);
        QCOMPARE(first.status, 200);
        const QJsonArray changes = first.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
        QVERIFY(!changes.first().toObject().value(QStringLiteral("events")).toArray().isEmpty());
        const qint64 cursor = first.json().value(QStringLiteral("seq")).toInteger();
        const QString epoch = first.json().value(QStringLiteral("epoch")).toString();

        // the ward returns it; it is no longer theirs, so their cache must drop it.
        const QJsonObject returned =
            store.command(ward, QStringLiteral("return_to_center"), id, 3,
                          {{QStringLiteral("reason"), QStringLiteral("Không thuộc thẩm quyền")}});
        QCOMPARE(returned.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const Reply second =
            store.get(QStringLiteral("/api/v1/pull?since=%1&epoch=%2").arg(cursor).arg(epoch), ward);
        const QJsonArray revoked = second.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.first().toObject().value(QStringLiteral("op")).toString(), QStringLiteral("revoke"));
        QCOMPARE(revoked.first().toObject().value(QStringLiteral("reportId")).toString(), id);

        // A report the nuoc agency never held is neither sent nor revoked to them.
        const QString nuoc = store.login(QStringLiteral("nuoc.specialist"));
        QVERIFY(store.get(QStringLiteral("/api/v1/pull?since=0"), nuoc)
                    .json()
                    .value(QStringLiteral("changes"))
                    .toArray()
                    .isEmpty());
    }

    void cursorsThatCannotBeServedAnswer410()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        store.submitReport(intake);
        QCOMPARE(store.get(QStringLiteral("/api/v1/pull?since=999"), intake).status, 410);
        QCOMPARE(store.get(QStringLiteral("/api/v1/pull?since=0&epoch=someotherhistory"), intake).status,
                 410);
        QCOMPARE(store.get(QStringLiteral("/api/v1/pull?since=0"), intake).status, 200);
    }

    void attachmentsArePermissionChecked()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const Reply uploaded =
            store.request("POST", QStringLiteral("/api/v1/attachments"), kPng, intake, "image/png");
        QCOMPARE(uploaded.status, 201);
        const QString sha = uploaded.json().value(QStringLiteral("sha256")).toString();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(store.get(QStringLiteral("/api/v1/attachments/") + sha, intake).body, kPng);

        // Not referenced by anything SXD may see: 404, as if it did not exist.
        const QString sxd = store.login(QStringLiteral("sxd.specialist"));
        QCOMPARE(store.get(QStringLiteral("/api/v1/attachments/") + sha, sxd).status, 404);

        QJsonObject payload = StoreFixture::reportPayload(QStringLiteral("Có ảnh"), QStringLiteral("public"));
        payload.insert(QStringLiteral("attachments"), QJsonArray{sha});
        const QString id = store.command(intake, QStringLiteral("submit"), QString(), 0, payload)
                               .value(QStringLiteral("reportId"))
                               .toString();
        store.command(intake, QStringLiteral("classify"), id, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        store.command(intake, QStringLiteral("dispatch"), id, 2, dispatchTo({"SXD"}));
        QCOMPARE(store.get(QStringLiteral("/api/v1/attachments/") + sha, sxd).body, kPng);

        const Reply text =
            store.request("POST", QStringLiteral("/api/v1/attachments"), "not an image", intake, "image/png");
        QCOMPARE(text.status, 415);

        QJsonObject missing =
            StoreFixture::reportPayload(QStringLiteral("Ảnh chưa tải"), QStringLiteral("public"));
        missing.insert(QStringLiteral("attachments"), QJsonArray{QString(64, QLatin1Char('a'))});
        const QJsonObject refused = store.command(intake, QStringLiteral("submit"), QString(), 0, missing);
        QCOMPARE(refused.value(QStringLiteral("field")).toString(), QStringLiteral("attachments"));
    }

    void usersAreListedAsTheCallerMaySeeThem()
    {
        StoreFixture store;
        const Reply all = store.get(QStringLiteral("/api/v1/users"), store.login(QStringLiteral("intake")));
        QCOMPARE(all.json().value(QStringLiteral("users")).toArray().size(), 9);
        const Reply own =
            store.get(QStringLiteral("/api/v1/users"), store.login(QStringLiteral("sxd.specialist")));
        QCOMPARE(own.json().value(QStringLiteral("users")).toArray().size(), 2);
        QVERIFY(!all.body.contains("argon2"));
    }
};

QTEST_GUILESS_MAIN(StoreApiTest)
#include "tst_store_api.moc"
