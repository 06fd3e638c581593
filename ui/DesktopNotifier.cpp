#include "DesktopNotifier.h"

#include "cache/LocalCache.h"
#include "calendar/StageTiming.h"
#include "items/QueueListModel.h"
#include "items/ReminderInbox.h"
#include "items/ReportTableModel.h"

#include <QSystemTrayIcon>
#include <QTimer>
#include <algorithm>

namespace paht::ui {

DesktopNotifier::DesktopNotifier(QueueListModel& queues, ReportTableModel& reports, QSystemTrayIcon* tray,
                                 QObject* parent)
    : QObject(parent), m_queues(queues), m_reports(reports), m_tray(tray)
{
    connect(&m_queues, &QAbstractItemModel::dataChanged, this, &DesktopNotifier::check);
    connect(&m_queues, &QAbstractItemModel::modelReset, this, &DesktopNotifier::check);
    connect(&m_queues, &QAbstractItemModel::rowsInserted, this, &DesktopNotifier::check);
    connect(&m_reports, &QAbstractItemModel::dataChanged, this, &DesktopNotifier::check);
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::watchReminders(LocalCache& cache, const QString& agencyCode)
{
    m_reminders = std::make_unique<ReminderInbox>(cache, agencyCode);
    connect(&cache, &LocalCache::reportsChanged, this, &DesktopNotifier::checkReminders);
    QTimer::singleShot(0, this, [this] { checkReminders({}); });
}

void DesktopNotifier::checkReminders(const QStringList& reportIds)
{
    const QList<ReminderNotice> notices = m_reminders->takeNew(reportIds);
    if (notices.isEmpty())
        return;
    QStringList lines;
    for (const ReminderNotice& notice : notices) {
        //: One reminded report in a notification; %1 its number, %2 the center's note or the report's title.
        //: Vietnamese: "%1: %2"
        lines << tr("%1: %2").arg(notice.reportId, notice.note.isEmpty() ? notice.title : notice.note);
    }
    //: Notification title (R-24). Glossary: Nhắc nhở, đôn đốc → "Trung tâm nhắc nhở, đôn đốc"
    show(tr("Reminder from the Operations Center"), lines.join(QLatin1Char('\n')));
}

void DesktopNotifier::show(const QString& title, const QString& message)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    emit notified(title, message);
}

QSet<QString> DesktopNotifier::dueSoonReports() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_reports.rowCount(); ++row) {
        const QModelIndex index = m_reports.index(row, 0);
        if (index.data(ReportTableModel::StageStatusRole).toInt() == static_cast<int>(StageStatus::DueSoon))
            ids.insert(index.data(ReportTableModel::ReportIdRole).toString());
    }
    return ids;
}

void DesktopNotifier::check()
{
    QStringList grown;
    int newlyOverdue = 0;
    for (int row = 0; row < m_queues.rowCount(); ++row) {
        const QModelIndex index = m_queues.index(row);
        const QString id = index.data(QueueListModel::IdRole).toString();
        const int count = index.data(QueueListModel::CountRole).toInt();
        const int overdue = index.data(QueueListModel::OverdueCountRole).toInt();
        if (m_primed && count > m_counts.value(id, 0) && id != QLatin1String("all"))
            grown.append(tr("%1: %n new", nullptr, count - m_counts.value(id, 0))
                             .arg(index.data(QueueListModel::TitleRole).toString()));
        if (m_primed && overdue > m_overdue.value(id, 0))
            newlyOverdue = std::max(newlyOverdue, overdue - m_overdue.value(id, 0));
        m_counts.insert(id, count);
        m_overdue.insert(id, overdue);
    }
    const QSet<QString> dueSoon = dueSoonReports();
    const qsizetype newlyDueSoon = m_primed ? (dueSoon - m_dueSoon).size() : 0;
    m_dueSoon = dueSoon;
    m_primed = true;
    if (!grown.isEmpty())
        show(tr("New reports in your queues"), grown.join(QLatin1Char('\n')));
    if (newlyDueSoon > 0)
        show(tr("Deadlines coming close"),
             tr("%n report(s) in your queues are due soon.", nullptr, static_cast<int>(newlyDueSoon)));
    if (newlyOverdue > 0)
        show(tr("Deadlines passed"),
             tr("%n report(s) in your queues became overdue.", nullptr, newlyOverdue));
}

} // namespace paht::ui
