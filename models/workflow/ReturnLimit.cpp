#include "workflow/ReturnLimit.h"

namespace paht {

bool ReturnLimit::applies(const Assignment& assignment)
{
    return assignment.state == AssignmentState::PendingAcceptance ||
           assignment.state == AssignmentState::Processing;
}

StageTiming ReturnLimit::stage(const Assignment& assignment, const QString& categoryCode) const
{
    if (assignment.returnStage && !applies(assignment))
        return *assignment.returnStage;
    return m_timer.start(SlaStage::Return, assignment.dispatchedAt, assignment.agencyCode, categoryCode);
}

} // namespace paht
