#include "workflow/HandlingProgress.h"

using namespace Qt::StringLiterals;

namespace paht {

ReportState handlingState(const Report& report)
{
    bool anyHeld = false;
    bool allApproved = true;
    bool anyAccepted = false;
    for (const Assignment& assignment : report.assignments) {
        if (assignment.state == AssignmentState::ReturnedToCenter)
            continue;
        anyHeld = true;
        allApproved = allApproved && assignment.state == AssignmentState::Approved;
        anyAccepted = anyAccepted || assignment.state != AssignmentState::PendingAcceptance;
    }
    if (anyHeld && allApproved)
        return ReportState::AwaitingPublication;
    return anyAccepted ? ReportState::InProgress : ReportState::Dispatched;
}

void settleHandling(Transition& t)
{
    const ReportState before = t.report.state;
    const ReportState after = handlingState(t.report);
    if (before == after)
        return;
    if (after == ReportState::AwaitingPublication) {
        t.report.publication = t.timer.start(SlaStage::Publication, t.now, {}, t.report.categoryCode);
        t.record(u"ready_for_publication"_s, false);
    } else if (before == ReportState::AwaitingPublication) {
        t.report.publication.reset();
        t.record(u"publication_withdrawn"_s, false);
    }
    t.report.state = after;
}

} // namespace paht
