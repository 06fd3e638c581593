#include "items/QueueListModel.h"

#include <QSet>

namespace paht {

QueueListModel::QueueListModel(const QueueCatalog& catalog, const DeadlineGauge& gauge, QObject* parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_gauge(gauge)
{
    recount();
}

void QueueListModel::setViewer(const Viewer& viewer)
{
    m_viewer = viewer;
    recount();
}

void QueueListModel::setAgencyNames(const QHash<QString, QString>& codeToName)
{
    m_agencyNames = codeToName;
    recount();
}

void QueueListModel::setReports(const QList<Report>& reports)
{
    m_reports.clear();
    for (const Report& report : reports)
        m_reports.insert(report.id, report);
    recount();
}

void QueueListModel::applyChanges(const QList<Report>& changed, const QStringList& removedIds)
{
    for (const QString& id : removedIds)
        m_reports.remove(id);
    for (const Report& report : changed)
        m_reports.insert(report.id, report);
    recount();
}

void QueueListModel::refresh(const QDateTime& now)
{
    m_now = now;
    recount();
}

Queue QueueListModel::queueAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).queue : Queue();
}

int QueueListModel::rowOf(const QString& queueId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).queue.id == queueId)
            return row;
    }
    return -1;
}

// The catalog keeps its queues in a fixed order, so the surviving rows keep theirs: drop the rows whose
// queue went, then walk the new list inserting what is new and updating what stayed. No reset, so the
// view keeps the user's selection.
void QueueListModel::recount()
{
    const QList<Report> reports = m_reports.values();
    QList<Row> fresh;
    for (const Queue& queue : m_catalog.queuesFor(m_viewer, reports, m_agencyNames, m_now))
        fresh.append({queue, 0, 0});
    for (const Report& report : reports) {
        const bool overdue = m_gauge.isOverdue(report, m_viewer, m_now);
        for (Row& row : fresh) {
            if (!row.queue.includes(report, m_viewer, m_now))
                continue;
            ++row.count;
            row.overdue += overdue ? 1 : 0;
        }
    }

    QSet<QString> freshIds;
    for (const Row& row : fresh)
        freshIds.insert(row.queue.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_rows.at(row).queue.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).queue.id == fresh.at(row).queue.id) {
            const bool changed = m_rows.at(row).count != fresh.at(row).count ||
                                 m_rows.at(row).overdue != fresh.at(row).overdue ||
                                 m_rows.at(row).queue.title != fresh.at(row).queue.title;
            m_rows[row] = fresh.at(row); // the predicate may capture new data even when counts stay
            if (changed)
                emit dataChanged(index(row), index(row));
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh.at(row));
        endInsertRows();
    }
    // Only when the order changed (an agency renamed): the old copies of moved rows are left at the end.
    if (m_rows.size() > fresh.size()) {
        beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
        m_rows.resize(fresh.size());
        endRemoveRows();
    }
}

QString QueueListModel::displayText(const Row& row) const
{
    if (row.overdue == 0)
        //: A queue with its count, e.g. "Mới (12)"
        return tr("%1 (%2)").arg(row.queue.title, QString::number(row.count));
    //: A queue with its count and how many are overdue, e.g. "Mới (12 · 3 quá hạn)". Glossary: Quá hạn
    return tr("%1 (%2 · %n overdue)", nullptr, row.overdue).arg(row.queue.title, QString::number(row.count));
}

int QueueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QueueListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row);
    case IdRole:
        return row.queue.id;
    case TitleRole:
        return row.queue.title;
    case CountRole:
        return row.count;
    case OverdueCountRole:
        return row.overdue;
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "queueId");
    names.insert(TitleRole, "title");
    names.insert(CountRole, "count");
    names.insert(OverdueCountRole, "overdueCount");
    return names;
}

} // namespace paht
