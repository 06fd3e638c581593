#pragma once

#include "calendar/CalendarOverrides.h"
#include "calendar/CalendarYear.h"
#include "calendar/HolidayCalendar.h"
#include "calendar/WorkingHours.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace paht {

// A stretch of working time as instants (UTC).
struct WorkingInterval
{
    QDateTime start;
    QDateTime end;

    friend bool operator==(const WorkingInterval& a, const WorkingInterval& b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

// Which days and hours are working time (requirements, "Time rules used by every deadline"): Monday to
// Friday within the office hours of the season, except public holidays, compensatory days and the days
// the yearly table takes off; plus the weekend days it makes worked.
//
// A WorkingCalendar is immutable: to change the table or the hours, build a new one. Copies share a
// thread-safe cache of the per-year day lists, so a calendar can serve several threads.
//
// JSON (the administrator's calendar settings): {"workingHours": {WorkingHours}, "overrides":
// {CalendarOverrides}}.
class WorkingCalendar
{
public:
    // The Labour Code rules without a yearly table, and the standard office hours.
    WorkingCalendar();
    WorkingCalendar(CalendarOverrides overrides, WorkingHours hours);
    // The regulation's defaults as shipped: the embedded table (:/paht/calendar-overrides.json) and the
    // standard office hours.
    static WorkingCalendar regulationDefaults();
    static WorkingCalendar fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;

    static QTimeZone timeZone() { return WorkingHours::timeZone(); }
    // The calendar date, in the working-time zone, of an instant.
    static QDate localDate(const QDateTime& instant);

    bool isWorkingDay(const QDate& date) const;
    // Why `date` is not a working day; nothing when it is one.
    std::optional<DayOff> dayOff(const QDate& date) const;
    // The office hours of `date` in local time; empty when the day does not work.
    QList<WorkingPeriod> workingHoursOn(const QDate& date) const;
    // The same as instants (UTC).
    QList<WorkingInterval> workingPeriods(const QDate& date) const;

    // Every non-working day of the solar year `year`, weekends included, one entry per date, by date. A
    // date with several reasons shows the strongest: override, holiday, compensatory, swapped, extra,
    // weekend (so a holiday on a Sunday reads as the holiday).
    QList<DayOff> nonWorkingDays(int year) const;
    // What the rules and the table decide for `year` (holidays even on weekends, compensatory days,
    // swaps): the administrator's preview and `calendar --year Y`.
    CalendarYear yearPlan(int year) const { return m_holidays.year(year); }

    const WorkingHours& workingHours() const { return m_hours; }
    const CalendarOverrides& overrides() const { return m_holidays.overrides(); }
    const HolidayCalendar& holidays() const { return m_holidays; }

private:
    struct YearIndex;
    class Cache;
    std::shared_ptr<const YearIndex> indexFor(int year) const;

    HolidayCalendar m_holidays;
    WorkingHours m_hours;
    std::shared_ptr<Cache> m_cache;
};

} // namespace paht
