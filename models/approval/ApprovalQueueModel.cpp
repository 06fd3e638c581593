#include "approval/ApprovalQueueModel.h"

#include "calendar/WorkingCalendar.h"
#include "items/DisplayNames.h"

#include <QBrush>
#include <QSet>

namespace paht {

namespace {

bool hasResult(const Assignment* assignment)
{
    return assignment && !assignment->resultRevisions.isEmpty();
}

} // namespace

ApprovalQueueModel::ApprovalQueueModel(const DeadlineGauge& gauge, QObject* parent)
    : QAbstractTableModel(parent), m_gauge(gauge)
{}

void ApprovalQueueModel::setAgency(const QString& agencyCode)
{
    if (agencyCode == m_agency)
        return;
    m_agency = agencyCode;
    beginResetModel();
    m_candidates.clear();
    m_rows.clear();
    endResetModel();
}

void ApprovalQueueModel::setDirectory(const Directory& directory)
{
    m_directory = directory;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AgencyColumn), index(rowCount() - 1, AgencyColumn));
}

void ApprovalQueueModel::setUsers(const QList<User>& users)
{
    m_displayNames.clear();
    for (const User& user : users) {
        if (!user.displayName.isEmpty())
            m_displayNames.insert(user.username, user.displayName);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SpecialistColumn), index(rowCount() - 1, SpecialistColumn));
}

void ApprovalQueueModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SubmittedColumn), index(rowCount() - 1, SubmittedColumn));
}

void ApprovalQueueModel::setShowDecided(bool show)
{
    if (show == m_showDecided)
        return;
    m_showDecided = show;
    reapply();
}

void ApprovalQueueModel::setReports(const QList<Report>& reports)
{
    m_candidates.clear();
    for (const Report& report : reports) {
        if (hasResult(report.assignmentFor(m_agency)))
            m_candidates.append(report);
    }
    reapply();
}

void ApprovalQueueModel::refresh(const QDateTime& now)
{
    m_now = now;
    for (int row = 0; row < m_rows.size(); ++row) {
        const DeadlineIndicator deadline = deadlineOf(m_rows.at(row).report);
        if (deadline == m_rows.at(row).deadline)
            continue;
        m_rows[row].deadline = deadline;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

// Awaiting results always; with "show decided", also the ones the leader approved or sent back.
bool ApprovalQueueModel::wanted(const Report& report) const
{
    const Assignment* assignment = report.assignmentFor(m_agency);
    if (!hasResult(assignment))
        return false;
    switch (assignment->state) {
    case AssignmentState::AwaitingApproval:
        return true;
    case AssignmentState::Approved:
    case AssignmentState::Rework:
        return m_showDecided;
    default:
        return false;
    }
}

DeadlineIndicator ApprovalQueueModel::deadlineOf(const Report& report) const
{
    const Assignment* assignment = report.assignmentFor(m_agency);
    if (!assignment || !assignment->approval)
        return {};
    return m_gauge.read(*assignment->approval, m_agency, m_now);
}

void ApprovalQueueModel::reapply()
{
    QList<const Report*> fresh;
    QSet<QString> freshIds;
    for (const Report& report : std::as_const(m_candidates)) {
        if (wanted(report)) {
            fresh.append(&report);
            freshIds.insert(report.id);
        }
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_rows.at(row).report.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QHash<QString, int> rowOfId;
    for (int row = 0; row < m_rows.size(); ++row)
        rowOfId.insert(m_rows.at(row).report.id, row);
    for (const Report* report : std::as_const(fresh)) {
        Row updated{*report, deadlineOf(*report)};
        const int row = rowOfId.value(report->id, -1);
        if (row >= 0) {
            if (updated.report == m_rows.at(row).report && updated.deadline == m_rows.at(row).deadline)
                continue;
            m_rows[row] = std::move(updated);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows.append(std::move(updated));
        endInsertRows();
    }
}

int ApprovalQueueModel::rowOf(const QString& reportId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).report.id == reportId)
            return row;
    }
    return -1;
}

const Assignment& ApprovalQueueModel::assignmentAt(int row) const
{
    return *m_rows.at(row).report.assignmentFor(m_agency);
}

const ResultRevision* ApprovalQueueModel::lastSubmission(int row) const
{
    const QList<ResultRevision>& revisions = assignmentAt(row).resultRevisions;
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->kind == ResultRevision::Kind::Submitted)
            return &*it;
    }
    return nullptr;
}

