#include "workflow/OversightCommands.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

QString alreadyEscalated(const Report& report, const Assignment*)
{
    if (report.escalation && report.escalation->isActive())
        return u"the report is already escalated"_s;
    return {};
}

QString notEscalated(const Report& report, const Assignment*)
{
    if (!report.escalation || !report.escalation->isActive())
        return u"the report is not escalated"_s;
    return {};
}

// agencies disagree or handling is not thorough; the Provincial Office takes it up.
Refusal escalate(Transition& t)
{
    Escalation escalation;
    JsonReader in(t.command.payload);
    in.string("note", &escalation.note, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    escalation.by = t.actor.username;
    escalation.at = t.now;
    t.report.escalation = escalation;
    t.record(u"escalated"_s, false);
    return std::nullopt;
}

Refusal resolveEscalation(Transition& t)
{
    QString note;
    JsonReader in(t.command.payload);
    in.string("note", &note, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    t.report.escalation->resolutionNote = note;
    t.report.escalation->resolvedBy = t.actor.username;
    t.report.escalation->resolvedAt = t.now;
    t.record(u"escalation_resolved"_s, false);
    return std::nullopt;
}

QString owesNothing(const Report&, const Assignment* assignment)
{
    if (!assignment || !assignment->awaitsAgency())
        return u"the agency owes nothing on this report now"_s;
    return {};
}

// a reminder to an agency that is late or close to late; the event is addressed to it.
Refusal remind(Transition& t)
{
    QString note;
    JsonReader in(t.command.payload);
    in.string("note", &note, Need::Optional);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    Assignment& assignment = t.assignment();
    ++assignment.reminders;
    t.record(u"reminder_sent"_s, false, {{u"note"_s, note}, {u"reminders"_s, assignment.reminders}},
             t.agencyCode);
    return std::nullopt;
}

QString cannotDisclose(const Report& report, const Assignment* assignment)
{
    if (!assignment || assignment->state == AssignmentState::ReturnedToCenter)
        return u"the agency does not handle this report"_s;
    if (report.contactDisclosedTo.contains(assignment->agencyCode))
        return u"the reporter's contact is already disclosed to this agency"_s;
    return {};
}

// the reporter's contact goes to a handling agency only on purpose, and each time is recorded.
Refusal discloseContact(Transition& t)
{
    QString reason;
    JsonReader in(t.command.payload);
    in.string("reason", &reason, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    QStringList& disclosed = t.report.contactDisclosedTo;
    disclosed.append(t.agencyCode);
    std::sort(disclosed.begin(), disclosed.end());
    t.record(u"contact_disclosed"_s, false, {{u"reason"_s, reason}}, t.agencyCode);
    return std::nullopt;
}

// recognise a valuable reporter or flag a false or abusive report.
Refusal flagReporter(Transition& t)
{
    ReporterFlag flag = ReporterFlag::None;
    QString note;
    JsonReader in(t.command.payload);
    in.enumeration("flag", &flag, reporterFlagFromName);
    in.string("note", &note, Need::Optional);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    const ReporterFlag previous = t.report.reporterFlag;
    t.report.reporterFlag = flag;
    t.record(u"reporter_flagged"_s, false,
             {{u"flag"_s, reporterFlagName(flag)},
              {u"previous"_s, reporterFlagName(previous)},
              {u"note"_s, note}});
    return std::nullopt;
}

} // namespace

QList<CommandRule> oversightCommands()
{
    using S = ReportState;
    const QList<Role> center{Role::IntakeOperator, Role::Supervisor};
    return {
        CommandRule::named("escalate", escalate)
            .by({Role::Supervisor})
            .in({S::Dispatched, S::InProgress, S::AwaitingPublication})
            .unless(alreadyEscalated),
        CommandRule::named("resolve_escalation", resolveEscalation)
            .by({Role::Supervisor})
            .in(allReportStates())
            .unless(notEscalated),
        CommandRule::named("remind", remind)
            .by(center)
            .bySystem()
            .in({S::Dispatched, S::InProgress, S::Published, S::AnsweredPrivately})
            .onAssignmentIn({})
            .unless(owesNothing),
        CommandRule::named("disclose_contact", discloseContact)
            .by(center)
            .in({S::Dispatched, S::InProgress, S::AwaitingPublication, S::Published, S::AnsweredPrivately,
                 S::ClosedRestricted})
            .onAssignmentIn({})
            .unless(cannotDisclose),
        CommandRule::named("flag_reporter", flagReporter).by(center).in(allReportStates()),
    };
}

} // namespace paht
