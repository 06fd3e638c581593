// The administrator's directory screens (issue [5/6] items 4 and 5), offscreen, against a real store on
// loopback: an account is created and logs in, a disabled one cannot, a password is reset and shown once;
// an agency is edited; a category is routed and retired; an API key is made and
// revoked; a directory file with bad rows is refused row by row with nothing written, then a good
// one is imported, and a table is exported. Forms keep their input when refused, with the reason shown.
#include "AdminForm.h"
#include "AdminListWindow.h"
#include "AdminLog.h"
#include "AdministrationMenu.h"
#include "AgencyAdmin.h"
#include "AgencyDialog.h"
#include "ApiKeyAdmin.h"
#include "ApiKeyDialog.h"
#include "CategoryAdmin.h"
#include "CategoryDialog.h"
#include "ConsoleSession.h"
#include "DirectoryExchange.h"
#include "DirectoryExchangeWindow.h"
#include "MainWindow.h"
#include "SecretDialog.h"
#include "StoreFixture.h"
#include "UiConsole.h"
#include "UserAdmin.h"
#include "UserDialog.h"

#include "cache/LocalCache.h"
#include "items/AdminLogModel.h"
#include "items/AgencyTableModel.h"
#include "items/ApiKeyTableModel.h"
#include "items/CategoryTableModel.h"
#include "items/ImportErrorModel.h"
#include "items/RoutingListModel.h"
#include "items/UserTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;
using namespace paht::ui;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;
using paht::ui::testing::Console;

