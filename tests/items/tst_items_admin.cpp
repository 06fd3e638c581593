// The administrator's item models (issue [5/6] items 4 and 5), each under QAbstractItemModelTester while
// its data changes: accounts with their filter, agencies (R-10, R-25), categories and the routing editor
// (R-26), API keys (R-21), the bad rows of a refused import, the administration log (R-29); and how the
// store's answers are read (refusals with their rows, key and log entries).
#include "ItemsFixture.h"
#include "items/AdminLogModel.h"
#include "items/AgencyTableModel.h"
#include "items/ApiKeyTableModel.h"
#include "items/CategoryTableModel.h"
#include "items/ImportErrorModel.h"
#include "items/RoutingListModel.h"
#include "items/UserFilter.h"
#include "items/UserTableModel.h"
#include "sync/StoreAdministration.h"
#include "sync/StoreRefusal.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

User user(const QString& username, const QString& name, Role role, const QString& agency = {},
          bool disabled = false)
{
    User value;
    value.username = username;
    value.displayName = name;
    value.role = role;
    value.agencyCode = agency;
    value.disabled = disabled;
    return value;
}

QList<Agency> agencies()
{
    Agency sxd;
    sxd.code = u"SXD"_s;
    sxd.name = u"Sở Xây dựng"_s;
    sxd.leader = {u"Trần Văn An"_s, u"Phó Giám đốc"_s, u"0203 3835 111"_s, QString()};
    sxd.focalPerson = {u"Lê Thu"_s, QString(), QString(), u"le.thu@quangninh.gov.vn"_s};
    sxd.processingLimitDays = 3;
    Agency ward;
    ward.code = u"UBND-06673"_s;
    ward.name = u"UBND phường Bãi Cháy"_s;
    ward.kind = AgencyKind::CommunePeopleCommittee;
    ward.processingLimitDays = 1;
    return {ward, sxd};
}

QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

StoreAnswer answer(int status, const QByteArray& body)
{
    StoreAnswer value;
    value.status = status;
    value.body = body;
    value.json = QJsonDocument::fromJson(body).object();
    const QJsonObject error = value.json.value(u"error"_s).toObject();
    value.errorCode = error.value(u"code"_s).toString();
    value.message = error.value(u"message"_s).toString();
    return value;
}

} // namespace

class AdminModelsTest : public QObject
{
    Q_OBJECT

