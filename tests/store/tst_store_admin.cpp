// The administrator's API (issue [5/6] item 4–5): every change checked by the directory rules (R-10,
// ), refused to anyone else by the store itself, recorded on the audit trail, and a
// CSV import that writes all rows or none.

#include "Open311Client.h"
#include "StoreFixture.h"

#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "domain/Instant.h"
#include "exchange/Csv.h"
#include "storage/EventLog.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace paht;
using namespace paht::store;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject newUserBody(const QString& username, const QString& role, const QString& agency = {})
{
    return {{u"user"_s, QJsonObject{{u"username"_s, username},
                                    {u"displayName"_s, u"Hoàng Thị Mới"_s},
                                    {u"role"_s, role},
                                    {u"agencyCode"_s, agency},
                                    {u"stateSecretClearance"_s, false}}},
            {u"password"_s, u"mật khẩu đủ dài"_s}};
}

QJsonObject agencyJson(const QString& code, int limitDays)
{
    return {{u"code"_s, code},
            {u"name"_s, u"Sở Tài nguyên và Môi trường"_s},
            {u"kind"_s, u"provincial_department"_s},
            {u"leader"_s, QJsonObject{{u"name"_s, u"Vũ Văn Lãnh"_s},
                                      {u"title"_s, u"Giám đốc"_s},
                                      {u"phone"_s, u"0203 3835 111"_s},
                                      {u"email"_s, QString()}}},
            {u"focalPerson"_s, QJsonObject{{u"name"_s, u"Đỗ Thị Mối"_s},
                                           {u"title"_s, u"Chuyên viên"_s},
                                           {u"phone"_s, QString()},
                                           {u"email"_s, u"moi@quangninh.gov.vn"_s}}},
            {u"processingLimitDays"_s, limitDays}};
}

QStringList auditTypes(StoreFixture& store)
{
    QStringList types;
    for (const StoredEvent& event : EventLog(store.data().database().connection()).administration(100))
        types.append(event.event.value(u"type"_s).toString());
    return types;
}

Reply withApiKey(StoreFixture& store, const QString& path, const QString& key)
{
    QNetworkAccessManager network;
    QNetworkRequest request(store.url(path));
    request.setRawHeader("Authorization", "ApiKey " + key.toLatin1());
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    delete reply;
    return out;
}

} // namespace

