#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

class QSystemTrayIcon;

namespace paht {
class LocalCache;
class QueueListModel;
class ReminderInbox;
class ReportTableModel;
} // namespace paht

namespace paht::ui {

// A desktop notification when the user's queues gain items, when deadlines come close (due soon) and when
// they pass;
// the first counts after login set the baseline, so logging in does not flood the desktop. For agency
// staff also when the center reminds their agency: each reminder once, as ReminderInbox keeps it.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    DesktopNotifier(QueueListModel& queues, ReportTableModel& reports, QSystemTrayIcon* tray,
                    QObject* parent = nullptr);
    ~DesktopNotifier() override;
    void check();
    // Tells the reminders to this agency that the cache receives, and those it holds but never told (checked
    // once the event loop runs, so that whoever listens to `notified` hears them).
    void watchReminders(LocalCache& cache, const QString& agencyCode);
    // A notification of the console's own (the reports due, R-22), on the desktop and to `notified`.
    void show(const QString& title, const QString& message);

signals:
    void notified(const QString& title, const QString& message); // also for tests and the status bar

private:
    QSet<QString> dueSoonReports() const;
    void checkReminders(const QStringList& reportIds);

    QueueListModel& m_queues;
    ReportTableModel& m_reports;
    QSystemTrayIcon* m_tray;
    QSet<QString> m_dueSoon;
    QHash<QString, int> m_counts;
    QHash<QString, int> m_overdue;
    bool m_primed = false;
    std::unique_ptr<ReminderInbox> m_reminders;
};

} // namespace paht::ui