    EnglishPlurals m_english;

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_english); }

    void listsEveryAccountWithItsAgencyByName()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setUsers({user(u"ward.leader"_s, u"Phạm Minh Đức"_s, Role::AgencyLeader, u"UBND-06673"_s),
                        user(u"admin"_s, u"Quản trị hệ thống"_s, Role::Administrator),
                        user(u"sxd.old"_s, u"Đỗ Văn Cũ"_s, Role::AgencySpecialist, u"SXD"_s, true)});
        QCOMPARE(column(model, UserTableModel::UsernameColumn),
                 (QStringList{u"admin"_s, u"sxd.old"_s, u"ward.leader"_s}));
        QCOMPARE(column(model, UserTableModel::AgencyColumn),
                 (QStringList{QString(), u"SXD"_s, u"UBND-06673"_s}));
        model.setAgencies(agencies());
        QCOMPARE(column(model, UserTableModel::AgencyColumn),
                 (QStringList{QString(), u"Sở Xây dựng"_s, u"UBND phường Bãi Cháy"_s}));
        QCOMPARE(column(model, UserTableModel::StatusColumn),
                 (QStringList{u"Active"_s, u"Disabled"_s, u"Active"_s}));
        // A disabled account stays listed, greyed.
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color() == QColor(Qt::gray));
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.rowOf(u"ward.leader"_s), 2);
        QCOMPARE(model.rowOf(u"nobody"_s), -1);
    }

    void filtersAccountsByTextRoleAndAgency()
    {
        UserTableModel model;
        model.setAgencies(agencies());
        UserFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, kFatal);
        model.setUsers(
            {user(u"ward.leader"_s, u"Phạm Minh Đức"_s, Role::AgencyLeader, u"UBND-06673"_s),
             user(u"ward.specialist"_s, u"Nguyễn Thị Hoa"_s, Role::AgencySpecialist, u"UBND-06673"_s),
             user(u"sxd.specialist"_s, u"Nguyễn Văn Bình"_s, Role::AgencySpecialist, u"SXD"_s),
             user(u"intake"_s, u"Vũ Thị Lan"_s, Role::IntakeOperator)});
        const auto listed = [&filter] {
            return column(filter, UserTableModel::UsernameColumn);
        };
        QCOMPARE(listed().size(), 4);
        // Without diacritics, in any order of words, in the name or the agency's name.
        filter.setText(u"nguyen"_s);
        QCOMPARE(listed(), (QStringList{u"sxd.specialist"_s, u"ward.specialist"_s}));
        filter.setText(u"bai chay DUC"_s);
        QCOMPARE(listed(), QStringList{u"ward.leader"_s});
        filter.setText(QString());
        filter.setRole(Role::AgencySpecialist);
        QCOMPARE(listed(), (QStringList{u"sxd.specialist"_s, u"ward.specialist"_s}));
        filter.setAgency(u"SXD"_s);
        QCOMPARE(listed(), QStringList{u"sxd.specialist"_s});
        filter.setRole(std::nullopt);
        filter.setAgency(QString());
        filter.setText(u"lan"_s);
        QCOMPARE(listed(), QStringList{u"intake"_s});
    }

    void listsAgenciesWithTheirLimitAndContacts()
    {
        AgencyTableModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setAgencies(agencies());
        QCOMPARE(column(model, AgencyTableModel::CodeColumn), (QStringList{u"SXD"_s, u"UBND-06673"_s}));
        QCOMPARE(column(model, AgencyTableModel::KindColumn),
                 (QStringList{u"Provincial department"_s, u"Commune, ward or special zone committee"_s}));
        QCOMPARE(column(model, AgencyTableModel::LimitColumn),
                 (QStringList{u"3 working days"_s, u"1 working day"_s}));
        QCOMPARE(model.index(0, AgencyTableModel::LeaderColumn).data().toString(),
                 u"Trần Văn An, Phó Giám đốc · 0203 3835 111"_s);
        QCOMPARE(model.index(0, AgencyTableModel::FocalPersonColumn).data().toString(),
                 u"Lê Thu · le.thu@quangninh.gov.vn"_s);
        QCOMPARE(model.index(1, AgencyTableModel::LeaderColumn).data().toString(), QString());
        QCOMPARE(model.rowOf(u"UBND-06673"_s), 1);
    }

    void listsCategoriesWithTheirRoutingInOrder()
    {
        Category lighting{u"chieu_sang"_s, u"Chiếu sáng công cộng"_s, {u"UBND-06673"_s, u"SXD"_s}, true};
        Category old{u"cu"_s, u"Lĩnh vực cũ"_s, {u"SYT"_s}, false};
        CategoryTableModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setCategories({old, lighting});
        model.setAgencies(agencies());
        QCOMPARE(column(model, CategoryTableModel::CodeColumn), (QStringList{u"chieu_sang"_s, u"cu"_s}));
        // The routing's order is the dispatch dialog's; an unknown code stays readable.
        QCOMPARE(column(model, CategoryTableModel::RoutingColumn),
                 (QStringList{u"UBND phường Bãi Cháy; Sở Xây dựng"_s, u"SYT"_s}));
        QCOMPARE(column(model, CategoryTableModel::StatusColumn), (QStringList{u"In use"_s, u"Retired"_s}));
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.category(model.rowOf(u"cu"_s)).active, false);
    }

    void editsARoutingInOrderEachAgencyOnce()
    {
        RoutingListModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setAgencies(agencies());
        model.setCodes({u"SXD"_s, u"SXD"_s, u"NUOC"_s});
        QCOMPARE(model.codes(), (QStringList{u"SXD"_s, u"NUOC"_s}));
        QCOMPARE(model.index(0).data().toString(), u"Sở Xây dựng (SXD)"_s);
        QCOMPARE(model.index(1).data().toString(), u"NUOC"_s);
        QVERIFY(model.add(u"UBND-06673"_s));
        QVERIFY(!model.add(u"SXD"_s));
        QVERIFY(!model.add(QString()));
        QCOMPARE(model.codes(), (QStringList{u"SXD"_s, u"NUOC"_s, u"UBND-06673"_s}));
        QVERIFY(model.move(2, -1));
        QVERIFY(model.move(1, -1));
        QCOMPARE(model.codes(), (QStringList{u"UBND-06673"_s, u"SXD"_s, u"NUOC"_s}));
        QVERIFY(model.move(0, +1));
        QCOMPARE(model.codes(), (QStringList{u"SXD"_s, u"UBND-06673"_s, u"NUOC"_s}));
        QVERIFY(!model.move(0, -1));
        QVERIFY(!model.move(2, +1));
        model.remove(1);
        model.remove(7);
        QCOMPARE(model.codes(), (QStringList{u"SXD"_s, u"NUOC"_s}));
    }

    void readsApiKeysAndListsRevokedOnesLast()
    {
        const QJsonArray keys = QJsonDocument::fromJson(R"([
            {"name": "smart-quang-ninh", "kind": "citizen_app", "agencyCode": "",
             "createdAt": "2026-03-01T02:00:00.000Z", "revoked": false},
            {"name": "sxd-old", "kind": "agency_system", "agencyCode": "SXD",
             "createdAt": "2026-03-05T02:00:00.000Z", "revoked": true},
            {"name": "sxd-erp", "kind": "agency_system", "agencyCode": "SXD",
             "createdAt": "2026-03-06T02:00:00.000Z", "revoked": false}])")
                                    .array();
        QList<ApiKeyEntry> entries;
        for (const QJsonValue& value : keys)
            entries << *ApiKeyEntry::fromJson(value.toObject());
        QCOMPARE(entries.at(1).createdAt, QDateTime(QDate(2026, 3, 5), QTime(2, 0), Qt::UTC));
        QVERIFY(!ApiKeyEntry::fromJson({{u"name"_s, u"x"_s}, {u"kind"_s, u"robot"_s}}));

        ApiKeyTableModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        model.setKeys(entries);
        model.setAgencies(agencies());
        QCOMPARE(column(model, ApiKeyTableModel::NameColumn),
                 (QStringList{u"sxd-erp"_s, u"smart-quang-ninh"_s, u"sxd-old"_s}));
        QCOMPARE(column(model, ApiKeyTableModel::KindColumn),
                 (QStringList{u"Agency system"_s, u"Citizen app"_s, u"Agency system"_s}));
        QCOMPARE(column(model, ApiKeyTableModel::AgencyColumn),
                 (QStringList{u"Sở Xây dựng"_s, QString(), u"Sở Xây dựng"_s}));
        QCOMPARE(column(model, ApiKeyTableModel::StatusColumn),
                 (QStringList{u"In use"_s, u"In use"_s, u"Revoked"_s}));
        // Created in Quảng Ninh's time: 02:00 UTC is 09:00.
        QVERIFY(model.index(0, ApiKeyTableModel::CreatedColumn).data().toString().contains(u"09:00"_s));
        QVERIFY(model.index(2, 0).data(ApiKeyTableModel::RevokedRole).toBool());
    }

    // ADMIN_API.md: a refused import lists every bad row; nothing was written.
    void readsTheStoresRefusalWithItsBadRows()
    {
        const StoreRefusal refusal = StoreRefusal::from(answer(400, R"({"error": {"code": "invalid_csv",
            "message": "2 rows are invalid", "rows": [
              {"line": 5, "field": "routing", "message": "unknown agency SYT"},
              {"line": 3, "field": "processing_limit_days", "message": "must be 1 to 5"}]}})"));
        QCOMPARE(refusal.code, u"invalid_csv"_s);
        QCOMPARE(refusal.text(), u"2 rows are invalid"_s);
        QCOMPARE(refusal.rows.size(), 2);

        ImportErrorModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setRows(refusal.rows);
        QCOMPARE(column(model, ImportErrorModel::LineColumn), (QStringList{u"3"_s, u"5"_s}));
        QCOMPARE(column(model, ImportErrorModel::FieldColumn),
                 (QStringList{u"processing_limit_days"_s, u"routing"_s}));
        QCOMPARE(model.index(1, ImportErrorModel::MessageColumn).data().toString(), u"unknown agency SYT"_s);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void namesTheFieldARefusalIsAboutAndSaysSomethingWhenTheStoreDidNot()
    {
        const StoreRefusal invalid = StoreRefusal::from(
            answer(400, R"({"error": {"code": "invalid_payload", "message": "needs a phone or an e-mail",
                              "field": "leader.phone"}})"));
        QCOMPARE(invalid.field, u"leader.phone"_s);
        QCOMPARE(invalid.text(), u"needs a phone or an e-mail"_s);
        StoreAnswer unreachable;
        unreachable.message = u"Connection refused"_s;
        QVERIFY(StoreRefusal::from(unreachable).text().contains(u"Connection refused"_s));
        QVERIFY(!StoreRefusal::from(answer(403, "{}")).text().isEmpty());
        QVERIFY(StoreRefusal::from(answer(500, "")).text().contains(u"500"_s));
    }

    void listsTheAdministrationLogNewestFirst()
    {
        const QJsonArray changes = QJsonDocument::fromJson(R"([
            {"at": "2026-03-09T02:00:00.000Z", "actor": "admin", "type": "admin_user_created",
             "target": "sxd.new", "data": {"role": "agency_specialist"}},
            {"at": "2026-03-09T03:00:00.000Z", "actor": "admin", "type": "admin_something_new",
             "target": "x", "data": {}}])")
                                       .array();
        QList<AdminLogEntry> entries;
        for (const QJsonValue& value : changes)
            entries << AdminLogEntry::fromJson(value.toObject());
        AdminLogModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setEntries(entries);
        QCOMPARE(column(model, AdminLogModel::TargetColumn), (QStringList{u"x"_s, u"sxd.new"_s}));
        // A type the console does not know is shown as the store named it.
        QCOMPARE(column(model, AdminLogModel::ChangeColumn),
                 (QStringList{u"admin_something_new"_s, u"Account created"_s}));
        QCOMPARE(column(model, AdminLogModel::DetailsColumn),
                 (QStringList{QString(), uR"({"role":"agency_specialist"})"_s}));
    }
};

QTEST_GUILESS_MAIN(AdminModelsTest)
#include "tst_items_admin.moc"
