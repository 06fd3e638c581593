#include "items/ReportTableModel.h"

#include "calendar/WorkingCalendar.h"
#include "items/DisplayNames.h"

#include <QBrush>
#include <QSet>

#include <algorithm>

namespace paht {

ReportTableModel::ReportTableModel(const DeadlineGauge& gauge, QObject* parent)
    : QAbstractTableModel(parent), m_gauge(gauge)
{}

void ReportTableModel::setViewer(const Viewer& viewer)
{
    m_viewer = viewer;
    rereadAll();
}

void ReportTableModel::setDirectory(const Directory& directory)
{
    m_directory = directory;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReportTableModel::setCommuneNames(const QHash<QString, QString>& codeToName)
{
    m_communeNames = codeToName;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CommuneColumn), index(rowCount() - 1, CommuneColumn));
}

void ReportTableModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ReceivedColumn), index(rowCount() - 1, ReceivedColumn));
}

ReportTableModel::Row ReportTableModel::makeRow(const Report& report) const
{
    return {report, m_gauge.forReport(report, m_viewer, m_now), m_gauge.isOverdue(report, m_viewer, m_now),
            m_gauge.overdueAgencies(report, m_now)};
}

void ReportTableModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).report.id, row);
}

void ReportTableModel::setReports(const QList<Report>& reports)
{
    beginResetModel();
    m_rows.clear();
    for (const Report& report : reports)
        m_rows.append(makeRow(report));
    reindex();
    endResetModel();
}

void ReportTableModel::applyChanges(const QList<Report>& changed, const QStringList& removedIds)
{
    if (changed.size() + removedIds.size() > kResetThreshold) {
        const QSet<QString> gone(removedIds.cbegin(), removedIds.cend());
        QList<Report> merged;
        for (const Row& row : std::as_const(m_rows)) {
            if (!gone.contains(row.report.id))
                merged.append(row.report);
        }
        QHash<QString, int> position;
        for (int i = 0; i < merged.size(); ++i)
            position.insert(merged.at(i).id, i);
        for (const Report& report : changed) {
            const int at = position.value(report.id, -1);
            if (at >= 0) {
                merged[at] = report;
            } else {
                position.insert(report.id, int(merged.size()));
                merged.append(report);
            }
        }
        setReports(merged);
        return;
    }
    for (const QString& id : removedIds) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        reindex();
        endRemoveRows();
    }
    for (const Report& report : changed) {
        const int row = rowOf(report.id);
        if (row >= 0) {
            m_rows[row] = makeRow(report);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows.append(makeRow(report));
        m_rowOf.insert(report.id, last);
        endInsertRows();
    }
}

void ReportTableModel::refresh(const QDateTime& now)
{
    m_now = now;
    rereadAll();
}

