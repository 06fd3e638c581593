#include "AdministrationMenu.h"

#include "AdminListWindow.h"
#include "AdminLog.h"
#include "AgencyAdmin.h"
#include "ApiKeyAdmin.h"
#include "CategoryAdmin.h"
#include "DirectoryExchange.h"
#include "UserAdmin.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace paht::ui {

AdministrationMenu::AdministrationMenu(ConsoleSession& session, QMainWindow& window)
    : QObject(&window), m_users(new UserAdmin(session, &window)),
      m_agencies(new AgencyAdmin(session, &window)), m_categories(new CategoryAdmin(session, &window)),
      m_apiKeys(new ApiKeyAdmin(session, &window)), m_files(new DirectoryExchange(session, &window)),
      m_log(new AdminLog(session, &window))
{
    QMenu* menu = menuOf(window);
    const auto add = [menu](const char* name, const QString& text, auto show) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, menu, show);
    };
    //: Menu item. Vietnamese: "Tài khoản người dùng…"
    add("adminUsers", tr("Staff &accounts…"), [this] { m_users->show(); });
    //: Menu item. Glossary: Cơ quan xử lý → "Cơ quan xử lý…"
    add("adminAgencies", tr("Handling a&gencies…"), [this] { m_agencies->show(); });
    //: Menu item (R-26). Glossary: Lĩnh vực → "Lĩnh vực và cơ quan xử lý…"
    add("adminCategories", tr("&Categories and routing…"), [this] { m_categories->show(); });
    //: Menu item (R-21). Vietnamese: "Khóa API…"
    add("adminApiKeys", tr("A&PI keys…"), [this] { m_apiKeys->show(); });
    //: Menu item. Vietnamese: "Nhập, xuất danh mục (CSV)…"
    add("adminDirectoryFiles", tr("Directory &import and export…"), [this] { m_files->show(); });
    //: Menu item (R-29). Vietnamese: "Nhật ký quản trị…"
    add("adminLog", tr("Administration &log…"), [this] { m_log->show(); });

    for (AdminScreen* screen :
         std::initializer_list<AdminScreen*>{m_users, m_agencies, m_categories, m_files})
        connect(screen, &AdminScreen::changed, this, &AdministrationMenu::directoryChanged);
}

QMenu* AdministrationMenu::menuOf(QMainWindow& window)
{
    if (auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("adminMenu")))
        return menu;
    //: Menu of the administrator's screens. Vietnamese: "&Quản trị"
    QMenu* menu = window.menuBar()->addMenu(tr("&Administration"));
    menu->setObjectName(QStringLiteral("adminMenu"));
    return menu;
}

// Names shown in one list come from the others (agencies in the accounts and categories): read the open
// ones again. The session's copy of the directory follows the store's "directory" push.
void AdministrationMenu::directoryChanged()
{
    // The screen that made the change has read its own list again already.
    const QObject* origin = sender();
    const auto open = [origin](const AdminScreen& screen) {
        return &screen != origin && screen.view() && screen.view()->isVisible();
    };
    if (open(*m_users))
        m_users->reload();
    if (open(*m_agencies))
        m_agencies->reload();
    if (open(*m_categories))
        m_categories->reload();
    if (open(*m_log))
        m_log->reload();
}

} // namespace paht::ui
