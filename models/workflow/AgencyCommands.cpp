#include "workflow/AgencyCommands.h"

#include "domain/AttachmentHash.h"
#include "workflow/HandlingProgress.h"
#include "workflow/ReturnLimit.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

const Agency* agencyOf(const Transition& t)
{
    const auto found = t.directory.agencies.constFind(t.agencyCode);
    return found == t.directory.agencies.constEnd() ? nullptr : &*found;
}

// accepting starts processing; its deadline is the policy's, capped by the agency's limit.
Refusal accept(Transition& t)
{
    Assignment& assignment = t.assignment();
    assignment.acceptance = t.timer.complete(assignment.acceptance, t.now);
    assignment.processing = t.timer.startProcessing(t.now, agencyOf(t), t.agencyCode, t.report.categoryCode);
    assignment.state = AssignmentState::Processing;
    t.record(u"assignment_accepted"_s, true, {}, t.agencyCode);
    settleHandling(t);
    return std::nullopt;
}

// not the agency's competence. The return stage is judged from the moment the agency received the
// report (ReturnLimit), so it is stamped now, already complete.
Refusal returnToCenter(Transition& t)
{
    QString reason;
    JsonReader in(t.command.payload);
    in.string("reason", &reason, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    Assignment& assignment = t.assignment();
    assignment.returnStage =
        t.timer.complete(ReturnLimit(t.timer).stage(assignment, t.report.categoryCode), t.now);
    assignment.acceptance = t.timer.complete(assignment.acceptance, t.now);
    if (assignment.processing)
        assignment.processing = t.timer.complete(*assignment.processing, t.now);
    assignment.returnReason = reason;
    assignment.state = AssignmentState::ReturnedToCenter;
    t.record(u"assignment_returned"_s, false, {{u"reason"_s, reason}}, t.agencyCode);
    settleHandling(t);
    return std::nullopt;
}

// the specialist's result goes to the leader, whose approval clock starts. Every submission is
// kept as a revision.
Refusal submitResult(Transition& t)
{
    AssignmentResult result;
    JsonReader in(t.command.payload);
    in.string("text", &result.text, Need::NonEmpty);
    in.strings("attachments", &result.attachments, Need::Optional, isAttachmentHash,
               u"expected a SHA-256 hash (64 lowercase hex digits)"_s);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    Assignment& assignment = t.assignment();
    const bool rework = assignment.state == AssignmentState::Rework;
    assignment.result = result;
    assignment.resultRevisions.append(
        {result.text, t.actor.username, t.now, ResultRevision::Kind::Submitted});
    if (assignment.processing)
        assignment.processing = t.timer.complete(*assignment.processing, t.now);
    assignment.approval = t.timer.start(SlaStage::Approval, t.now, t.agencyCode, t.report.categoryCode);
    assignment.state = AssignmentState::AwaitingApproval;
    t.record(u"result_submitted"_s, false, {{u"afterRework"_s, rework}}, t.agencyCode);
    return std::nullopt;
}

QString noOpenQuestion(const Report&, const Assignment* assignment)
{
    if (!assignment || !assignment->clarification || !assignment->clarification->isOpen())
        return u"no question from the reporter is waiting for this agency's answer"_s;
    return {};
}

// the agency must clarify its result when the reporter asks.
Refusal answerCitizen(Transition& t)
{
    QString answer;
    JsonReader in(t.command.payload);
    in.string("text", &answer, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    CitizenClarification& request = *t.assignment().clarification;
    request.answer = answer;
    request.answeredBy = t.actor.username;
    request.answeredAt = t.now;
    request.timing = t.timer.complete(request.timing, t.now);
    t.record(u"citizen_answered"_s, false, {}, t.agencyCode);
    return std::nullopt;
}

QString alreadyDisclosed(const Report& report, const Assignment* assignment)
{
    if (assignment && report.contactDisclosedTo.contains(assignment->agencyCode))
        return u"the reporter's contact is already disclosed to this agency"_s;
    return {};
}

// the agency asks the center for the reporter's contact; only the center decides to disclose.
Refusal requestContact(Transition& t)
{
    QString reason;
    JsonReader in(t.command.payload);
    in.string("reason", &reason, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    t.record(u"contact_requested"_s, false, {{u"reason"_s, reason}}, t.agencyCode);
    return std::nullopt;
}

} // namespace

QList<CommandRule> agencyCommands()
{
    using S = ReportState;
    using A = AssignmentState;
    const QList<Role> specialist{Role::AgencySpecialist};
    return {
        CommandRule::named("accept", accept)
            .by(specialist)
            .in({S::Dispatched, S::InProgress})
            .onAssignmentIn({A::PendingAcceptance}),
        CommandRule::named("return_to_center", returnToCenter)
            .by(specialist)
            .in({S::Dispatched, S::InProgress})
            .onAssignmentIn({A::PendingAcceptance, A::Processing}),
        CommandRule::named("submit_result", submitResult)
            .by(specialist)
            .in({S::InProgress})
            .onAssignmentIn({A::Processing, A::Rework}),
        CommandRule::named("answer_citizen", answerCitizen)
            .by(specialist)
            .in({S::Published, S::AnsweredPrivately})
            .onAssignmentIn({A::Approved})
            .unless(noOpenQuestion),
        CommandRule::named("request_contact", requestContact)
            .by(specialist)
            .in({S::Dispatched, S::InProgress, S::AwaitingPublication, S::Published, S::AnsweredPrivately})
            .onAssignmentIn(
                {A::PendingAcceptance, A::Processing, A::AwaitingApproval, A::Rework, A::Approved})
            .unless(alreadyDisclosed),
    };
}

} // namespace paht
