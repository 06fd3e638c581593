#pragma once

#include "calendar/SlaClock.h"
#include "calendar/StageTiming.h"
#include "calendar/WorkingCalendar.h"

#include <QDateTime>

namespace paht {

// A report's records hold each stage as it stands now; a periodic report needs how things stood at the
// end of a past period. These answer that from the records alone: a stage completed later was open then,
// a pause that began later had not begun. What the records no longer hold (a pause that ended, a stage
// reopened for rework) is judged on the values they keep: the deadline as pauses moved it, the last
// completion.

// Whether the stage had started and was not yet completed at `at`.
bool isOpenAt(const StageTiming& timing, const QDateTime& at);

// The status the stage had at `at` (SlaClock::status, "due soon" not used): Met/Missed once completed
// before `at`; else Paused, Overdue (at > deadline) or OnTrack.
StageStatus stageStatusAt(const SlaClock& clock, const StageTiming& timing, const QDateTime& at);

// Whole working days from `a` to `b`: the largest N such that N working days after `a`
// (SlaClock::addWorkingDays, "the same point of the working day") is not after `b`; 0 when b <= a.
// A report received on Friday at 16:00 is 1 working day old on Tuesday at 00:00 (Monday 16:00 has
// passed), not 4.
int wholeWorkingDays(const WorkingCalendar& calendar, const QDateTime& a, const QDateTime& b);

} // namespace paht
