#include "items/NonWorkingDayModel.h"

#include <QHash>

namespace paht {

namespace {

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QString holidayName(const QString& key)
{
    return key.isEmpty() ? QString() : Holiday{key, QDate()}.displayName();
}

} // namespace

NonWorkingDayModel::NonWorkingDayModel(QObject* parent) : QAbstractTableModel(parent) {}

void NonWorkingDayModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void NonWorkingDayModel::setShowWeekends(bool show)
{
    if (show == m_showWeekends)
        return;
    m_showWeekends = show;
    rebuild();
}

void NonWorkingDayModel::setCalendar(const WorkingCalendar& calendar, int year)
{
    m_calendar = calendar;
    m_year = year;
    rebuild();
}

void NonWorkingDayModel::rebuild()
{
    beginResetModel();
    m_rows = m_year > 0 ? rowsOf(m_year) : QList<Row>();
    endResetModel();
}

QList<NonWorkingDayModel::Row> NonWorkingDayModel::rowsOf(int year) const
{
    // A swap may cross the new year, so the neighbours' decisions can name a weekend day of this year.
    QHash<QDate, WorkedRestDay> worked;
    for (int planYear = year - 1; planYear <= year + 1; ++planYear) {
        for (const WorkedRestDay& day : m_calendar.yearPlan(planYear).workedRestDays) {
            if (day.date.year() == year)
                worked.insert(day.date, day);
        }
    }
    QList<Row> rows;
    for (QDate date(year, 1, 1); date.isValid() && date.year() == year; date = date.addDays(1)) {
        if (const std::optional<DayOff> off = m_calendar.dayOff(date)) {
            if (off->reason != DayOffReason::Weekend || m_showWeekends)
                rows << Row{*off, false};
        } else if (isWeekend(date)) {
            const WorkedRestDay swap = worked.value(date);
            rows << Row{DayOff{date, DayOffReason::Weekend, QString(), swap.dayOff, swap.note}, true};
        }
    }
    return rows;
}

DayMark NonWorkingDayModel::markOn(const QDate& date) const
{
    const std::optional<DayOff> off = m_calendar.dayOff(date);
    if (!off)
        return isWeekend(date) ? DayMark::WorkedRestDay : DayMark::Working;
    switch (off->reason) {
    case DayOffReason::Weekend:
        return DayMark::Weekend;
    case DayOffReason::Holiday:
        return DayMark::Holiday;
    case DayOffReason::Override:
        return off->holidayKey.isEmpty() ? DayMark::DayOff : DayMark::Holiday;
    case DayOffReason::Compensatory:
    case DayOffReason::Swapped:
    case DayOffReason::Extra:
        return DayMark::DayOff;
    }
    return DayMark::DayOff;
}

int NonWorkingDayModel::rowOf(const QDate& date) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].day.date == date)
            return row;
    }
    return -1;
}

int NonWorkingDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NonWorkingDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NonWorkingDayModel::reasonText(DayOffReason reason)
{
    switch (reason) {
    case DayOffReason::Weekend:
        //: A day of the calendar preview. Vietnamese: "Nghỉ cuối tuần"
        return tr("Weekend");
    case DayOffReason::Holiday:
        //: A day of the calendar preview. Vietnamese: "Nghỉ lễ, Tết"
        return tr("Public holiday");
    case DayOffReason::Compensatory:
        //: Labour Code Art. 111(3). Vietnamese: "Nghỉ bù"
        return tr("Compensatory day off");
    case DayOffReason::Swapped:
        //: A weekday off in exchange for a weekend day worked. Vietnamese: "Nghỉ hoán đổi"
        return tr("Day off (swapped)");
    case DayOffReason::Extra:
        //: Vietnamese: "Nghỉ thêm theo thông báo"
        return tr("Extra day off");
    case DayOffReason::Override:
        //: Vietnamese: "Nghỉ theo danh sách của thông báo"
        return tr("Day off (listed by the notice)");
    }
    return {};
}

QString NonWorkingDayModel::dateText(const QDate& date) const
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString NonWorkingDayModel::detail(const Row& row) const
{
    const DayOff& day = row.day;
    QStringList parts;
    if (row.working) {
        //: A Saturday or Sunday worked. %1 the weekday taken off. Vietnamese: "Đi làm để nghỉ ngày %1"
        parts << tr("Worked in exchange for %1").arg(dateText(day.relatedDate));
    } else if (day.reason == DayOffReason::Compensatory) {
        //: %1 a holiday's name, %2 its date. Vietnamese: "Nghỉ bù cho %1 (%2)"
        parts << tr("Makes up for %1 (%2)").arg(holidayName(day.holidayKey), dateText(day.relatedDate));
    } else if (day.reason == DayOffReason::Swapped) {
        //: %1 the Saturday or Sunday worked instead. Vietnamese: "Đi làm bù vào %1"
        parts << tr("Worked instead on %1").arg(dateText(day.relatedDate));
    } else if (!day.holidayKey.isEmpty()) {
        parts << holidayName(day.holidayKey);
    }
    if (!day.note.isEmpty())
        parts << day.note;
    return parts.join(QStringLiteral(" · "));
}

QVariant NonWorkingDayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case DateRole:
        return row.day.date;
    case ReasonRole:
        return row.working ? QStringLiteral("worked") : dayOffReasonName(row.day.reason);
    case WorkingRole:
        return row.working;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return dateText(row.day.date);
    case WeekdayColumn:
        return m_locale.dayName(row.day.date.dayOfWeek());
    case StatusColumn:
        //: A Saturday or Sunday worked in exchange for a weekday off. Vietnamese: "Làm việc (hoán đổi)"
        return row.working ? tr("Working day (swapped)") : reasonText(row.day.reason);
    case DetailColumn:
        return detail(row);
    }
    return {};
}

QVariant NonWorkingDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        //: Vietnamese: "Ngày"
        return tr("Date");
    case WeekdayColumn:
        //: Day of the week. Vietnamese: "Thứ"
        return tr("Weekday");
    case StatusColumn:
        //: Vietnamese: "Loại ngày"
        return tr("Status");
    case DetailColumn:
        //: Vietnamese: "Chi tiết"
        return tr("Details");
    }
    return {};
}

} // namespace paht
