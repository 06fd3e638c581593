#include "items/CacheFeed.h"

#include "cache/LocalCache.h"
#include "items/AssignmentModel.h"
#include "items/QueueListModel.h"
#include "items/ReportTableModel.h"
#include "items/TimelineModel.h"

namespace paht {

CacheFeed::CacheFeed(const LocalCache& cache, QObject* parent) : QObject(parent), m_cache(cache)
{
    connect(&cache, &LocalCache::reportsChanged, this, &CacheFeed::onReportsChanged);
}

void CacheFeed::feed(ReportTableModel* model)
{
    m_tables.append(model);
    model->setReports(m_cache.reports());
}

void CacheFeed::feed(QueueListModel* model)
{
    m_queues.append(model);
    model->setReports(m_cache.reports());
}

void CacheFeed::feed(TimelineModel* model)
{
    m_timelines.append(model);
    reloadDetail();
}

void CacheFeed::feed(AssignmentModel* model)
{
    m_assignments.append(model);
    reloadDetail();
}

void CacheFeed::show(const QString& reportId)
{
    m_shown = reportId;
    reloadDetail();
}

void CacheFeed::reloadAll()
{
    const QList<Report> reports = m_cache.reports();
    for (const auto& table : std::as_const(m_tables)) {
        if (table)
            table->setReports(reports);
    }
    for (const auto& queues : std::as_const(m_queues)) {
        if (queues)
            queues->setReports(reports);
    }
    reloadDetail();
}

// A report that went (revoked) clears the detail models rather than showing stale content.
void CacheFeed::reloadDetail()
{
    const std::optional<Report> report = m_shown.isEmpty() ? std::nullopt : m_cache.report(m_shown);
    const QList<Event> events = report ? m_cache.events(m_shown) : QList<Event>();
    for (const auto& timeline : std::as_const(m_timelines)) {
        if (timeline)
            timeline->setEvents(report ? m_shown : QString(), events);
    }
    for (const auto& assignments : std::as_const(m_assignments)) {
        if (!assignments)
            continue;
        if (report)
            assignments->setReport(*report);
        else
            assignments->clear();
    }
}

void CacheFeed::onReportsChanged(const QStringList& reportIds)
{
    if (reportIds.isEmpty()) {
        reloadAll();
        return;
    }
    QList<Report> changed;
    QStringList removed;
    for (const QString& id : reportIds) {
        if (std::optional<Report> report = m_cache.report(id))
            changed.append(std::move(*report));
        else
            removed.append(id);
    }
    for (const auto& table : std::as_const(m_tables)) {
        if (table)
            table->applyChanges(changed, removed);
    }
    for (const auto& queues : std::as_const(m_queues)) {
        if (queues)
            queues->applyChanges(changed, removed);
    }
    if (!m_shown.isEmpty() && reportIds.contains(m_shown))
        reloadDetail();
}

} // namespace paht
