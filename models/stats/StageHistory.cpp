#include "stats/StageHistory.h"

namespace paht {

bool isOpenAt(const StageTiming& timing, const QDateTime& at)
{
    return timing.startedAt.isValid() && timing.startedAt < at &&
           (timing.isOpen() || timing.completedAt >= at);
}

StageStatus stageStatusAt(const SlaClock& clock, const StageTiming& timing, const QDateTime& at)
{
    if (!timing.isOpen() && timing.completedAt < at)
        return clock.status(timing, at, 0);
    StageTiming then = timing;
    then.completedAt = QDateTime();
    if (then.isPaused() && then.pausedSince >= at)
        then.pausedSince = QDateTime();
    return clock.status(then, at, 0);
}

int wholeWorkingDays(const WorkingCalendar& calendar, const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid() || !b.isValid() || b <= a)
        return 0;
    const SlaClock clock(calendar);
    const QDateTime anchor = clock.effectiveStart(a);
    if (!anchor.isValid())
        return 0;
    // Count the working days after the anchor's day up to b's day; the last of them only counts once b
    // has reached the anchor's point of that day.
    int days = 0;
    const QDate last = WorkingCalendar::localDate(b);
    for (QDate day = WorkingCalendar::localDate(anchor).addDays(1); day <= last; day = day.addDays(1)) {
        if (calendar.isWorkingDay(day))
            ++days;
    }
    if (days > 0) {
        const QDateTime reached = clock.addWorkingDays(a, days);
        if (!reached.isValid() || reached > b)
            --days;
    }
    return days;
}

} // namespace paht
