#include "items/AssignmentModel.h"

#include "items/DisplayNames.h"

#include <QBrush>

namespace paht {

AssignmentModel::AssignmentModel(const DeadlineGauge& gauge, QObject* parent)
    : QAbstractListModel(parent), m_gauge(gauge)
{}

void AssignmentModel::setDirectory(const Directory& directory)
{
    m_directory = directory;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

// A dispatch only ever appends assignments (a re-dispatch reuses the agency's row), so the same report's
// rows keep their places.
void AssignmentModel::setReport(const Report& report)
{
    const QList<Assignment>& fresh = report.assignments;
    bool samePlaces = report.id == m_reportId && fresh.size() >= m_rows.size();
    for (int row = 0; samePlaces && row < m_rows.size(); ++row)
        samePlaces = m_rows.at(row).assignment.agencyCode == fresh.at(row).agencyCode;
    if (!samePlaces) {
        beginResetModel();
        m_reportId = report.id;
        m_rows.clear();
        for (const Assignment& assignment : fresh)
            m_rows.append({assignment, m_gauge.forAssignment(assignment, m_now)});
        endResetModel();
        return;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        Row updated{fresh.at(row), m_gauge.forAssignment(fresh.at(row), m_now)};
        if (updated.assignment == m_rows.at(row).assignment && updated.deadline == m_rows.at(row).deadline)
            continue;
        m_rows[row] = std::move(updated);
        emit dataChanged(index(row), index(row));
    }
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        for (qsizetype row = m_rows.size(); row < fresh.size(); ++row)
            m_rows.append({fresh.at(row), m_gauge.forAssignment(fresh.at(row), m_now)});
        endInsertRows();
    }
}

void AssignmentModel::clear()
{
    beginResetModel();
    m_reportId.clear();
    m_rows.clear();
    endResetModel();
}

void AssignmentModel::refresh(const QDateTime& now)
{
    m_now = now;
    for (int row = 0; row < m_rows.size(); ++row) {
        const DeadlineIndicator deadline = m_gauge.forAssignment(m_rows.at(row).assignment, now);
        if (deadline == m_rows.at(row).deadline)
            continue;
        m_rows[row].deadline = deadline;
        emit dataChanged(index(row), index(row));
    }
}

QString AssignmentModel::agencyName(const QString& code) const
{
    const auto found = m_directory.agencies.constFind(code);
    return found == m_directory.agencies.constEnd() ? code : found->name;
}

int AssignmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssignmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const DeadlineIndicator& deadline = row.deadline;
    switch (role) {
    case Qt::DisplayRole:
        if (!deadline.valid)
            //: An agency and its assignment's state, e.g. "Sở Xây dựng — Đang xử lý"
            return tr("%1 — %2").arg(agencyName(row.assignment.agencyCode),
                                     displayName(row.assignment.state));
        //: An agency, its assignment's state and deadline, e.g. "Sở Xây dựng — Đang xử lý — còn 3 giờ làm
        //: việc"
        return tr("%1 — %2 — %3")
            .arg(agencyName(row.assignment.agencyCode), displayName(row.assignment.state), deadline.text());
    case Qt::DecorationRole:
        return deadline.valid ? QVariant(deadline.color()) : QVariant();
    case Qt::ForegroundRole:
        return deadline.valid ? QVariant(QBrush(deadline.color())) : QVariant();
    case AgencyCodeRole:
        return row.assignment.agencyCode;
    case AgencyNameRole:
        return agencyName(row.assignment.agencyCode);
    case StateRole:
        return static_cast<int>(row.assignment.state);
    case StateTextRole:
        return displayName(row.assignment.state);
    case StageStatusRole:
        return deadline.valid ? static_cast<int>(deadline.status) : -1;
    case DeadlineTextRole:
        return deadline.text();
    case DeadlineIconRole:
        return deadline.iconName();
    case UrgencyRole:
        return deadline.urgencyKey();
    case RemindersRole:
        return row.assignment.reminders;
    default:
        return {};
    }
}

QHash<int, QByteArray> AssignmentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AgencyCodeRole, "agencyCode");
    names.insert(AgencyNameRole, "agencyName");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(StageStatusRole, "stageStatus");
    names.insert(DeadlineTextRole, "deadlineText");
    names.insert(DeadlineIconRole, "deadlineIcon");
    names.insert(UrgencyRole, "urgency");
    names.insert(RemindersRole, "reminders");
    return names;
}

} // namespace paht