// Signals runs of consecutive changed rows, so a minute's tick costs a few signals, not one per row.
void ReportTableModel::rereadAll()
{
    int runStart = -1;
    const auto flush = [this, &runStart](int end) {
        if (runStart >= 0)
            emit dataChanged(index(runStart, 0), index(end, ColumnCount - 1));
        runStart = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        Row fresh = makeRow(m_rows.at(row).report);
        const Row& old = m_rows.at(row);
        const bool changed = fresh.deadline != old.deadline || fresh.overdue != old.overdue ||
                             fresh.overdueAgencies != old.overdueAgencies;
        m_rows[row] = std::move(fresh);
        if (changed && runStart < 0)
            runStart = row;
        if (!changed)
            flush(row - 1);
    }
    flush(int(m_rows.size()) - 1);
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportTableModel::categoryName(const QString& code) const
{
    const auto found = m_directory.categories.constFind(code);
    return found == m_directory.categories.constEnd() ? code : found->name;
}

// The agencies that hold the report now; one that returned it no longer does.
QString ReportTableModel::agencyNames(const Report& report) const
{
    QStringList names;
    for (const Assignment& assignment : report.assignments) {
        if (assignment.state == AssignmentState::ReturnedToCenter)
            continue;
        const auto found = m_directory.agencies.constFind(assignment.agencyCode);
        names << (found == m_directory.agencies.constEnd() ? assignment.agencyCode : found->name);
    }
    return names.join(QStringLiteral(", "));
}

QString ReportTableModel::deadlineToolTip(const DeadlineIndicator& deadline) const
{
    if (!deadline.valid)
        return {};
    const QString when =
        m_locale.toString(deadline.deadline.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
    //: Tooltip of the deadline badge: step, status, deadline. Glossary: Hạn xử lý → "%1 · %2 · hạn %3"
    return tr("%1 · %2 · due %3").arg(displayName(deadline.stage), displayName(deadline.status), when);
}

QVariant ReportTableModel::display(const Row& row, int column) const
{
    const Report& report = row.report;
    switch (column) {
    case NumberColumn:
        return report.id;
    case TitleColumn:
        return report.title;
    case CategoryColumn:
        return categoryName(report.categoryCode);
    case CommuneColumn:
        return m_communeNames.value(report.location.communeCode, report.location.communeCode);
    case AgenciesColumn:
        return agencyNames(report);
    case StateColumn:
        return displayName(report.state);
    case ReceivedColumn:
        return m_locale.toString(report.receivedAt.toTimeZone(WorkingCalendar::timeZone()),
                                 QLocale::ShortFormat);
    case DeadlineColumn:
        return row.deadline.text();
    default:
        return {};
    }
}

QVariant ReportTableModel::rowRole(const Row& row, int role) const
{
    switch (role) {
    case ReportIdRole:
        return row.report.id;
    case VersionRole:
        return row.report.version;
    case StageStatusRole:
        return row.deadline.valid ? static_cast<int>(row.deadline.status) : -1;
    case UrgencyRole:
        return row.deadline.urgencyKey();
    case DeadlineIconRole:
        return row.deadline.iconName();
    case OverdueRole:
        return row.overdue;
    case ReceivedAtRole:
        return row.report.receivedAt;
    case StateRole:
        return static_cast<int>(row.report.state);
    default:
        return {};
    }
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role >= ReportIdRole)
        return rowRole(row, role);
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (index.column() != DeadlineColumn || !row.deadline.valid)
        return {};
    switch (role) {
    case Qt::DecorationRole:
        return row.deadline.color();
    case Qt::ForegroundRole:
        return QBrush(row.deadline.color());
    case Qt::ToolTipRole:
        return deadlineToolTip(row.deadline);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        //: Column: the report number. Vietnamese: Số phản ánh
        return tr("Number");
    case TitleColumn:
        //: Column. Vietnamese: Tiêu đề
        return tr("Title");
    case CategoryColumn:
        //: Column. Glossary: Lĩnh vực
        return tr("Category");
    case CommuneColumn:
        //: Column: where the problem is. Vietnamese: Phường/xã
        return tr("Ward/commune");
    case AgenciesColumn:
        //: Column. Glossary: Cơ quan xử lý
        return tr("Handling agency");
    case StateColumn:
        //: Column. Vietnamese: Trạng thái
        return tr("State");
    case ReceivedColumn:
        //: Column: when the report arrived. Glossary: Tiếp nhận → "Thời gian tiếp nhận"
        return tr("Received");
    case DeadlineColumn:
        //: Column. Glossary: Hạn xử lý
        return tr("Deadline");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QHash<int, QByteArray> ReportTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReportIdRole, "reportId");
    names.insert(VersionRole, "version");
    names.insert(StageStatusRole, "stageStatus");
    names.insert(UrgencyRole, "urgency");
    names.insert(DeadlineIconRole, "deadlineIcon");
    names.insert(OverdueRole, "overdue");
    names.insert(ReceivedAtRole, "receivedAt");
    names.insert(StateRole, "state");
    return names;
}

} // namespace paht
