#include "workflow/ApprovalCommands.h"

#include "workflow/HandlingProgress.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

void markApproved(Transition& t)
{
    Assignment& assignment = t.assignment();
    if (assignment.approval)
        assignment.approval = t.timer.complete(*assignment.approval, t.now);
    assignment.reworkReason.clear();
    assignment.state = AssignmentState::Approved;
}

// R-12 then R-14: the last approval makes the report ready for publication.
Refusal approve(Transition& t)
{
    markApproved(t);
    t.record(u"result_approved"_s, true, {}, t.agencyCode);
    settleHandling(t);
    return std::nullopt;
}

// back to the specialist with a reason. The rework runs on the original processing clock, so the
// agency's total handling stays within its limit.
Refusal returnForRework(Transition& t)
{
    QString reason;
    JsonReader in(t.command.payload);
    in.string("reason", &reason, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    Assignment& assignment = t.assignment();
    if (assignment.approval)
        assignment.approval = t.timer.complete(*assignment.approval, t.now);
    if (assignment.processing)
        assignment.processing->completedAt = QDateTime();
    assignment.reworkReason = reason;
    assignment.state = AssignmentState::Rework;
    t.record(u"rework_requested"_s, false, {{u"reason"_s, reason}}, t.agencyCode);
    return std::nullopt;
}

// the leader rewrites the result and approves it. The specialist's text stays as a revision.
Refusal editAndApprove(Transition& t)
{
    QString text;
    JsonReader in(t.command.payload);
    in.string("text", &text, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    Assignment& assignment = t.assignment();
    if (assignment.result && assignment.result->text == text)
        return WorkflowError::invalidPayload(u"text"_s, u"the text is unchanged; approve it instead"_s);
    if (!assignment.result)
        assignment.result = AssignmentResult();
    assignment.result->text = text;
    assignment.resultRevisions.append({text, t.actor.username, t.now, ResultRevision::Kind::EditedByLeader});
    markApproved(t);
    t.record(u"result_edited_and_approved"_s, true, {}, t.agencyCode);
    settleHandling(t);
    return std::nullopt;
}

} // namespace

QList<CommandRule> approvalCommands()
{
    using S = ReportState;
    const QList<Role> leader{Role::AgencyLeader};
    const QList<AssignmentState> awaiting{AssignmentState::AwaitingApproval};
    return {
        CommandRule::named("approve", approve).by(leader).in({S::InProgress}).onAssignmentIn(awaiting),
        CommandRule::named("return_for_rework", returnForRework)
            .by(leader)
            .in({S::InProgress})
            .onAssignmentIn(awaiting),
        CommandRule::named("edit_and_approve", editAndApprove)
            .by(leader)
            .in({S::InProgress})
            .onAssignmentIn(awaiting),
    };
}

} // namespace paht
