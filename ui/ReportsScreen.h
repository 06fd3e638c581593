#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QMenu;

namespace paht {
class DueReportInbox;
}

namespace paht::ui {

class ConsoleSession;
class MainWindow;
class ReportsController;
class ReportsWindow;

// The "Reports" menu of the center's supervisor, administrator and publication editor: opens
// the report screen; for the supervisor, who owes the reports, also tells on the desktop when one comes
// due (each due date once, remembered in the local cache) and opens it for its period.
class ReportsScreen final : public QObject
{
    Q_OBJECT

public:
    // Parented to the window; the menu goes into its menu bar.
    ReportsScreen(ConsoleSession& session, MainWindow& window);
    ~ReportsScreen() override;

    QMenu* menu() const { return m_menu; }
    ReportsController& controller() { return *m_controller; }
    ReportsWindow* showReports();
    // Tells the due reports not told yet (also run by a timer and at start).
    void watchDueReports();
    void checkDueReports();

private:
    ConsoleSession& m_session;
    MainWindow& m_window;
    QMenu* m_menu;
    ReportsController* m_controller;
    QPointer<ReportsWindow> m_reports;
    std::unique_ptr<DueReportInbox> m_inbox;
    QTimer m_dueTimer;
};

} // namespace paht::ui
