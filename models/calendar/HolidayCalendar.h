#pragma once

#include "calendar/CalendarOverrides.h"
#include "calendar/CalendarYear.h"
#include "calendar/LunarCalendar.h"

namespace paht {

// The public holidays of the Labour Code 2019 (Art. 112) and their compensatory days off (Art. 111(3)),
// completed by the yearly table (CalendarOverrides) for what the law leaves to a yearly notice: which 5
// days make up Tết, which day stands beside 2 September, swaps and extra days.
//
// Defaults when the table is silent about a year:
// - Tết: lunar New Year's Eve and days 1–4 of the first lunar month (5 days).
// - The day beside National Day: 1 September, or 3 September when the 1st is a Saturday or Sunday.
// - Compensation: a holiday on a Saturday or Sunday gives the next Monday–Friday that is not itself off
//   (a holiday, an earlier compensation, a swapped or extra day off). For Tết this lands after the break.
class HolidayCalendar
{
public:
    explicit HolidayCalendar(CalendarOverrides overrides = {}) : m_overrides(std::move(overrides)) {}

    // The Art. 112 holiday days of `year` (table first, then defaults), by date. Without the lunar
    // holidays outside 1900–2199, where the lunar calendar is not computed.
    QList<Holiday> statutoryHolidays(int year) const;
    // The full decision for `year`: holidays, compensatory days, swaps, extra days, or the override.
    CalendarYear year(int year) const;

    QList<QDate> defaultTetDays(int year) const;
    static QDate defaultNationalDayAdjacent(int year);

    const CalendarOverrides& overrides() const { return m_overrides; }
    const LunarCalendar& lunar() const { return m_lunar; }

private:
    QList<DayOff> compensatoryDays(const QList<Holiday>& holidays, const YearOverride* table) const;

    LunarCalendar m_lunar;
    CalendarOverrides m_overrides;
};

} // namespace paht
