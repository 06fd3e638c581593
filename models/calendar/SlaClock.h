#pragma once

#include "calendar/SlaDuration.h"
#include "calendar/StageTiming.h"
#include "calendar/WorkingCalendar.h"

#include <QDateTime>

namespace paht {

// Deadlines on the working-time clock (requirements, "Time rules used by every deadline").
//
// - An instant outside working hours stands at the end of the last working period before it: Saturday
//   counts from Friday 17:00, 12:00 (lunch) from 11:30, Tuesday 22:00 from Tuesday 17:00.
// - N working hours later is the earliest instant after which N × 60 minutes of working time have passed
//   (so exactly the end of the morning is 11:30, not 13:30).
// - N working days later is "the same point of the working day" N working days on: the same amount of
//   working time elapsed since the start of the day, mapped onto that day's periods (earliest instant
//   again), capped at the end of the day when that day has shorter hours.
//
// All results are UTC. The clock holds a reference: the calendar must outlive it. It iterates days and
// periods, never minutes. If the calendar had no working day at all for years on end, the answers would be
// null QDateTimes rather than a hang.
class SlaClock
{
public:
    explicit SlaClock(const WorkingCalendar& calendar) : m_calendar(calendar) {}

    // Where `instant` stands on the working-time clock (itself when it is within working hours).
    QDateTime effectiveStart(const QDateTime& instant) const;

    QDateTime addWorkingDays(const QDateTime& from, int days) const; // days >= 0
    QDateTime addWorkingHours(const QDateTime& from, int hours) const
    {
        return addWorkingSeconds(from, hours * qint64(3600));
    }
    QDateTime addWorkingSeconds(const QDateTime& from, qint64 seconds) const; // seconds >= 0
    // Working time from a to b; 0 when b <= a.
    qint64 workingSecondsBetween(const QDateTime& a, const QDateTime& b) const;
    QDateTime deadline(const QDateTime& start, const SlaDuration& duration) const;

    // A stage's clock: opening, pausing, resuming, closing. Each returns the updated timing.
    StageTiming start(SlaStage stage, const QDateTime& at, const SlaDuration& duration) const;
    // Pausing a paused or completed stage changes nothing.
    StageTiming pause(StageTiming timing, const QDateTime& at) const;
    // The deadline moves later by the working time the pause lasted, so the stage has as much working time
    // left as when it was paused. Resuming a stage that is not paused changes nothing.
    StageTiming resume(StageTiming timing, const QDateTime& at) const;
    // Closes the stage; a stage completed while paused is resumed first (its deadline moves as above).
    StageTiming complete(StageTiming timing, const QDateTime& at) const;

    // Met / Missed once completed (completedAt <= deadline is Met); else Paused while paused; else Overdue
    // once now > deadline; else DueSoon when the working time left is <= dueSoonSeconds; else OnTrack.
    StageStatus status(const StageTiming& timing, const QDateTime& now, qint64 dueSoonSeconds) const;
    // Working time left before the deadline, for "còn 3 giờ làm việc"; negative when overdue ("quá hạn
    // 1 ngày 2 giờ"): the working time past the deadline. Counted up to the completion for a closed
    // stage and frozen at the pause for a paused one.
    qint64 remainingWorkingSeconds(const StageTiming& timing, const QDateTime& now) const;

private:
    const WorkingCalendar& m_calendar;
};

} // namespace paht
