#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace paht {
class QueueListModel;
class ReportTableModel;
} // namespace paht

namespace paht::ui {

// A desktop notification when the user's queues gain items, when deadlines come close (due soon) and when
// they pass;
// the first counts after login set the baseline, so logging in does not flood the desktop.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    DesktopNotifier(QueueListModel& queues, ReportTableModel& reports, QSystemTrayIcon* tray,
                    QObject* parent = nullptr);
    void check();

signals:
    void notified(const QString& title, const QString& message); // also for tests and the status bar

private:
    QSet<QString> dueSoonReports() const;

    QueueListModel& m_queues;
    ReportTableModel& m_reports;
    QSystemTrayIcon* m_tray;
    QSet<QString> m_dueSoon;
    QHash<QString, int> m_counts;
    QHash<QString, int> m_overdue;
    bool m_primed = false;
};

} // namespace paht::ui