class TestStoreAdmin : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteIsTheAdministratorsAlone_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("create user") << QByteArray("POST") << u"/api/v1/admin/users"_s;
        QTest::newRow("edit user") << QByteArray("PUT") << u"/api/v1/admin/users/intake"_s;
        QTest::newRow("reset password") << QByteArray("POST") << u"/api/v1/admin/users/intake/password"_s;
        QTest::newRow("agency") << QByteArray("PUT") << u"/api/v1/admin/agencies/SXD"_s;
        QTest::newRow("category") << QByteArray("PUT") << u"/api/v1/admin/categories/chieu_sang"_s;
        QTest::newRow("policy") << QByteArray("PUT") << u"/api/v1/admin/sla-policy"_s;
        QTest::newRow("calendar") << QByteArray("PUT") << u"/api/v1/admin/calendar"_s;
        QTest::newRow("list keys") << QByteArray("GET") << u"/api/v1/admin/api-keys"_s;
        QTest::newRow("create key") << QByteArray("POST") << u"/api/v1/admin/api-keys"_s;
        QTest::newRow("revoke key") << QByteArray("DELETE") << u"/api/v1/admin/api-keys/app"_s;
        QTest::newRow("export") << QByteArray("GET") << u"/api/v1/admin/directory/users.csv"_s;
        QTest::newRow("import") << QByteArray("POST") << u"/api/v1/admin/directory/agencies.csv"_s;
        QTest::newRow("audit") << QByteArray("GET") << u"/api/v1/admin/audit"_s;
    }

    void everyRouteIsTheAdministratorsAlone()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QByteArray body = json(newUserBody(u"ke.gian"_s, u"administrator"_s));
        for (const QString& who : {u"intake"_s, u"supervisor"_s, u"sxd.leader"_s, u"editor"_s}) {
            const Reply reply = store.request(method, path, body, store.login(who));
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
        }
        QCOMPARE(store.request(method, path, body).status, 401);
        QVERIFY(auditTypes(store).isEmpty());
        QCOMPARE(store.login(u"ke.gian"_s), QString());
    }

    void createdUserLogsInAndIsAudited()
    {
        StoreFixture store;
        const QString admin = store.login(u"admin"_s);
        const Reply created = store.post(u"/api/v1/admin/users"_s,
                                         newUserBody(u"sxd.moi"_s, u"agency_specialist"_s, u"SXD"_s), admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"user"_s).toObject().value(u"agencyCode"_s).toString(), u"SXD"_s);
        QVERIFY(!created.body.contains("password"));

        const Reply login = store.post(
            u"/api/v1/session"_s, {{u"username"_s, u"sxd.moi"_s}, {u"password"_s, u"mật khẩu đủ dài"_s}});
        QCOMPARE(login.status, 200);
        QCOMPARE(auditTypes(store), QStringList{u"admin_user_created"_s});
        const QJsonArray changes =
            store.get(u"/api/v1/admin/audit"_s, admin).json().value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(u"actor"_s).toString(), u"admin"_s);
        QCOMPARE(changes.first().toObject().value(u"target"_s).toString(), u"sxd.moi"_s);

        const Reply again = store.post(u"/api/v1/admin/users"_s,
                                       newUserBody(u"sxd.moi"_s, u"agency_specialist"_s, u"SXD"_s), admin);
        QCOMPARE(again.status, 409);
        QCOMPARE(
            store.post(u"/api/v1/admin/users"_s, newUserBody(u"x.y"_s, u"agency_leader"_s, u"KHONG"_s), admin)
                .json()
                .value(u"error"_s)
                .toObject()
                .value(u"field"_s)
                .toString(),
            u"agencyCode"_s);
        QJsonObject shortPassword = newUserBody(u"ngan.qua"_s, u"supervisor"_s);
        shortPassword.insert(u"password"_s, u"ngắn"_s);
        QCOMPARE(store.post(u"/api/v1/admin/users"_s, shortPassword, admin).status, 400);
        QCOMPARE(store.request("POST", u"/api/v1/admin/users"_s, "{\"user\": ", admin)
                     .json()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
                 u"invalid_json"_s);
        QCOMPARE(auditTypes(store).size(), 1);
    }

    void disablingEndsSessionsAndRefusesLogin()
    {
        StoreFixture store;
        const QString admin = store.login(u"admin"_s);
        const QString specialist = store.login(u"sxd.specialist"_s);
        QCOMPARE(store.get(u"/api/v1/agencies"_s, specialist).status, 200);
        QJsonObject user =
            store.get(u"/api/v1/users"_s, admin).json().value(u"users"_s).toArray().at(0).toObject();
        for (const QJsonValue& value :
             store.get(u"/api/v1/users"_s, admin).json().value(u"users"_s).toArray()) {
            if (value.toObject().value(u"username"_s).toString() == u"sxd.specialist"_s)
                user = value.toObject();
        }
        user.insert(u"disabled"_s, true);
        const Reply changed =
            store.request("PUT", u"/api/v1/admin/users/sxd.specialist"_s, json({{u"user"_s, user}}), admin);
        QCOMPARE(changed.status, 200);
        QCOMPARE(store.get(u"/api/v1/agencies"_s, specialist).status, 401);
        QCOMPARE(store.login(u"sxd.specialist"_s), QString());

        // The administrator cannot lock themselves out.
        QJsonObject self{{u"username"_s, u"admin"_s},        {u"displayName"_s, u"Quản trị"_s},
                         {u"role"_s, u"supervisor"_s},       {u"agencyCode"_s, QString()},
                         {u"stateSecretClearance"_s, false}, {u"disabled"_s, false}};
        QCOMPARE(store.request("PUT", u"/api/v1/admin/users/admin"_s, json({{u"user"_s, self}}), admin)
                     .json()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"field"_s)
                     .toString(),
                 u"role"_s);
        QCOMPARE(auditTypes(store), QStringList{u"admin_user_changed"_s});
    }

    void resetPasswordGivesAReadableOneAndEndsSessions()
    {
        StoreFixture store;
        const QString admin = store.login(u"admin"_s);
        const QString old = store.login(u"intake"_s);
        const Reply reset = store.post(u"/api/v1/admin/users/intake/password"_s, {}, admin);
        QCOMPARE(reset.status, 200);
        const QString password = reset.json().value(u"temporaryPassword"_s).toString();
        QCOMPARE(password.size(), 14);
        QVERIFY(!password.contains(u'0') && !password.contains(u'O') && !password.contains(u'l'));
        QCOMPARE(store.get(u"/api/v1/agencies"_s, old).status, 401);
        QCOMPARE(store.login(u"intake"_s), QString());
        QCOMPARE(store.post(u"/api/v1/session"_s, {{u"username"_s, u"intake"_s}, {u"password"_s, password}})
                     .status,
                 200);
        QCOMPARE(store.post(u"/api/v1/admin/users/khong.co/password"_s, {}, admin).status, 404);
    }

    void agencyRulesR10R25AndCategoryRoutingR26()
    {
        StoreFixture store;
        const QString admin = store.login(u"admin"_s);
        Reply reply = store.request("PUT", u"/api/v1/admin/agencies/STNMT"_s,
                                    json({{u"agency"_s, agencyJson(u"STNMT"_s, 6)}}), admin);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
                 u"processingLimitDays"_s);
        QJsonObject noFocal = agencyJson(u"STNMT"_s, 3);
        noFocal.insert(u"focalPerson"_s, QJsonObject{{u"name"_s, QString()},
                                                     {u"title"_s, QString()},
                                                     {u"phone"_s, QString()},
                                                     {u"email"_s, QString()}});
        reply =
            store.request("PUT", u"/api/v1/admin/agencies/STNMT"_s, json({{u"agency"_s, noFocal}}), admin);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
                 u"focalPerson.name"_s);
        reply = store.request("PUT", u"/api/v1/admin/agencies/KHAC"_s,
                              json({{u"agency"_s, agencyJson(u"STNMT"_s, 3)}}), admin);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"code"_s);

        const QJsonObject category{{u"code"_s, u"moi_truong"_s},
                                   {u"name"_s, u"Môi trường"_s},
                                   {u"routing"_s, QJsonArray{u"STNMT"_s}},
                                   {u"active"_s, true}};
        reply = store.request("PUT", u"/api/v1/admin/categories/moi_truong"_s,
                              json({{u"category"_s, category}}), admin);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"routing"_s);
        QVERIFY(auditTypes(store).isEmpty());

        reply = store.request("PUT", u"/api/v1/admin/agencies/STNMT"_s,
                              json({{u"agency"_s, agencyJson(u"STNMT"_s, 3)}}), admin);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(u"created"_s).toBool());
        reply = store.request("PUT", u"/api/v1/admin/categories/moi_truong"_s,
                              json({{u"category"_s, category}}), admin);
        QCOMPARE(reply.status, 200);
        bool routed = false;
        for (const QJsonValue& value :
             store.get(u"/api/v1/categories"_s, admin).json().value(u"categories"_s).toArray())
            routed = routed || value.toObject() == category;
        QVERIFY(routed);
        // Saving the same again changes nothing and records nothing.
        store.request("PUT", u"/api/v1/admin/categories/moi_truong"_s, json({{u"category"_s, category}}),
                      admin);
        QCOMPARE(auditTypes(store), (QStringList{u"admin_category_saved"_s, u"admin_agency_saved"_s}));
    }

    void policyAndCalendarApplyToTheNextDeadline()
    {
        StoreFixture store; // Monday 9 March 2026, 09:00 in Hạ Long
        const QString admin = store.login(u"admin"_s);
        const QString intake = store.login(u"intake"_s);
        QJsonObject policy = store.get(u"/api/v1/sla-policy"_s, admin).json().value(u"policy"_s).toObject();
        QJsonObject stages = policy.value(u"stages"_s).toObject();
        QJsonObject intakeStage = stages.value(u"intake"_s).toObject();
        QVERIFY(!intakeStage.isEmpty());
        intakeStage.insert(u"duration"_s, u"3d"_s);
        stages.insert(u"intake"_s, intakeStage);
        policy.insert(u"stages"_s, stages);
        QCOMPARE(
            store.request("PUT", u"/api/v1/admin/sla-policy"_s, json({{u"policy"_s, policy}}), admin).status,
            200);

        // Tuesday 10 March becomes an extra day off.
        WorkingCalendar defaults = WorkingCalendar::regulationDefaults();
        CalendarOverrides overrides = defaults.overrides();
        YearOverride year = overrides.forYear(2026) ? *overrides.forYear(2026) : YearOverride{};
        year.year = 2026;
        year.extraDaysOff.append({QDate(2026, 3, 10), QString(), u"Nghỉ bù bầu cử"_s});
        QCOMPARE(overrides.setYear(year), QString());
        const WorkingCalendar edited(overrides, defaults.workingHours());
        QCOMPARE(
            store.request("PUT", u"/api/v1/admin/calendar"_s, json({{u"calendar"_s, edited.toJson()}}), admin)
                .status,
            200);

        const QString id = store.submitReport(intake);
        const QJsonObject report =
            store.get(u"/api/v1/reports/"_s + id, intake).json().value(u"report"_s).toObject();
        QDateTime deadline;
        QVERIFY(
            instantFromString(report.value(u"intake"_s).toObject().value(u"deadline"_s).toString(), &deadline)
                .isEmpty());
        QDateTime received;
        QVERIFY(instantFromString(report.value(u"receivedAt"_s).toString(), &received).isEmpty());
        QCOMPARE(deadline, SlaClock(edited).deadline(received, SlaDuration::workingDays(3)));
        QVERIFY(deadline > SlaClock(defaults).deadline(received, SlaDuration::workingDays(3)));

        const QJsonObject current = store.get(u"/api/v1/sla-policy"_s, intake).json();
        QCOMPARE(current.value(u"calendar"_s).toObject(), edited.toJson());
        QCOMPARE(auditTypes(store), (QStringList{u"admin_calendar_saved"_s, u"admin_sla_policy_saved"_s}));
        // Still there after a restart of the store.
        QVERIFY(store.restart());
        QCOMPARE(
            store.get(u"/api/v1/sla-policy"_s, store.login(u"admin"_s)).json().value(u"policy"_s).toObject(),
            policy);

        QJsonObject tooLong = policy;
        stages.insert(u"processing"_s, QJsonObject{{u"duration"_s, u"6d"_s}});
        tooLong.insert(u"stages"_s, stages);
        const Reply refused = store.request("PUT", u"/api/v1/admin/sla-policy"_s,
                                            json({{u"policy"_s, tooLong}}), store.login(u"admin"_s));
        QCOMPARE(refused.status, 400);
        QVERIFY(
            refused.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"R-10"_s));
    }

    void apiKeysForTheCitizenAppAndAgencySystems()
    {
        StoreFixture store;
        const QString admin = store.login(u"admin"_s);
        const Reply created = store.post(
            u"/api/v1/admin/api-keys"_s,
            {{u"name"_s, u"phan-mem-sxd"_s}, {u"kind"_s, u"agency_system"_s}, {u"agencyCode"_s, u"SXD"_s}},
            admin);
        QCOMPARE(created.status, 201);
        const QString key = created.json().value(u"key"_s).toString();
        QVERIFY(key.size() >= 40);
        // the agency's software sees what the agency sees.
        QCOMPARE(withApiKey(store, u"/api/v1/snapshot"_s, key).status, 200);
        // It is not a citizen-app key: Open311 refuses it, and takes a citizen-app key.
        QCOMPARE(store
                     .request("POST", u"/open311/v2/requests.json"_s, formBody(citizenFields(key)), {},
                              "application/x-www-form-urlencoded")
                     .status,
                 403);
        const Reply appReply =
            store.post(u"/api/v1/admin/api-keys"_s,
                       {{u"name"_s, u"ung-dung-cong-dan"_s}, {u"kind"_s, u"citizen_app"_s}}, admin);
        QVERIFY2(appReply.status == 201, appReply.body.constData());
        const QString app = appReply.json().value(u"key"_s).toString();
        QCOMPARE(store
                     .request("POST", u"/open311/v2/requests.json"_s, formBody(citizenFields(app)), {},
                              "application/x-www-form-urlencoded")
                     .status,
                 201);

        const QJsonArray keys =
            store.get(u"/api/v1/admin/api-keys"_s, admin).json().value(u"apiKeys"_s).toArray();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.first().toObject().value(u"agencyCode"_s).toString(), u"SXD"_s);
        QCOMPARE(keys.last().toObject().value(u"kind"_s).toString(), u"citizen_app"_s);
        QVERIFY(!store.get(u"/api/v1/admin/api-keys"_s, admin).body.contains(key.toLatin1()));

        QCOMPARE(store.request("DELETE", u"/api/v1/admin/api-keys/phan-mem-sxd"_s, {}, admin).status, 204);
        QCOMPARE(withApiKey(store, u"/api/v1/snapshot"_s, key).status, 401);
        QCOMPARE(
            store
                .post(
                    u"/api/v1/admin/api-keys"_s,
                    {{u"name"_s, u"khac"_s}, {u"kind"_s, u"agency_system"_s}, {u"agencyCode"_s, u"KHONG"_s}},
                    admin)
                .status,
            400);
        QCOMPARE(auditTypes(store), (QStringList{u"admin_api_key_revoked"_s, u"admin_api_key_created"_s,
                                                 u"admin_api_key_created"_s}));
    }

    void csvImportWritesAllRowsOrNone()
    {
        StoreFixture store;
        const QString admin = store.login(u"admin"_s);
        const Reply exported = store.get(u"/api/v1/admin/directory/agencies.csv"_s, admin);
        QCOMPARE(exported.status, 200);
        QVERIFY(exported.header("content-type").startsWith("text/csv"));
        QVERIFY(exported.body.startsWith("\xEF\xBB\xBF"));
        const CsvDocument document = readCsv(exported.body);
        QVERIFY(document.ok());
        QCOMPARE(document.records.size(), 4); // header + SXD, UBND-06673, NUOC

        QList<QStringList> rows;
        for (const CsvRecord& record : document.records)
            rows.append(record.fields);
        rows[1][3] = u"4"_s; // a new processing limit for the first agency
        QStringList bad = rows[1];
        bad[0] = u"STNMT"_s;
        bad[3] = u"9"_s;
        rows.append(bad);
        Reply refused = store.request("POST", u"/api/v1/admin/directory/agencies.csv"_s, writeCsv(rows),
                                      admin, "text/csv");
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"invalid_csv"_s);
        QCOMPARE(error.value(u"rows"_s).toArray().size(), 1);
        QCOMPARE(error.value(u"rows"_s).toArray().first().toObject().value(u"line"_s).toInt(), 5);
        QCOMPARE(error.value(u"rows"_s).toArray().first().toObject().value(u"field"_s).toString(),
                 u"processing_limit_days"_s);
        QCOMPARE(store.get(u"/api/v1/admin/directory/agencies.csv"_s, admin).body, exported.body);
        QVERIFY(auditTypes(store).isEmpty());

        rows.last()[3] = u"5"_s;
        const Reply imported = store.request("POST", u"/api/v1/admin/directory/agencies.csv"_s,
                                             writeCsv(rows), admin, "text/csv");
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json().value(u"created"_s).toInt(), 1);
        QCOMPARE(imported.json().value(u"updated"_s).toInt(), 1);
        QCOMPARE(imported.json().value(u"unchanged"_s).toInt(), 2);
        QCOMPARE(auditTypes(store).size(), 2);

        // Users: never a password in the file; new ones cannot log in until an administrator resets it.
        const QByteArray users = store.get(u"/api/v1/admin/directory/users.csv"_s, admin).body;
        QVERIFY(!users.contains("argon") && !users.contains("password"));
        const QByteArray newUser = users + "stnmt.cv,Bùi Văn Cán,agency_specialist,STNMT,no,no\r\n";
        QCOMPARE(
            store.request("POST", u"/api/v1/admin/directory/users.csv"_s, newUser, admin, "text/csv").status,
            200);
        QCOMPARE(store.post(u"/api/v1/session"_s, {{u"username"_s, u"stnmt.cv"_s}, {u"password"_s, u"!"_s}})
                     .status,
                 401);
        QVERIFY(EventLog(store.data().database().connection()).verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestStoreAdmin)
#include "tst_store_admin.moc"
