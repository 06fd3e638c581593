#pragma once

#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "calendar/StageTiming.h"
#include "domain/Agency.h"

#include <QDateTime>
#include <QString>

namespace paht {

// Starts, pauses and closes the stage clocks of a report from the SLA policy table, so that no command
// writes a duration of its own (architecture: "Durations live in an SLA policy table").
class StageTimer
{
public:
    StageTimer(const SlaPolicy& policy, const SlaClock& clock) : m_policy(policy), m_clock(clock) {}

    StageTiming start(SlaStage stage, const QDateTime& at, const QString& agencyCode = {},
                      const QString& categoryCode = {}) const;
    // the policy's processing time, but never past the agency's own limit (null agency: no limit).
    StageTiming startProcessing(const QDateTime& at, const Agency* agency, const QString& agencyCode,
                                const QString& categoryCode) const;
    // Closes an open stage (resuming it first if paused); a closed one is returned unchanged.
    StageTiming complete(StageTiming timing, const QDateTime& at) const;
    // stops the intake clock while the center clarifies, when the policy says so.
    StageTiming pauseForClarification(StageTiming timing, const QDateTime& at) const;
    StageTiming resume(StageTiming timing, const QDateTime& at) const;

private:
    const SlaPolicy& m_policy;
    const SlaClock& m_clock;
};

} // namespace paht
