#pragma once

#include <QMainWindow>
#include <memory>
#include <vector>

class QLabel;
class QSettings;
class QSystemTrayIcon;
class QTableView;

namespace paht {
struct Queue;
}

namespace paht::ui {

class CommandScreen;
class ConflictDialog;
class ConsoleSession;
class DesktopNotifier;
class FilterBar;
class IntakePanel;
class QueuePanel;
class ReportDetailView;
class SyncStatusBar;

// Queues on the left, the queue's reports in the middle, the chosen report on the right, the sync state
// below. It arranges the views and forwards intents to the session; the rules live in models/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConsoleSession& session, QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTableView* reportTable() const { return m_table; }
    ReportDetailView* detail() const { return m_detail; }
    QueuePanel* queuePanel() const { return m_queuePanel; }
    FilterBar* filterBar() const { return m_filterBar; }
    DesktopNotifier* notifier() const { return m_notifier; }
    IntakePanel* intakePanel() const { return m_intake; }
    void selectReport(const QString& reportId);
    // The reports selected in the table, the current one first.
    QStringList selectedReportIds() const;
    // Gives `command` to this screen instead of the plain prompt; the window owns it.
    void addScreen(std::unique_ptr<CommandScreen> screen);

signals:
    void languageChosen(const QString& language); // "vi" or "en"

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void onQueueChosen(const Queue& queue);
    void prefetchPhotos();
    void onCurrentReportChanged();
    void refreshDetail();
    void onReportsChanged(const QStringList& ids);
    void onAction(const QString& reportId, const QString& command);
    CommandScreen* screenFor(const QString& command) const;
    void onPhotoWanted(const QString& sha256);
    void onPhotoReady(const QString& sha256);
    void openPhoto(const QString& sha256);
    void setOffline(bool offline);
    void showConflicts();
    void forgetWorkstation();

    ConsoleSession& m_session;
    QSettings& m_settings;
    QLabel* m_offlineBanner;
    QueuePanel* m_queuePanel;
    FilterBar* m_filterBar;
    QTableView* m_table;
    ReportDetailView* m_detail;
    SyncStatusBar* m_status;
    QSystemTrayIcon* m_tray;
    DesktopNotifier* m_notifier;
    IntakePanel* m_intake = nullptr; // intake operators only
    std::vector<std::unique_ptr<CommandScreen>> m_screens;
};

} // namespace paht::ui
