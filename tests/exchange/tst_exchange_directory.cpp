#include "domain/DirectoryRules.h"
#include "exchange/Csv.h"
#include "exchange/DirectoryCsv.h"

#include <QTest>

using namespace paht;

namespace {

Agency sxd()
{
    Agency agency;
    agency.code = QStringLiteral("SXD");
    agency.name = QStringLiteral("Sở Xây dựng");
    agency.kind = AgencyKind::ProvincialDepartment;
    agency.leader = {QStringLiteral("Nguyễn Văn Lãnh"), QStringLiteral("Giám đốc"),
                     QStringLiteral("0203 3835 123"), QStringLiteral("gd.sxd@quangninh.gov.vn")};
    agency.focalPerson = {QStringLiteral("Trần Thị Đầu Mối"), QStringLiteral("Chuyên viên"), QString(),
                          QStringLiteral("daumoi.sxd@quangninh.gov.vn")};
    agency.processingLimitDays = 4;
    return agency;
}

const QByteArray kAgencyHeader = "code,name,kind,processing_limit_days,leader_name,leader_title,leader_phone,"
                                 "leader_email,focal_name,focal_title,focal_phone,focal_email\n";

} // namespace

class TestExchangeDirectory : public QObject
{
    Q_OBJECT

private slots:
    void agencyRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("fine") << QString() << QString();
        QTest::newRow("lower-case code") << "code"
                                         << "code";
        QTest::newRow("no name") << "name"
                                 << "name";
        QTest::newRow("R-25 no leader") << "leader"
                                        << "leader.name";
        QTest::newRow("R-25 focal unreachable") << "focal"
                                                << "focalPerson.phone";
        QTest::newRow("R-10 six days") << "limit6"
                                       << "processingLimitDays";
        QTest::newRow("zero days") << "limit0"
                                   << "processingLimitDays";
        QTest::newRow("bad e-mail") << "email"
                                    << "leader.email";
    }

    void agencyRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        Agency agency = sxd();
        if (change == QLatin1String("code"))
            agency.code = QStringLiteral("sxd");
        if (change == QLatin1String("name"))
            agency.name = QStringLiteral("  ");
        if (change == QLatin1String("leader"))
            agency.leader.name.clear();
        if (change == QLatin1String("focal"))
            agency.focalPerson.email.clear();
        if (change == QLatin1String("limit6"))
            agency.processingLimitDays = 6;
        if (change == QLatin1String("limit0"))
            agency.processingLimitDays = 0;
        if (change == QLatin1String("email"))
            agency.leader.email = QStringLiteral("gd.sxd-at-quangninh");
        const DirectoryCheck problem = DirectoryRules::checkAgency(agency);
        QCOMPARE(problem ? problem->field : QString(), field);
        QVERIFY(!problem || !problem->message.isEmpty());
    }

    void userRules()
    {
        const QStringList agencies{QStringLiteral("SXD")};
        User user;
        user.username = QStringLiteral("sxd.specialist2");
        user.displayName = QStringLiteral("Lê Văn Chuyên");
        user.role = Role::AgencySpecialist;
        user.agencyCode = QStringLiteral("SXD");
        QVERIFY(!DirectoryRules::checkUser(user, agencies));
        user.agencyCode = QStringLiteral("NUOC");
        QCOMPARE(DirectoryRules::checkUser(user, agencies)->field, QStringLiteral("agencyCode"));
        user.role = Role::Supervisor;
        QCOMPARE(DirectoryRules::checkUser(user, agencies)->field, QStringLiteral("agencyCode"));
        user.agencyCode.clear();
        QVERIFY(!DirectoryRules::checkUser(user, agencies));
        user.username = QStringLiteral("Lê Văn");
        QCOMPARE(DirectoryRules::checkUser(user, agencies)->field, QStringLiteral("username"));
        QVERIFY(DirectoryRules::checkPassword(QStringLiteral("short")));
        QVERIFY(!DirectoryRules::checkPassword(QStringLiteral("mười ký tự!")));
    }

    void categoryRoutingNamesKnownAgenciesOnce()
    {
        const QStringList agencies{QStringLiteral("SXD"), QStringLiteral("NUOC")};
        Category category{QStringLiteral("ngap_ung"),
                          QStringLiteral("Ngập úng"),
                          {QStringLiteral("SXD"), QStringLiteral("NUOC")},
                          true};
        QVERIFY(!DirectoryRules::checkCategory(category, agencies));
        category.routing.append(QStringLiteral("SXD"));
        QCOMPARE(DirectoryRules::checkCategory(category, agencies)->field, QStringLiteral("routing"));
        category.routing = {QStringLiteral("STNMT")};
        QVERIFY(DirectoryRules::checkCategory(category, agencies)->message.contains(QLatin1String("STNMT")));
    }

    void agenciesRoundTrip()
    {
        Agency ward = sxd();
        ward.code = QStringLiteral("UBND-06673");
        ward.name = QStringLiteral("UBND phường Bãi Cháy, \"Hạ Long\"");
        ward.kind = AgencyKind::CommunePeopleCommittee;
        const QList<Agency> agencies{sxd(), ward};
        const DirectoryImport<Agency> back = readAgenciesCsv(agenciesCsv(agencies));
        QVERIFY(back.ok());
        QCOMPARE(back.entries, agencies);
    }

    void categoriesAndUsersRoundTrip()
    {
        const QList<Category> categories{
            {QStringLiteral("chieu_sang"), QStringLiteral("Chiếu sáng"), {QStringLiteral("SXD")}, true},
            {QStringLiteral("cu"), QStringLiteral("Cũ"), {}, false}};
        const DirectoryImport<Category> c =
            readCategoriesCsv(categoriesCsv(categories), {QStringLiteral("SXD")});
        QVERIFY(c.ok());
        QCOMPARE(c.entries, categories);

        User leader;
        leader.username = QStringLiteral("sxd.leader");
        leader.displayName = QStringLiteral("Phạm Lãnh Đạo");
        leader.role = Role::AgencyLeader;
        leader.agencyCode = QStringLiteral("SXD");
        leader.disabled = true;
        User supervisor;
        supervisor.username = QStringLiteral("supervisor");
        supervisor.displayName = QStringLiteral("Giám Sát");
        supervisor.role = Role::Supervisor;
        supervisor.stateSecretClearance = true;
        const QByteArray csv = usersCsv({leader, supervisor});
        QVERIFY(!csv.contains("password"));
        const DirectoryImport<User> u = readUsersCsv(csv, {QStringLiteral("SXD")});
        QVERIFY(u.ok());
        QCOMPARE(u.entries, (QList<User>{leader, supervisor}));
    }

    void everyBadRowIsReportedAndNothingKept()
    {
        const QByteArray csv =
            kAgencyHeader +
            "SXD,Sở Xây dựng,provincial_department,5,Nguyễn Văn A,Giám đốc,0203 3835 123,,Trần B,,0912 345 "
            "678,\n"
            "STNMT,Sở Tài nguyên,department,5,Lê C,,0203 1,,Đỗ D,,0912 000 111,\n"
            "GTVT,Sở Giao thông,provincial_department,7,Lê E,,0203 3835 999,,Vũ F,,0912 000 222,\n"
            "SXD,Trùng mã,provincial_department,5,Ngô G,,0203 3835 555,,Hà H,,0912 000 333,\n"
            "SYT,Sở Y tế,provincial_department,5\n";
        const DirectoryImport<Agency> result = readAgenciesCsv(csv);
        QVERIFY(!result.ok());
        QVERIFY(result.entries.isEmpty());
        QCOMPARE(result.problems.size(), 4);
        QCOMPARE(result.problems.at(0).line, 3);
        QCOMPARE(result.problems.at(0).field, QStringLiteral("kind"));
        QCOMPARE(result.problems.at(1).line, 4);
        QCOMPARE(result.problems.at(1).field, QStringLiteral("processing_limit_days"));
        QCOMPARE(result.problems.at(2).line, 5);
        QCOMPARE(result.problems.at(2).field, QStringLiteral("code"));
        QVERIFY(result.problems.at(2).message.contains(QLatin1String("2")));
        QCOMPARE(result.problems.at(3).line, 6);
    }

    void headerMustNameEveryColumnInAnyOrder()
    {
        const DirectoryImport<Category> missing =
            readCategoriesCsv("code,name,active\nx_y,Tên,yes\n", {QStringLiteral("SXD")});
        QCOMPARE(missing.problems.size(), 1);
        QCOMPARE(missing.problems.first().field, QStringLiteral("routing"));
        QCOMPARE(missing.problems.first().line, 1);

        const DirectoryImport<Category> reordered = readCategoriesCsv(
            "active,routing,name,code\nno,SXD,Ngập úng,ngap_ung\n", {QStringLiteral("SXD")});
        QVERIFY(reordered.ok());
        QCOMPARE(reordered.entries.first().code, QStringLiteral("ngap_ung"));
        QCOMPARE(reordered.entries.first().active, false);
    }

    void badYesNoAndUnknownRoleAreRowProblems()
    {
        const DirectoryImport<User> result =
            readUsersCsv("username,display_name,role,agency_code,state_secret_clearance,disabled\n"
                         "a.b,Tên,chief,,no,no\n"
                         "c.d,Tên,supervisor,,maybe,no\n",
                         {});
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).field, QStringLiteral("role"));
        QCOMPARE(result.problems.at(1).field, QStringLiteral("state_secret_clearance"));
        QCOMPARE(result.problems.at(1).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestExchangeDirectory)
#include "tst_exchange_directory.moc"
