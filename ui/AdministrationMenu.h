#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace paht::ui {

class AdminLog;
class AgencyAdmin;
class ApiKeyAdmin;
class CategoryAdmin;
class ConsoleSession;
class DirectoryExchange;
class UserAdmin;

// The administrator's directory screens (issue [5/6] item 4 and 5) in the "Administration" menu: staff
// accounts, agencies, categories and their routing, API keys, CSV import and export, and the log. After
// any change the other open lists are read again.
class AdministrationMenu final : public QObject
{
    Q_OBJECT

public:
    AdministrationMenu(ConsoleSession& session, QMainWindow& window);

    // The menu bar's "adminMenu", made when no other screen has made it yet.
    static QMenu* menuOf(QMainWindow& window);

    UserAdmin& users() const { return *m_users; }
    AgencyAdmin& agencies() const { return *m_agencies; }
    CategoryAdmin& categories() const { return *m_categories; }
    ApiKeyAdmin& apiKeys() const { return *m_apiKeys; }
    DirectoryExchange& files() const { return *m_files; }
    AdminLog& log() const { return *m_log; }

private:
    void directoryChanged();

    UserAdmin* m_users;
    AgencyAdmin* m_agencies;
    CategoryAdmin* m_categories;
    ApiKeyAdmin* m_apiKeys;
    DirectoryExchange* m_files;
    AdminLog* m_log;
};

} // namespace paht::ui
