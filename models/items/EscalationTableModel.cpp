#include "items/EscalationTableModel.h"

#include "calendar/WorkingCalendar.h"

#include <algorithm>

namespace paht {

EscalationTableModel::EscalationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EscalationTableModel::setUsers(const QList<User>& users)
{
    m_displayNames.clear();
    for (const User& user : users) {
        if (!user.displayName.isEmpty())
            m_displayNames.insert(user.username, user.displayName);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EscalationTableModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EscalationTableModel::setReports(const QList<Report>& reports)
{
    QList<Row> rows;
    for (const Report& report : reports) {
        if (report.escalation)
            rows << Row{report.id, report.title, *report.escalation};
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.escalation.isActive() != b.escalation.isActive())
            return a.escalation.isActive();
        if (a.escalation.at != b.escalation.at)
            return a.escalation.at > b.escalation.at;
        return a.reportId < b.reportId;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int EscalationTableModel::openCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const Row& row) { return row.escalation.isActive(); }));
}

int EscalationTableModel::rowOf(const QString& reportId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).reportId == reportId)
            return row;
    }
    return -1;
}

QString EscalationTableModel::who(const QString& username) const
{
    return m_displayNames.value(username, username);
}

QString EscalationTableModel::when(const QDateTime& at) const
{
    return m_locale.toString(at.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
}

int EscalationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EscalationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Escalation& escalation = row.escalation;
    if (role == ReportIdRole)
        return row.reportId;
    if (role == OpenRole)
        return escalation.isActive();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return row.reportId;
    case TitleColumn:
        return row.title;
    case StatusColumn:
        return escalation.isActive()
                   //: An escalation to the Provincial People's Committee that still stands. Vietnamese: Chờ
                   //: UBND tỉnh
                   ? tr("Awaiting the committee")
                   //: The committee has given its direction. Vietnamese: Đã có ý kiến chỉ đạo
                   : tr("Resolved");
    case EscalatedColumn:
        //: When and by whom; %1 a date and time, %2 a person. Vietnamese: "%1 · %2"
        return tr("%1 · %2").arg(when(escalation.at), who(escalation.by));
    case NoteColumn:
        return escalation.note;
    case ResolvedColumn:
        return escalation.isActive()
                   ? QString()
                   : tr("%1 · %2").arg(when(escalation.resolvedAt), who(escalation.resolvedBy));
    case ResolutionColumn:
        return escalation.resolutionNote;
    default:
        return {};
    }
}

QVariant EscalationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case StatusColumn:
        //: Column. Vietnamese: Tình trạng
        return tr("Status");
    case EscalatedColumn:
        //: Column. Glossary: Báo cáo UBND tỉnh → "Báo cáo UBND tỉnh (lúc, người báo cáo)"
        return tr("Escalated (when, by)");
    case NoteColumn:
        //: Column: why it was escalated. Glossary: Báo cáo UBND tỉnh → "Nội dung báo cáo UBND tỉnh"
        return tr("Escalation note");
    case ResolvedColumn:
        //: Column. Vietnamese: "Có ý kiến chỉ đạo (lúc, người ghi nhận)"
        return tr("Resolved (when, by)");
    case ResolutionColumn:
        //: Column. Vietnamese: "Ý kiến chỉ đạo của UBND tỉnh"
        return tr("Committee's direction");
    default:
        return {};
    }
}

} // namespace paht
