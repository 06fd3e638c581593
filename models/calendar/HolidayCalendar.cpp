#include "calendar/HolidayCalendar.h"

#include "domain/EnumNames.h"

#include <QSet>

#include <algorithm>

namespace paht {

namespace {

const std::array<EnumName<DayOffReason>, 6> kReasonNames{{
    {DayOffReason::Weekend, "weekend"},
    {DayOffReason::Holiday, "holiday"},
    {DayOffReason::Compensatory, "compensatory"},
    {DayOffReason::Swapped, "swapped"},
    {DayOffReason::Extra, "extra"},
    {DayOffReason::Override, "override"},
}};

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

const QString kTet = QStringLiteral("tet");

} // namespace

QString dayOffReasonName(DayOffReason reason)
{
    return enumToName(kReasonNames, reason);
}

bool dayOffReasonFromName(const QString& name, DayOffReason* out)
{
    return enumFromName(kReasonNames, name, out);
}

QList<QDate> HolidayCalendar::defaultTetDays(int year) const
{
    const QDate newYear = m_lunar.lunarNewYear(year);
    if (!newYear.isValid())
        return {};
    // New Year's Eve (the last day of the 12th lunar month) and the first four days of the year.
    return {newYear.addDays(-1), newYear, newYear.addDays(1), newYear.addDays(2), newYear.addDays(3)};
}

QDate HolidayCalendar::defaultNationalDayAdjacent(int year)
{
    const QDate before(year, 9, 1);
    return isWeekend(before) ? QDate(year, 9, 3) : before;
}

QList<Holiday> HolidayCalendar::statutoryHolidays(int year) const
{
    const YearOverride* table = m_overrides.forYear(year);
    QList<Holiday> holidays;
    holidays << Holiday{QStringLiteral("new_year"), QDate(year, 1, 1)};
    const QList<QDate> tetDays = table && table->tetDays ? *table->tetDays : defaultTetDays(year);
    for (const QDate& day : tetDays)
        holidays << Holiday{kTet, day};
    const QDate hungKings = m_lunar.toSolar(10, 3, year); // 10th day of the 3rd lunar month
    if (hungKings.isValid())
        holidays << Holiday{QStringLiteral("hung_kings"), hungKings};
    holidays << Holiday{QStringLiteral("reunification"), QDate(year, 4, 30)};
    holidays << Holiday{QStringLiteral("labour_day"), QDate(year, 5, 1)};
    holidays << Holiday{QStringLiteral("national_day"), QDate(year, 9, 2)};
    const QDate adjacent = table && table->nationalDayAdjacent.isValid() ? table->nationalDayAdjacent
                                                                         : defaultNationalDayAdjacent(year);
    holidays << Holiday{QStringLiteral("national_day_adjacent"), adjacent};
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return holidays;
}

QList<DayOff> HolidayCalendar::compensatoryDays(const QList<Holiday>& holidays,
                                                const YearOverride* table) const
{
    QSet<QDate> taken;
    for (const Holiday& holiday : holidays)
        taken.insert(holiday.date);
    if (table) {
        for (const DaySwap& swap : table->swaps)
            taken.insert(swap.off);
        for (const ListedDay& day : table->extraDaysOff)
            taken.insert(day.date);
    }

    QList<DayOff> result;
    const bool tetFromTable = table && table->tetCompensatoryDays;
    if (tetFromTable) {
        // The notice chose where Tết's weekend days are made up: pair them in date order.
        QList<QDate> weekendTetDays;
        for (const Holiday& holiday : holidays) {
            if (holiday.key == kTet && isWeekend(holiday.date))
                weekendTetDays << holiday.date;
        }
        const QList<QDate>& listed = *table->tetCompensatoryDays;
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QDate related = i < weekendTetDays.size() ? weekendTetDays[i] : QDate();
            result << DayOff{listed[i], DayOffReason::Compensatory, kTet, related, QString()};
            taken.insert(listed[i]);
        }
    }
    // Art. 111(3): the rest day is made up on the next working day; holidays are visited by date so that
    // two holidays on one weekend (30 April and 1 May 2022) take Monday and Tuesday.
    for (const Holiday& holiday : holidays) {
        if (!isWeekend(holiday.date) || (tetFromTable && holiday.key == kTet))
            continue;
        QDate day = holiday.date.addDays(1);
        while (isWeekend(day) || taken.contains(day))
            day = day.addDays(1);
        taken.insert(day);
        result << DayOff{day, DayOffReason::Compensatory, holiday.key, holiday.date, QString()};
    }
    return result;
}

CalendarYear HolidayCalendar::year(int year) const
{
    const YearOverride* table = m_overrides.forYear(year);
    CalendarYear result;
    result.year = year;
    if (table)
        result.source = table->source;

    if (table && table->nonWorkingDays) {
        result.overridden = true;
        for (const ListedDay& day : *table->nonWorkingDays) {
            result.daysOff << DayOff{day.date, DayOffReason::Override, day.holidayKey, QDate(), day.note};
            if (!day.holidayKey.isEmpty())
                result.holidays << Holiday{day.holidayKey, day.date};
        }
    } else {
        result.holidays = statutoryHolidays(year);
        for (const Holiday& holiday : result.holidays)
            result.daysOff << DayOff{holiday.date, DayOffReason::Holiday, holiday.key, QDate(), QString()};
        result.daysOff << compensatoryDays(result.holidays, table);
    }
    if (table) {
        for (const DaySwap& swap : table->swaps) {
            result.daysOff << DayOff{swap.off, DayOffReason::Swapped, QString(), swap.worked, swap.note};
            result.workedRestDays << WorkedRestDay{swap.worked, swap.off, swap.note};
        }
        for (const ListedDay& day : table->extraDaysOff)
            result.daysOff << DayOff{day.date, DayOffReason::Extra, day.holidayKey, QDate(), day.note};
    }
    const auto byDate = [](const auto& a, const auto& b) {
        return a.date < b.date;
    };
    std::stable_sort(result.holidays.begin(), result.holidays.end(), byDate);
    std::stable_sort(result.daysOff.begin(), result.daysOff.end(), byDate);
    std::stable_sort(result.workedRestDays.begin(), result.workedRestDays.end(), byDate);
    return result;
}

} // namespace paht