namespace {

template <typename Widget>
Widget* child(const QObject* parent, const QString& name)
{
    return parent->findChild<Widget*>(name);
}

void click(const QObject* parent, const QString& button)
{
    auto* widget = child<QPushButton>(parent, button);
    QVERIFY2(widget, qPrintable(button));
    QVERIFY2(widget->isEnabled(), qPrintable(button));
    QTest::mouseClick(widget, Qt::LeftButton);
}

void type(const QObject* parent, const QString& field, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    // keyClicks knows ASCII only: Vietnamese letters go as key events carrying their text.
    for (const QChar letter : text) {
        if (letter.unicode() < 0x80)
            QTest::keyClick(edit, static_cast<char>(letter.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(letter), Qt::NoModifier);
    }
}

void choose(const QObject* parent, const QString& combo, const QString& data)
{
    auto* box = child<QComboBox>(parent, combo);
    QVERIFY2(box, qPrintable(combo));
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

// The form or dialog the last click opened on top of `parent`.
template <typename Dialog>
Dialog* opened(const QObject* parent)
{
    Dialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            const QList<Dialog*> all = parent->findChildren<Dialog*>();
            for (Dialog* candidate : all) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            return dialog != nullptr;
        },
        5000);
    return shown ? dialog : nullptr;
}

// Answers the "are you sure" box the last click opened.
void confirm(const QObject* parent)
{
    auto* box = opened<QMessageBox>(parent);
    QVERIFY(box);
    QCOMPARE(box->objectName(), u"confirm"_s);
    click(box, u"confirmYes"_s);
}

QJsonObject entry(StoreFixture& store, const QString& collection, const QString& key, const QString& code)
{
    const QString token = store.login(u"admin"_s);
    for (const QJsonValue& value :
         store.get(u"/api/v1/"_s + collection, token).json().value(collection).toArray()) {
        if (value.toObject().value(key).toString() == code)
            return value.toObject();
    }
    return {};
}

int sessionStatus(StoreFixture& store, const QString& username, const QString& password)
{
    return store.post(u"/api/v1/session"_s, {{u"username"_s, username}, {u"password"_s, password}}).status;
}

// A request with an agency system's key (ADMIN_API.md "API keys").
int statusWithKey(StoreFixture& store, const QString& key)
{
    QNetworkAccessManager network;
    QNetworkRequest request(store.url(u"/api/v1/users"_s));
    request.setRawHeader("Authorization", "ApiKey " + key.toLatin1());
    QNetworkReply* reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class UiAdminDirectoryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    QSettings settings() const { return QSettings(m_settingsDir.filePath(u"c.ini"_s), QSettings::IniFormat); }

    // The administrator's console with its main window; the menu's screens.
    struct AdminConsole
    {
        explicit AdminConsole(StoreFixture& store, QSettings& settings)
            : console(store.clock()), ok(console.login(store.url(QString()).toString(), u"admin"_s)),
              window(console.session, settings)
        {
            window.show();
            menu = window.findChild<AdministrationMenu*>();
        }
        QAction* action(const QString& name) const
        {
            QMenu* admin = window.menuBar()->findChild<QMenu*>(u"adminMenu"_s);
            return admin ? admin->findChild<QAction*>(name) : nullptr;
        }

        Console console;
        bool ok;
        MainWindow window;
        AdministrationMenu* menu = nullptr;
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void onlyTheAdministratorHasTheAdministrationMenu()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        {
            Console supervisor(store.clock());
            QVERIFY(supervisor.login(store.url(QString()).toString(), u"supervisor"_s));
            QSettings s = settings();
            MainWindow window(supervisor.session, s);
            QVERIFY(!window.menuBar()->findChild<QMenu*>(u"adminMenu"_s));
            QVERIFY(!window.findChild<AdministrationMenu*>());
        }
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        QVERIFY(admin.menu);
        for (const QString& name : {u"adminUsers"_s, u"adminAgencies"_s, u"adminCategories"_s,
                                    u"adminApiKeys"_s, u"adminDirectoryFiles"_s, u"adminLog"_s})
            QVERIFY2(admin.action(name), qPrintable(name));
    }

    void createsAnAccountThatCanLogIn()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        admin.action(u"adminUsers"_s)->trigger();
        UserAdmin& users = admin.menu->users();
        AdminListWindow* view = users.view();
        QVERIFY(view && view->isVisible());
        QTRY_COMPARE(users.model().rowCount(), 9);

        click(view, u"newUser"_s);
        auto* dialog = opened<UserDialog>(view);
        QVERIFY(dialog);
        const QPointer<UserDialog> guard(dialog);
        type(dialog, u"username"_s, u"sxd.hoa"_s);
        type(dialog, u"displayName"_s, u"Nguyễn Thị Hoa"_s);
        choose(dialog, u"role"_s, u"agency_specialist"_s);
        QVERIFY(child<QComboBox>(dialog, u"agency"_s)->isEnabled());
        choose(dialog, u"agency"_s, u"SXD"_s);
        type(dialog, u"password"_s, StoreFixture::password());
        type(dialog, u"passwordRepeated"_s, StoreFixture::password() + u"!"_s);
        // Typed unlike: answered at once, nothing sent.
        click(dialog, u"save"_s);
        QVERIFY(dialog->problemText().contains(u"differ"_s));
        QVERIFY(entry(store, u"users"_s, u"username"_s, u"sxd.hoa"_s).isEmpty());

        type(dialog, u"passwordRepeated"_s, StoreFixture::password());
        click(dialog, u"save"_s);
        QTRY_VERIFY(!guard);
        QTRY_VERIFY(users.model().rowOf(u"sxd.hoa"_s) >= 0);
        QCOMPARE(view->currentRow(), users.model().rowOf(u"sxd.hoa"_s));
        const QJsonObject created = entry(store, u"users"_s, u"username"_s, u"sxd.hoa"_s);
        QCOMPARE(created.value(u"agencyCode"_s).toString(), u"SXD"_s);
        QCOMPARE(created.value(u"displayName"_s).toString(), u"Nguyễn Thị Hoa"_s);

        // The new account logs in to a console of its own, as a specialist of its agency.
        Console hoa(store.clock());
        QVERIFY(hoa.login(store.url(QString()).toString(), u"sxd.hoa"_s));
        QCOMPARE(hoa.session.user().role, Role::AgencySpecialist);
        QCOMPARE(hoa.session.user().agencyCode, u"SXD"_s);

        // Another administrator takes the username first: the store's refusal shows, the input stays.
        click(view, u"newUser"_s);
        dialog = opened<UserDialog>(view);
        QVERIFY(dialog);
        type(dialog, u"username"_s, u"ward.lan"_s);
        type(dialog, u"displayName"_s, u"Vũ Thị Lan"_s);
        choose(dialog, u"role"_s, u"intake_operator"_s);
        QVERIFY(!child<QComboBox>(dialog, u"agency"_s)->isEnabled());
        type(dialog, u"password"_s, StoreFixture::password());
        type(dialog, u"passwordRepeated"_s, StoreFixture::password());
        QVERIFY(store.addUser(u"ward.lan"_s, u"supervisor"_s));
        click(dialog, u"save"_s);
        QTRY_VERIFY(!dialog->problemText().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"username"_s)->text(), u"ward.lan"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"displayName"_s)->text(), u"Vũ Thị Lan"_s);
        QVERIFY(child<QPushButton>(dialog, u"save"_s)->isEnabled());
        dialog->reject();

        // Editing: the agency roles keep an agency, a center role drops it.
        QVERIFY(view->selectRow(users.model().rowOf(u"sxd.hoa"_s)));
        click(view, u"editUser"_s);
        dialog = opened<UserDialog>(view);
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, u"username"_s)->isReadOnly());
        QCOMPARE(child<QComboBox>(dialog, u"agency"_s)->currentData().toString(), u"SXD"_s);
        choose(dialog, u"role"_s, u"agency_leader"_s);
        child<QCheckBox>(dialog, u"clearance"_s)->setChecked(true);
        const QPointer<UserDialog> edited(dialog);
        click(dialog, u"save"_s);
        QTRY_VERIFY(!edited);
        QTRY_COMPARE(entry(store, u"users"_s, u"username"_s, u"sxd.hoa"_s).value(u"role"_s).toString(),
                     u"agency_leader"_s);
        QVERIFY(
            entry(store, u"users"_s, u"username"_s, u"sxd.hoa"_s).value(u"stateSecretClearance"_s).toBool());
    }

    void disablesAnAccountSoThatItCannotLogIn()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        UserAdmin& users = admin.menu->users();
        AdminListWindow* view = users.show();
        QTRY_COMPARE(users.model().rowCount(), 9);

        QVERIFY(view->selectRow(users.model().rowOf(u"ward.specialist"_s)));
        auto* toggle = child<QPushButton>(view, u"toggleDisabled"_s);
        QCOMPARE(toggle->text(), u"&Disable"_s);
        click(view, u"toggleDisabled"_s);
        confirm(view);
        QTRY_VERIFY(users.model().user(users.model().rowOf(u"ward.specialist"_s)).disabled);
        QCOMPARE(sessionStatus(store, u"ward.specialist"_s, StoreFixture::password()), 401);
        // Still listed, to be enabled again.
        QTRY_COMPARE(toggle->text(), u"En&able"_s);
        click(view, u"toggleDisabled"_s);
        QTRY_VERIFY(!users.model().user(users.model().rowOf(u"ward.specialist"_s)).disabled);
        QCOMPARE(sessionStatus(store, u"ward.specialist"_s, StoreFixture::password()), 200);

        // The administrator cannot disable themselves: answered in the console, nothing sent.
        QVERIFY(view->selectRow(users.model().rowOf(u"admin"_s)));
        click(view, u"toggleDisabled"_s);
        confirm(view);
        QTRY_VERIFY(view->message().contains(u"own account"_s));
        QCOMPARE(sessionStatus(store, u"admin"_s, StoreFixture::password()), 200);

        // A reset password is shown once, can be copied, and is the only one that works.
        QVERIFY(view->selectRow(users.model().rowOf(u"nuoc.specialist"_s)));
        click(view, u"resetPassword"_s);
        confirm(view);
        QTRY_VERIFY(users.lastSecret() && users.lastSecret()->isVisible());
        const QString temporary = users.lastSecret()->secret();
        QVERIFY(!temporary.isEmpty());
        click(users.lastSecret(), u"copy"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), temporary);
        QCOMPARE(sessionStatus(store, u"nuoc.specialist"_s, StoreFixture::password()), 401);
        QCOMPARE(sessionStatus(store, u"nuoc.specialist"_s, temporary), 200);
    }

    void editsAnAgency()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        admin.action(u"adminAgencies"_s)->trigger();
        AgencyAdmin& agencies = admin.menu->agencies();
        AdminListWindow* view = agencies.view();
        QTRY_COMPARE(agencies.model().rowCount(), 3);
        QVERIFY(view->selectRow(agencies.model().rowOf(u"SXD"_s)));
        click(view, u"editAgency"_s);
        auto* dialog = opened<AgencyDialog>(view);
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, u"code"_s)->isReadOnly());
        QCOMPARE(child<QLineEdit>(dialog, u"leader.name"_s)->text(), u"Nguyễn Văn Lãnh"_s);

        // a leader the center cannot reach is answered at once.
        child<QLineEdit>(dialog, u"leader.phone"_s)->clear();
        child<QLineEdit>(dialog, u"leader.email"_s)->clear();
        click(dialog, u"save"_s);
        QVERIFY(!dialog->problemText().isEmpty());
        QCOMPARE(
            entry(store, u"agencies"_s, u"code"_s, u"SXD"_s).value(u"leader"_s).toObject().value(u"phone"_s),
            u"0912345678"_s);

        type(dialog, u"leader.phone"_s, u"0203 3835 111"_s);
        type(dialog, u"focalPerson.title"_s, u"Chuyên viên phòng Hạ tầng"_s);
        child<QSpinBox>(dialog, u"processingLimitDays"_s)->setValue(2);
        const QPointer<AgencyDialog> guard(dialog);
        click(dialog, u"save"_s);
        QTRY_VERIFY(!guard);
        const QJsonObject saved = entry(store, u"agencies"_s, u"code"_s, u"SXD"_s);
        QCOMPARE(saved.value(u"processingLimitDays"_s).toInt(), 2);
        QCOMPARE(saved.value(u"leader"_s).toObject().value(u"phone"_s).toString(), u"0203 3835 111"_s);
        QCOMPARE(saved.value(u"focalPerson"_s).toObject().value(u"title"_s).toString(),
                 u"Chuyên viên phòng Hạ tầng"_s);
        QTRY_COMPARE(agencies.model().agency(agencies.model().rowOf(u"SXD"_s)).processingLimitDays, 2);
        // The console's own directory follows, for the dispatch dialog's deadlines.
        QTRY_COMPARE(admin.console.session.cache().directory().agencies.value(u"SXD"_s).processingLimitDays,
                     2);

        // A new agency, its code typed in lower case.
        click(view, u"newAgency"_s);
        dialog = opened<AgencyDialog>(view);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"code"_s), u"syt"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"code"_s)->text(), u"SYT"_s);
        type(dialog, u"name"_s, u"Sở Y tế"_s);
        type(dialog, u"leader.name"_s, u"Phạm Văn Y"_s);
        type(dialog, u"leader.email"_s, u"pvy@quangninh.gov.vn"_s);
        type(dialog, u"focalPerson.name"_s, u"Đỗ Thị Tế"_s);
        type(dialog, u"focalPerson.phone"_s, u"0203 3825 222"_s);
        const QPointer<AgencyDialog> added(dialog);
        click(dialog, u"save"_s);
        QTRY_VERIFY(!added);
        QCOMPARE(entry(store, u"agencies"_s, u"code"_s, u"SYT"_s).value(u"name"_s).toString(), u"Sở Y tế"_s);
        QTRY_COMPARE(view->currentRow(), agencies.model().rowOf(u"SYT"_s));
    }

    void routesAndRetiresACategory()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        admin.action(u"adminCategories"_s)->trigger();
        CategoryAdmin& categories = admin.menu->categories();
        AdminListWindow* view = categories.view();
        QTRY_COMPARE(categories.model().rowCount(), 2);
        QVERIFY(view->selectRow(categories.model().rowOf(u"chieu_sang"_s)));
        click(view, u"editCategory"_s);
        auto* dialog = opened<CategoryDialog>(view);
        QVERIFY(dialog);
        QCOMPARE(dialog->routing().codes(), (QStringList{u"SXD"_s, u"UBND-06673"_s}));

        // the water company first, then the department; the ward no more.
        choose(dialog, u"routingAgency"_s, u"NUOC"_s);
        click(dialog, u"addRouting"_s);
        QCOMPARE(dialog->routing().codes(), (QStringList{u"SXD"_s, u"UBND-06673"_s, u"NUOC"_s}));
        QVERIFY(!child<QPushButton>(dialog, u"addRouting"_s)->isEnabled()); // each agency once
        click(dialog, u"routingUp"_s);
        click(dialog, u"routingUp"_s);
        QVERIFY(!child<QPushButton>(dialog, u"routingUp"_s)->isEnabled());
        child<QListView>(dialog, u"routing"_s)->setCurrentIndex(dialog->routing().index(2));
        click(dialog, u"removeRouting"_s);
        QCOMPARE(dialog->routing().codes(), (QStringList{u"NUOC"_s, u"SXD"_s}));
        const QPointer<CategoryDialog> guard(dialog);
        click(dialog, u"save"_s);
        QTRY_VERIFY(!guard);
        QCOMPARE(entry(store, u"categories"_s, u"code"_s, u"chieu_sang"_s).value(u"routing"_s).toArray(),
                 (QJsonArray{u"NUOC"_s, u"SXD"_s}));
        QTRY_COMPARE(admin.console.session.cache().directory().categories.value(u"chieu_sang"_s).routing,
                     (QStringList{u"NUOC"_s, u"SXD"_s}));

        // Retired, not deleted: still listed, no longer active.
        QVERIFY(view->selectRow(categories.model().rowOf(u"cap_nuoc"_s)));
        click(view, u"toggleActive"_s);
        confirm(view);
        QTRY_VERIFY(!categories.model().category(categories.model().rowOf(u"cap_nuoc"_s)).active);
        const QJsonObject retired = entry(store, u"categories"_s, u"code"_s, u"cap_nuoc"_s);
        QCOMPARE(retired.value(u"active"_s).toBool(true), false);
        QCOMPARE(retired.value(u"name"_s).toString(), u"Cấp nước sạch"_s);
        QCOMPARE(categories.model()
                     .index(categories.model().rowOf(u"cap_nuoc"_s), CategoryTableModel::StatusColumn)
                     .data()
                     .toString(),
                 u"Retired"_s);
    }

    void createsAndRevokesAnApiKey()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        admin.action(u"adminApiKeys"_s)->trigger();
        ApiKeyAdmin& keys = admin.menu->apiKeys();
        AdminListWindow* view = keys.view();
        QTRY_VERIFY(child<QLabel>(view, u"message"_s)->text().contains(u'0'));

        click(view, u"newApiKey"_s);
        auto* dialog = opened<ApiKeyDialog>(view);
        QVERIFY(dialog);
        type(dialog, u"name"_s, u"sxd-erp"_s);
        QVERIFY(!child<QComboBox>(dialog, u"agency"_s)->isEnabled());
        choose(dialog, u"kind"_s, u"agency_system"_s);
        QVERIFY(child<QComboBox>(dialog, u"agency"_s)->isEnabled());
        choose(dialog, u"agency"_s, u"SXD"_s);
        const QPointer<ApiKeyDialog> guard(dialog);
        click(dialog, u"save"_s);
        QTRY_VERIFY(!guard);
        QTRY_VERIFY(keys.lastSecret() && keys.lastSecret()->isVisible());
        const QString key = keys.lastSecret()->secret();
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY(keys.model().rowOf(u"sxd-erp"_s) >= 0);
        QCOMPARE(keys.model().key(keys.model().rowOf(u"sxd-erp"_s)).agencyCode, u"SXD"_s);
        QCOMPARE(statusWithKey(store, key), 200);

        QVERIFY(view->selectRow(keys.model().rowOf(u"sxd-erp"_s)));
        click(view, u"revokeApiKey"_s);
        confirm(view);
        QTRY_VERIFY(keys.model().key(keys.model().rowOf(u"sxd-erp"_s)).revoked);
        QCOMPARE(statusWithKey(store, key), 401);
        QVERIFY(!child<QPushButton>(view, u"revokeApiKey"_s)->isEnabled());
    }

    void importsTheDirectoryOnlyWhenEveryRowIsGood()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        admin.action(u"adminDirectoryFiles"_s)->trigger();
        DirectoryExchange& files = admin.menu->files();
        auto* window = admin.window.findChild<DirectoryExchangeWindow*>();
        QVERIFY(window && window->isVisible());
        QTemporaryDir dir;
        QString chosen;
        window->setFileChooser([&chosen](bool, const QString&) { return chosen; });
        window->setTable(DirectoryTable::Categories);
        QSignalSpy finished(&files, &DirectoryExchange::finished);

        // Line 2 is good, line 3 routes to an agency that does not exist, line 4 has a bad code.
        chosen = dir.filePath(u"bad.csv"_s);
        QFile bad(chosen);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QStringLiteral("code,name,routing,active\r\n"
                                 "ve_sinh,Vệ sinh môi trường,UBND-06673,yes\r\n"
                                 "chieu_sang,Chiếu sáng công cộng,SXD;SYT,yes\r\n"
                                 "Cay Xanh,Cây xanh,SXD,yes\r\n")
                      .toUtf8());
        bad.close();
        click(window, u"import"_s);
        QVERIFY(finished.wait(15000));
        const QList<CsvRowProblem> rows = files.errors().rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).line, 3);
        QCOMPARE(rows.at(1).line, 4);
        QVERIFY(child<QWidget>(window, u"importErrors"_s)->isVisible());
        QVERIFY(window->resultText().contains(u"Nothing was written"_s));
        // Nothing written: not even the good line.
        QVERIFY(entry(store, u"categories"_s, u"code"_s, u"ve_sinh"_s).isEmpty());
        QCOMPARE(entry(store, u"categories"_s, u"code"_s, u"chieu_sang"_s).value(u"routing"_s).toArray(),
                 (QJsonArray{u"SXD"_s, u"UBND-06673"_s}));

        chosen = dir.filePath(u"good.csv"_s);
        QFile good(chosen);
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QStringLiteral("code,name,routing,active\r\n"
                                  "ve_sinh,Vệ sinh môi trường,UBND-06673,yes\r\n"
                                  "chieu_sang,Chiếu sáng công cộng,UBND-06673;SXD,yes\r\n")
                       .toUtf8());
        good.close();
        click(window, u"import"_s);
        QVERIFY(finished.wait(15000));
        QCOMPARE(files.errors().rowCount(), 0);
        QVERIFY(!child<QWidget>(window, u"importErrors"_s)->isVisible());
        QCOMPARE(window->resultText(), u"Imported: 1 new, 1 updated."_s);
        QCOMPARE(entry(store, u"categories"_s, u"code"_s, u"ve_sinh"_s).value(u"name"_s).toString(),
                 u"Vệ sinh môi trường"_s);
        QCOMPARE(entry(store, u"categories"_s, u"code"_s, u"chieu_sang"_s).value(u"routing"_s).toArray(),
                 (QJsonArray{u"UBND-06673"_s, u"SXD"_s}));

        // The export is the store's file, kept as it came (UTF-8 with a BOM, for Excel).
        window->setTable(DirectoryTable::Agencies);
        chosen = dir.filePath(u"agencies.csv"_s);
        click(window, u"export"_s);
        QVERIFY(finished.wait(15000));
        QFile exported(chosen);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "code,name,kind,processing_limit_days"));
        QVERIFY(QString::fromUtf8(bytes).contains(u"Công ty Cổ phần Nước sạch Quảng Ninh"_s));
        QVERIFY(window->resultText().contains(u"agencies.csv"_s));
    }

    void listsTheAdministratorsChanges()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSettings s = settings();
        AdminConsole admin(store, s);
        QVERIFY(admin.ok);
        UserAdmin& users = admin.menu->users();
        AdminListWindow* view = users.show();
        QTRY_COMPARE(users.model().rowCount(), 9);
        QVERIFY(view->selectRow(users.model().rowOf(u"sxd.leader"_s)));
        click(view, u"resetPassword"_s);
        confirm(view);
        QTRY_VERIFY(users.lastSecret());

        admin.action(u"adminLog"_s)->trigger();
        AdminLog& log = admin.menu->log();
        QTRY_VERIFY(log.model().rowCount() > 0);
        QCOMPARE(log.model().entry(0).actor, u"admin"_s);
        QCOMPARE(log.model().entry(0).target, u"sxd.leader"_s);
    }
};

QTEST_MAIN(UiAdminDirectoryTest)
#include "tst_ui_admin_directory.moc"
