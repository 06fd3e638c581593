#include "workflow/StageTimer.h"

namespace paht {

StageTiming StageTimer::start(SlaStage stage, const QDateTime& at, const QString& agencyCode,
                              const QString& categoryCode) const
{
    return m_clock.start(stage, at.toUTC(), m_policy.duration(stage, agencyCode, categoryCode));
}

StageTiming StageTimer::startProcessing(const QDateTime& at, const Agency* agency, const QString& agencyCode,
                                        const QString& categoryCode) const
{
    StageTiming timing = start(SlaStage::Processing, at, agencyCode, categoryCode);
    if (agency) {
        const QDateTime limit =
            m_clock.deadline(timing.startedAt, SlaDuration::workingDays(agency->processingLimitDays)).toUTC();
        if (limit < timing.deadline)
            timing.deadline = limit;
    }
    return timing;
}

StageTiming StageTimer::complete(StageTiming timing, const QDateTime& at) const
{
    if (!timing.isOpen())
        return timing;
    return m_clock.complete(timing, at.toUTC());
}

StageTiming StageTimer::pauseForClarification(StageTiming timing, const QDateTime& at) const
{
    if (!m_policy.pausesDuringClarification() || !timing.isOpen() || timing.isPaused())
        return timing;
    return m_clock.pause(timing, at);
}

StageTiming StageTimer::resume(StageTiming timing, const QDateTime& at) const
{
    if (!timing.isPaused())
        return timing;
    return m_clock.resume(timing, at);
}

} // namespace paht
