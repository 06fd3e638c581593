#include "items/DeadlineGauge.h"

#include <algorithm>

namespace paht {

namespace {

// The open stage most urgent to act on; with none open, the one that finished last (it tells how the
// latest step went).
DeadlineIndicator mostTelling(const QList<DeadlineIndicator>& stages)
{
    DeadlineIndicator best;
    for (const DeadlineIndicator& stage : stages) {
        if (!stage.valid)
            continue;
        if (stage.isOpen()) {
            if (!best.isOpen() || stage.urgencyKey() < best.urgencyKey())
                best = stage;
        } else if (!best.isOpen()) {
            if (!best.valid || stage.completedAt >= best.completedAt)
                best = stage;
        }
    }
    return best;
}

} // namespace

DeadlineGauge::DeadlineGauge(const WorkingCalendar& calendar, const SlaPolicy& policy)
    : m_calendar(calendar), m_policy(policy), m_clock(calendar)
{}

qint64 DeadlineGauge::workingDaySeconds(const QDate& date) const
{
    qint64 seconds = 0;
    for (const WorkingPeriod& period : m_calendar.workingHours().periodsOn(date))
        seconds += period.seconds();
    return seconds;
}

DeadlineIndicator DeadlineGauge::read(const StageTiming& timing, const QString& agencyCode,
                                      const QDateTime& now) const
{
    DeadlineIndicator indicator;
    if (!now.isValid() || !timing.startedAt.isValid() || !timing.deadline.isValid())
        return indicator;
    indicator.valid = true;
    indicator.stage = timing.stage;
    indicator.agencyCode = agencyCode;
    indicator.status = m_clock.status(timing, now, m_policy.dueSoonSeconds(timing.stage));
    indicator.remainingSeconds = m_clock.remainingWorkingSeconds(timing, now);
    indicator.deadline = timing.deadline;
    indicator.completedAt = timing.completedAt;
    indicator.workingDaySeconds = workingDaySeconds(WorkingCalendar::localDate(timing.deadline));
    return indicator;
}

QList<DeadlineIndicator> DeadlineGauge::assignmentStages(const Assignment& assignment,
                                                         const QDateTime& now) const
{
    const QString& code = assignment.agencyCode;
    QList<DeadlineIndicator> stages{read(assignment.acceptance, code, now)};
    for (const auto* timing : {&assignment.processing, &assignment.approval, &assignment.returnStage}) {
        if (timing->has_value())
            stages << read(**timing, code, now);
    }
    if (assignment.clarification)
        stages << read(assignment.clarification->timing, code, now);
    return stages;
}

DeadlineGauge::Readings DeadlineGauge::readingsOf(const Report& report, const QDateTime& now) const
{
    if (now != m_memoNow) {
        m_memo.clear();
        m_memoNow = now;
    }
    const auto remembered = m_memo.constFind(report.id);
    if (remembered != m_memo.constEnd() && remembered->version == report.version)
        return remembered->readings;

    Readings readings;
    readings.own << read(report.intake, {}, now);
    if (report.publication)
        readings.own << read(*report.publication, {}, now);
    for (const Assignment& assignment : report.assignments)
        readings.assignments << assignmentStages(assignment, now);
    if (!report.id.isEmpty())
        m_memo.insert(report.id, {report.version, readings});
    return readings;
}

QList<DeadlineIndicator> DeadlineGauge::stagesInReach(const Report& report, const Viewer& viewer,
                                                      const QDateTime& now) const
{
    const Readings readings = readingsOf(report, now);
    if (isAgencyRole(viewer.role)) {
        for (qsizetype i = 0; i < report.assignments.size(); ++i) {
            if (report.assignments.at(i).agencyCode == viewer.agencyCode)
                return readings.assignments.value(i);
        }
        return {};
    }
    QList<DeadlineIndicator> stages = readings.own;
    for (const QList<DeadlineIndicator>& assignment : readings.assignments)
        stages << assignment;
    return stages;
}

DeadlineIndicator DeadlineGauge::forAssignment(const Assignment& assignment, const QDateTime& now) const
{
    return mostTelling(assignmentStages(assignment, now));
}

DeadlineIndicator DeadlineGauge::forReport(const Report& report, const Viewer& viewer,
                                           const QDateTime& now) const
{
    return mostTelling(stagesInReach(report, viewer, now));
}

bool DeadlineGauge::isOverdue(const Report& report, const Viewer& viewer, const QDateTime& now) const
{
    const QList<DeadlineIndicator> stages = stagesInReach(report, viewer, now);
    return std::any_of(stages.cbegin(), stages.cend(),
                       [](const DeadlineIndicator& stage) { return stage.isOverdue(); });
}

QStringList DeadlineGauge::overdueAgencies(const Report& report, const QDateTime& now) const
{
    const Readings readings = readingsOf(report, now);
    QStringList codes;
    for (qsizetype i = 0; i < report.assignments.size() && i < readings.assignments.size(); ++i) {
        const QList<DeadlineIndicator>& stages = readings.assignments.at(i);
        if (std::any_of(stages.cbegin(), stages.cend(),
                        [](const DeadlineIndicator& stage) { return stage.isOverdue(); }))
            codes << report.assignments.at(i).agencyCode;
    }
    return codes;
}

} // namespace paht
