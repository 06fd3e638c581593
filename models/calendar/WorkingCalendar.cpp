#include "calendar/WorkingCalendar.h"

#include "calendar/JsonFields.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace paht {

// The decided days of one solar year, gathered from the plans of that year and its neighbours (a notice
// may swap a day across the new year).
struct WorkingCalendar::YearIndex
{
    QHash<QDate, DayOff> daysOff;
    QSet<QDate> workedRestDays;
};

class WorkingCalendar::Cache
{
public:
    QMutex mutex;
    QHash<int, std::shared_ptr<const YearIndex>> years;
};

namespace {

// The lower, the stronger when one date has several reasons.
int strength(DayOffReason reason)
{
    switch (reason) {
    case DayOffReason::Override:
        return 0;
    case DayOffReason::Holiday:
        return 1;
    case DayOffReason::Compensatory:
        return 2;
    case DayOffReason::Swapped:
        return 3;
    case DayOffReason::Extra:
        return 4;
    case DayOffReason::Weekend:
        return 5;
    }
    return 5;
}

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QDateTime localToUtc(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Qt::UTC).addSecs(-WorkingHours::kUtcOffsetSeconds);
}

} // namespace

WorkingCalendar::WorkingCalendar() : m_cache(std::make_shared<Cache>()) {}

WorkingCalendar::WorkingCalendar(CalendarOverrides overrides, WorkingHours hours)
    : m_holidays(std::move(overrides)), m_hours(std::move(hours)), m_cache(std::make_shared<Cache>())
{}

WorkingCalendar WorkingCalendar::regulationDefaults()
{
    return WorkingCalendar(CalendarOverrides::regulationDefaults(), WorkingHours::standard());
}

WorkingCalendar WorkingCalendar::fromJson(const QJsonObject& object, QString* error)
{
    const QString unknown =
        json::unknownKey(object, {QStringLiteral("workingHours"), QStringLiteral("overrides")});
    if (!unknown.isEmpty()) {
        *error = json::error(unknown, QStringLiteral("unknown field"));
        return {};
    }
    WorkingHours hours;
    if (object.contains(QLatin1String("workingHours"))) {
        hours = WorkingHours::fromJson(object.value(QLatin1String("workingHours")).toObject(), error);
        if (!error->isEmpty()) {
            *error = json::path(QStringLiteral("workingHours"), *error);
            return {};
        }
    }
    CalendarOverrides overrides;
    if (object.contains(QLatin1String("overrides"))) {
        overrides = CalendarOverrides::fromJson(object.value(QLatin1String("overrides")).toObject(), error);
        if (!error->isEmpty()) {
            *error = json::path(QStringLiteral("overrides"), *error);
            return {};
        }
    }
    error->clear();
    return WorkingCalendar(overrides, hours);
}

QJsonObject WorkingCalendar::toJson() const
{
    return {{QStringLiteral("workingHours"), m_hours.toJson()},
            {QStringLiteral("overrides"), overrides().toJson()}};
}

QDate WorkingCalendar::localDate(const QDateTime& instant)
{
    return instant.toUTC().addSecs(WorkingHours::kUtcOffsetSeconds).date();
}

std::shared_ptr<const WorkingCalendar::YearIndex> WorkingCalendar::indexFor(int year) const
{
    QMutexLocker lock(&m_cache->mutex);
    auto found = m_cache->years.constFind(year);
    if (found != m_cache->years.constEnd())
        return found.value();

    auto index = std::make_shared<YearIndex>();
    for (int planYear = year - 1; planYear <= year + 1; ++planYear) {
        const CalendarYear plan = m_holidays.year(planYear);
        for (const DayOff& day : plan.daysOff) {
            if (day.date.year() != year)
                continue;
            auto existing = index->daysOff.find(day.date);
            if (existing == index->daysOff.end() || strength(day.reason) < strength(existing->reason))
                index->daysOff.insert(day.date, day);
        }
        for (const WorkedRestDay& worked : plan.workedRestDays) {
            if (worked.date.year() == year)
                index->workedRestDays.insert(worked.date);
        }
    }
    m_cache->years.insert(year, index);
    return index;
}

std::optional<DayOff> WorkingCalendar::dayOff(const QDate& date) const
{
    if (!date.isValid())
        return std::nullopt;
    const auto index = indexFor(date.year());
    // A day the table takes off stays off even if a swap also names it worked: a day off is the safe reading
    // of a contradictory table, and deadlines only get later.
    const auto found = index->daysOff.constFind(date);
    if (found != index->daysOff.constEnd())
        return found.value();
    if (isWeekend(date) && !index->workedRestDays.contains(date))
        return DayOff{date, DayOffReason::Weekend, QString(), QDate(), QString()};
    return std::nullopt;
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    return date.isValid() && !dayOff(date).has_value();
}

QList<WorkingPeriod> WorkingCalendar::workingHoursOn(const QDate& date) const
{
    if (!isWorkingDay(date))
        return {};
    return m_hours.periodsOn(date);
}

QList<WorkingInterval> WorkingCalendar::workingPeriods(const QDate& date) const
{
    QList<WorkingInterval> intervals;
    for (const WorkingPeriod& period : workingHoursOn(date))
        intervals << WorkingInterval{localToUtc(date, period.start), localToUtc(date, period.end)};
    return intervals;
}

QList<DayOff> WorkingCalendar::nonWorkingDays(int year) const
{
    QList<DayOff> days;
    for (QDate date(year, 1, 1); date.isValid() && date.year() == year; date = date.addDays(1)) {
        if (const auto off = dayOff(date))
            days << *off;
    }
    return days;
}

} // namespace paht
