// The administrator's forms' own checks on top of DirectoryRules (ADMIN_API.md): a new account's password
// typed twice and its username unused, an administrator who would lock themselves out, API keys,
// and the name an export is offered under. Each case names the field the form puts the focus on.
#include "items/DirectoryForms.h"
#include "sync/StoreAdministration.h"

#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

const QStringList kAgencies{u"SXD"_s, u"UBND-06673"_s, u"NUOC"_s};
const QStringList kUsernames{u"admin"_s, u"intake"_s, u"sxd.specialist"_s};

User specialist()
{
    User user;
    user.username = u"sxd.hoa"_s;
    user.displayName = u"Nguyễn Thị Hoa"_s;
    user.role = Role::AgencySpecialist;
    user.agencyCode = u"SXD"_s;
    return user;
}

User administrator()
{
    User user;
    user.username = u"admin"_s;
    user.displayName = u"Quản trị hệ thống"_s;
    user.role = Role::Administrator;
    return user;
}

QString fieldOf(const DirectoryCheck& problem)
{
    return problem ? problem->field : u"(none)"_s;
}

} // namespace

class AdminFormsTest : public QObject
{
    Q_OBJECT

private slots:
    void aNewAccountNeedsItsPasswordTwiceAndAFreeUsername()
    {
        const QString password = u"mật khẩu đủ dài"_s;
        QCOMPARE(
            fieldOf(DirectoryForms::checkNewAccount(specialist(), password, password, kAgencies, kUsernames)),
            u"(none)"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkNewAccount(specialist(), password, u"mật khẩu đủ dai"_s,
                                                         kAgencies, kUsernames)),
                 u"passwordRepeated"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkNewAccount(specialist(), u"ngắn"_s, u"ngắn"_s, kAgencies,
                                                         kUsernames)),
                 u"password"_s);
        User taken = specialist();
        taken.username = u"sxd.specialist"_s;
        const DirectoryCheck problem =
            DirectoryForms::checkNewAccount(taken, password, password, kAgencies, kUsernames);
        QCOMPARE(fieldOf(problem), u"username"_s);
        QVERIFY(problem->message.contains(u"sxd.specialist"_s));
        // DirectoryRules comes first: an agency role needs an agency of the directory.
        User lost = specialist();
        lost.agencyCode = u"SYT"_s;
        QCOMPARE(fieldOf(DirectoryForms::checkNewAccount(lost, password, password, kAgencies, kUsernames)),
                 u"agencyCode"_s);
    }

    void anAdministratorCannotLockThemselvesOut()
    {
        User self = administrator();
        QCOMPARE(fieldOf(DirectoryForms::checkAccountChange(self, kAgencies, u"admin"_s)), u"(none)"_s);
        self.disabled = true;
        QCOMPARE(fieldOf(DirectoryForms::checkAccountChange(self, kAgencies, u"admin"_s)), u"disabled"_s);
        // Another administrator may.
        QCOMPARE(fieldOf(DirectoryForms::checkAccountChange(self, kAgencies, u"admin2"_s)), u"(none)"_s);
        self.disabled = false;
        self.role = Role::Supervisor;
        QCOMPARE(fieldOf(DirectoryForms::checkAccountChange(self, kAgencies, u"admin"_s)), u"role"_s);
        User other = specialist();
        other.disabled = true;
        QCOMPARE(fieldOf(DirectoryForms::checkAccountChange(other, kAgencies, u"admin"_s)), u"(none)"_s);
        other.role = Role::IntakeOperator; // a center role keeps no agency
        QCOMPARE(fieldOf(DirectoryForms::checkAccountChange(other, kAgencies, u"admin"_s)), u"agencyCode"_s);
    }

    // an agency system's key belongs to an agency of the directory; the citizen app's to none.
    void checksAnApiKey()
    {
        const QStringList names{u"smart-quang-ninh"_s};
        const QString app = ApiKeyEntry::kCitizenApp;
        const QString system = ApiKeyEntry::kAgencySystem;
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(u"app-2"_s, app, QString(), kAgencies, names)),
                 u"(none)"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(u"  "_s, app, QString(), kAgencies, names)), u"name"_s);
        QCOMPARE(
            fieldOf(DirectoryForms::checkApiKey(u"smart-quang-ninh"_s, app, QString(), kAgencies, names)),
            u"name"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(QString(65, u'k'), app, QString(), kAgencies, names)),
                 u"name"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(QString(64, u'k'), app, QString(), kAgencies, names)),
                 u"(none)"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(u"sxd/erp"_s, app, QString(), kAgencies, names)),
                 u"name"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(u"sxd-erp"_s, system, QString(), kAgencies, names)),
                 u"agencyCode"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(u"syt-his"_s, system, u"SYT"_s, kAgencies, names)),
                 u"agencyCode"_s);
        QCOMPARE(fieldOf(DirectoryForms::checkApiKey(u"sxd-erp"_s, system, u"SXD"_s, kAgencies, names)),
                 u"(none)"_s);
    }

    void offersADatedExportFileName()
    {
        QCOMPARE(DirectoryForms::exportFileName(DirectoryTable::Agencies, QDate(2026, 3, 9)),
                 u"paht-agencies-2026-03-09.csv"_s);
        QCOMPARE(DirectoryForms::exportFileName(DirectoryTable::Users, QDate(2026, 12, 31)),
                 u"paht-users-2026-12-31.csv"_s);
    }
};

QTEST_GUILESS_MAIN(AdminFormsTest)
#include "tst_items_admin_forms.moc"