QString ApprovalQueueModel::specialistAt(int row) const
{
    const ResultRevision* submission = lastSubmission(row);
    if (!submission)
        return {};
    return m_displayNames.value(submission->by, submission->by);
}

QDateTime ApprovalQueueModel::submittedAt(int row) const
{
    const ResultRevision* submission = lastSubmission(row);
    return submission ? submission->at : QDateTime();
}

int ApprovalQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::display(int row, int column) const
{
    const Report& report = m_rows.at(row).report;
    switch (column) {
    case NumberColumn:
        return report.id;
    case TitleColumn:
        return report.title;
    case AgencyColumn: {
        const auto found = m_directory.agencies.constFind(m_agency);
        return found == m_directory.agencies.constEnd() ? m_agency : found->name;
    }
    case SpecialistColumn:
        return specialistAt(row);
    case SubmittedColumn:
        return m_locale.toString(submittedAt(row).toTimeZone(WorkingCalendar::timeZone()),
                                 QLocale::ShortFormat);
    case DeadlineColumn:
        return m_rows.at(row).deadline.text();
    case StateColumn:
        return displayName(assignmentAt(row).state);
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::sortKey(int row, int column) const
{
    switch (column) {
    case SubmittedColumn:
        return submittedAt(row);
    case DeadlineColumn:
        return m_rows.at(row).deadline.urgencyKey();
    case StateColumn:
        return static_cast<int>(assignmentAt(row).state);
    default:
        return display(row, column);
    }
}

QVariant ApprovalQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const DeadlineIndicator& deadline = m_rows.at(row).deadline;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case ReportIdRole:
        return m_rows.at(row).report.id;
    case AwaitingRole:
        return assignmentAt(row).state == AssignmentState::AwaitingApproval;
    case StageStatusRole:
        return deadline.valid ? static_cast<int>(deadline.status) : -1;
    case UrgencyRole:
        return deadline.urgencyKey();
    case SortRole:
        return sortKey(row, index.column());
    default:
        break;
    }
    if (index.column() != DeadlineColumn || !deadline.valid)
        return {};
    switch (role) {
    case Qt::DecorationRole:
        return deadline.color();
    case Qt::ForegroundRole:
        return QBrush(deadline.color());
    case Qt::ToolTipRole:
        //: Tooltip of the approval deadline (R-12). Glossary: Hạn xử lý → "Hạn phê duyệt: %1"
        return tr("Approval due %1")
            .arg(m_locale.toString(deadline.deadline.toTimeZone(WorkingCalendar::timeZone()),
                                   QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        //: Column: the report number. Vietnamese: Số phản ánh
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case AgencyColumn:
        //: Column. Glossary: Cơ quan xử lý
        return tr("Handling agency");
    case SpecialistColumn:
        //: Column: who wrote the result. Glossary: Chuyên viên
        return tr("Specialist");
    case SubmittedColumn:
        //: Column: when the result was submitted for approval. Vietnamese: Thời gian trình
        return tr("Submitted");
    case DeadlineColumn:
        //: Column: the leader's deadline (R-12). Glossary: Hạn xử lý → "Hạn phê duyệt"
        return tr("Approval deadline");
    case StateColumn:
        return tr("State");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QHash<int, QByteArray> ApprovalQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReportIdRole, "reportId");
    names.insert(AwaitingRole, "awaiting");
    names.insert(StageStatusRole, "stageStatus");
    names.insert(UrgencyRole, "urgency");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace paht
