#include "workflow/DispatchCommands.h"

#include "workflow/HandlingProgress.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

bool anyReturned(const Report& report)
{
    for (const Assignment& assignment : report.assignments) {
        if (assignment.state == AssignmentState::ReturnedToCenter)
            return true;
    }
    return false;
}

QString notDispatchable(const Report& report, const Assignment*)
{
    if (report.categoryCode.isEmpty())
        return u"classify the report before dispatching it (R-6)"_s;
    if (report.state != ReportState::Received && !anyReturned(report))
        return u"only a report that an agency returned can be dispatched again (R-11)"_s;
    return {};
}

// Each named agency must exist, be named once, and not already hold the report; an agency that returned
// it may be sent it again (the center insists it is competent).
Refusal checkAgencies(const Transition& t, const QStringList& codes)
{
    if (codes.isEmpty())
        return WorkflowError::invalidPayload(u"agencies"_s, u"name at least one agency"_s);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString field = u"agencies[%1]"_s.arg(i);
        const QString& code = codes.at(i);
        if (!t.directory.agencies.contains(code))
            return WorkflowError::invalidPayload(field, u"unknown agency \"%1\""_s.arg(code));
        if (codes.indexOf(code) < i)
            return WorkflowError::invalidPayload(field, u"agency \"%1\" is listed twice"_s.arg(code));
        const Assignment* held = t.report.assignmentFor(code);
        if (held && held->state != AssignmentState::ReturnedToCenter)
            return WorkflowError::invalidPayload(field, u"agency \"%1\" already holds this report (%2)"_s.arg(
                                                            code, assignmentStateName(held->state)));
    }
    return std::nullopt;
}

// one assignment per agency, each with its acceptance clock; the first dispatch ends the
// intake stage.
Refusal dispatch(Transition& t)
{
    QStringList codes;
    QString instruction;
    JsonReader in(t.command.payload);
    in.strings("agencies", &codes, JsonReader::Need::Required);
    in.string("instruction", &instruction, JsonReader::Need::Optional);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    if (Refusal refusal = checkAgencies(t, codes))
        return refusal;

    for (const QString& code : codes) {
        Assignment fresh;
        fresh.agencyCode = code;
        fresh.state = AssignmentState::PendingAcceptance;
        fresh.instruction = instruction;
        fresh.dispatchedAt = t.now;
        fresh.acceptance = t.timer.start(SlaStage::Acceptance, t.now, code, t.report.categoryCode);
        Assignment* returned = t.report.assignmentFor(code);
        // A returned assignment starts over; what happened before stays in the events.
        if (returned)
            *returned = fresh;
        else
            t.report.assignments.append(fresh);
        t.record(u"dispatched"_s, true, {{u"redispatch"_s, returned != nullptr}}, code);
    }
    if (t.report.state == ReportState::Received) {
        t.report.intake = t.timer.complete(t.report.intake, t.now);
        t.report.state = ReportState::Dispatched;
    } else {
        settleHandling(t);
    }
    return std::nullopt;
}

} // namespace

QList<CommandRule> dispatchCommands()
{
    using S = ReportState;
    return {
        CommandRule::named("dispatch", dispatch)
            .by({Role::IntakeOperator})
            .in({S::Received, S::Dispatched, S::InProgress, S::AwaitingPublication})
            .unless(notDispatchable),
    };
}

} // namespace paht
