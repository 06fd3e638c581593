#include "items/AgencyDeadlines.h"

namespace paht {

DeadlineIndicator AgencyDeadlines::acceptance(const Assignment& assignment, const QDateTime& now) const
{
    if (assignment.state != AssignmentState::PendingAcceptance)
        return {};
    return m_gauge.read(assignment.acceptance, assignment.agencyCode, now);
}

DeadlineIndicator AgencyDeadlines::returnLimit(const Report& report, const Assignment& assignment,
                                               const QDateTime& now) const
{
    if (!ReturnLimit::applies(assignment))
        return {};
    return m_gauge.read(m_limit.stage(assignment, report.categoryCode), assignment.agencyCode, now);
}

DeadlineIndicator AgencyDeadlines::result(const Assignment& assignment, const QDateTime& now) const
{
    const bool handling =
        assignment.state == AssignmentState::Processing || assignment.state == AssignmentState::Rework;
    if (!handling || !assignment.processing)
        return {};
    return m_gauge.read(*assignment.processing, assignment.agencyCode, now);
}

DeadlineIndicator AgencyDeadlines::citizenAnswer(const Assignment& assignment, const QDateTime& now) const
{
    if (!assignment.clarification || !assignment.clarification->isOpen())
        return {};
    return m_gauge.read(assignment.clarification->timing, assignment.agencyCode, now);
}

} // namespace paht
