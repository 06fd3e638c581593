#include "items/ReportFilter.h"

#include "calendar/WorkingCalendar.h"
#include "items/ReportTableModel.h"

namespace paht {

namespace {

bool holds(const Report& report, const QString& agencyCode)
{
    const Assignment* assignment = report.assignmentFor(agencyCode);
    return assignment && assignment->state != AssignmentState::ReturnedToCenter;
}

} // namespace

ReportFilter::ReportFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    // The most urgent first until the user sorts by another column.
    sort(ReportTableModel::DeadlineColumn, Qt::AscendingOrder);
}

void ReportFilter::setSourceModel(QAbstractItemModel* source)
{
    m_table = qobject_cast<const ReportTableModel*>(source);
    Q_ASSERT_X(!source || m_table, "ReportFilter", "the source must be a ReportTableModel");
    QSortFilterProxyModel::setSourceModel(source);
}

void ReportFilter::setQueue(const Queue& queue)
{
    m_queue = queue;
    invalidateFilter();
}

void ReportFilter::clearQueue()
{
    setQueue(Queue());
}

void ReportFilter::setCategory(const QString& categoryCode)
{
    m_category = categoryCode;
    invalidateFilter();
}

void ReportFilter::setAgency(const QString& agencyCode)
{
    m_agency = agencyCode;
    invalidateFilter();
}

void ReportFilter::setCommune(const QString& communeCode)
{
    m_commune = communeCode;
    invalidateFilter();
}

void ReportFilter::setStates(const QList<ReportState>& states)
{
    m_states = states;
    invalidateFilter();
}

void ReportFilter::setPeriod(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void ReportFilter::setConfidentiality(std::optional<Confidentiality> level)
{
    m_confidentiality = level;
    invalidateFilter();
}

void ReportFilter::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void ReportFilter::setSearchResults(const QStringList& reportIds)
{
    m_searchHits = QSet<QString>(reportIds.cbegin(), reportIds.cend());
    invalidateFilter();
}

void ReportFilter::clearSearch()
{
    m_searchHits.reset();
    invalidateFilter();
}

bool ReportFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_table || sourceParent.isValid())
        return false;
    const Report& report = m_table->reportAt(sourceRow);
    if (m_searchHits && !m_searchHits->contains(report.id))
        return false;
    if (!m_category.isEmpty() && report.categoryCode != m_category)
        return false;
    if (!m_agency.isEmpty() && !holds(report, m_agency))
        return false;
    if (!m_commune.isEmpty() && report.location.communeCode != m_commune)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(report.state))
        return false;
    if (m_confidentiality && report.confidentiality != *m_confidentiality)
        return false;
    if (m_overdueOnly && !m_table->isOverdueAt(sourceRow))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate received = WorkingCalendar::localDate(report.receivedAt);
        if ((m_from.isValid() && received < m_from) || (m_to.isValid() && received > m_to))
            return false;
    }
    return !m_queue.predicate || m_queue.includes(report, m_table->viewer(), m_table->now());
}

// Urgency for the deadline, instants for the received time, the number as written; other columns by
// their text. Ties fall back to the report number so that the order is stable.
bool ReportFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const Report& a = m_table->reportAt(left.row());
    const Report& b = m_table->reportAt(right.row());
    switch (left.column()) {
    case ReportTableModel::DeadlineColumn: {
        const qint64 urgencyA = m_table->deadlineAt(left.row()).urgencyKey();
        const qint64 urgencyB = m_table->deadlineAt(right.row()).urgencyKey();
        if (urgencyA != urgencyB)
            return urgencyA < urgencyB;
        break;
    }
    case ReportTableModel::ReceivedColumn:
        if (a.receivedAt != b.receivedAt)
            return a.receivedAt < b.receivedAt;
        break;
    case ReportTableModel::NumberColumn:
        break;
    default: {
        const int order = QString::localeAwareCompare(left.data().toString(), right.data().toString());
        if (order != 0)
            return order < 0;
        break;
    }
    }
    return a.id < b.id;
}

} // namespace paht
