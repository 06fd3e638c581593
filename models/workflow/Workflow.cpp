#include "workflow/Workflow.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QString actorDescription(const Actor& actor)
{
    switch (actor.kind) {
    case Actor::Kind::Citizen:
        return u"a citizen"_s;
    case Actor::Kind::System:
        return u"the system"_s;
    case Actor::Kind::Staff:
        break;
    }
    return roleName(actor.role);
}

// Who may issue the command at all, and R-17's clearance for center staff on state-secret reports.
// Agency staff are governed by their assignment instead.
Refusal checkActor(const CommandRule& rule, const Report* report, const Actor& actor)
{
    bool allowed = false;
    switch (actor.kind) {
    case Actor::Kind::Citizen:
        allowed = rule.citizen;
        break;
    case Actor::Kind::System:
        allowed = rule.system;
        break;
    case Actor::Kind::Staff:
        allowed = rule.roles.contains(actor.role);
        break;
    }
    if (!allowed)
        return WorkflowError::wrongRole(u"%1 may not %2"_s.arg(actorDescription(actor), rule.type));
    if (report && report->confidentiality == Confidentiality::StateSecret && actor.isStaff() &&
        isCenterRole(actor.role) && !actor.stateSecretClearance)
        return WorkflowError::wrongRole(
            u"report %1 is a state secret: clearance required (R-17)"_s.arg(report->id));
    return std::nullopt;
}

// Finds the assignment a command acts on. Agency staff act on their own agency's only (the payload may
// repeat their code); everyone else names the agency in the payload.
Refusal resolveAssignment(const Report& report, const Command& command, const Actor& actor,
                          QString* agencyCode)
{
    const QJsonValue named = command.payload.value(u"agencyCode"_s);
    if (!named.isUndefined() && !named.isNull() && !named.isString())
        return WorkflowError::invalidPayload(u"agencyCode"_s, u"expected a string"_s);
    if (actor.isAgencyStaff()) {
        *agencyCode = named.isString() ? named.toString() : actor.agencyCode;
        if (*agencyCode != actor.agencyCode)
            return WorkflowError::notYourAgency(
                u"you act for agency \"%1\", not \"%2\""_s.arg(actor.agencyCode, *agencyCode));
        if (!report.assignmentFor(*agencyCode))
            return WorkflowError::notYourAgency(
                u"report %1 is not assigned to agency \"%2\""_s.arg(report.id, actor.agencyCode));
        return std::nullopt;
    }
    if (!named.isString() || named.toString().isEmpty())
        return WorkflowError::invalidPayload(u"agencyCode"_s, u"missing: name the agency"_s);
    *agencyCode = named.toString();
    if (!report.assignmentFor(*agencyCode))
        return WorkflowError::invalidPayload(
            u"agencyCode"_s, u"report %1 is not assigned to agency \"%2\""_s.arg(report.id, *agencyCode));
    return std::nullopt;
}

Refusal checkAssignmentState(const CommandRule& rule, const Assignment& assignment)
{
    if (rule.assignmentStates.isEmpty() || rule.assignmentStates.contains(assignment.state))
        return std::nullopt;
    return WorkflowError::wrongState(u"%1 does not apply: the assignment of agency \"%2\" is %3"_s.arg(
        rule.type, assignment.agencyCode, assignmentStateName(assignment.state)));
}

Refusal checkBlocker(const CommandRule& rule, const Report& report, const Assignment* assignment)
{
    if (!rule.blocker)
        return std::nullopt;
    const QString reason = rule.blocker(report, assignment);
    if (reason.isEmpty())
        return std::nullopt;
    return WorkflowError::wrongState(reason);
}

// Fills in what every event of the step shares. Nothing of a confidential or state-secret report goes
// on the public timeline.
QList<Event> stampEvents(const QList<Event>& recorded, const Report& report, const Actor& actor,
                         const QDateTime& now)
{
    QList<Event> events;
    for (Event event : recorded) {
        event.reportId = report.id;
        event.actor = actor.eventName();
        if (actor.isStaff())
            event.actorRole = actor.role;
        event.at = now;
        event.reportVersion = report.version;
        event.isPublic = event.isPublic && report.confidentiality == Confidentiality::Public;
        events.append(event);
    }
    return events;
}

} // namespace

Workflow::Workflow(const SlaPolicy& policy, const SlaClock& clock) : m_timer(policy, clock) {}

std::variant<Outcome, WorkflowError> Workflow::apply(const std::optional<Report>& current,
                                                     const Command& command, const Actor& actor,
                                                     const Directory& directory, const QDateTime& now) const
{
    const CommandRule* rule = m_catalog.find(command.type);
    if (!rule)
        return WorkflowError{WorkflowErrorCode::UnknownCommand, u"type"_s,
                             u"unknown command \"%1\""_s.arg(command.type)};
    if (rule->createsReport() && current)
        return WorkflowError::wrongState(u"report %1 already exists"_s.arg(current->id));
    if (!rule->createsReport() && !current)
        return WorkflowError::invalidPayload(u"reportId"_s, u"no report %1"_s.arg(command.reportId));
    if (current && current->id != command.reportId)
        return WorkflowError::invalidPayload(
            u"reportId"_s, u"the command names %1, not %2"_s.arg(command.reportId, current->id));

    const Report* report = current ? &*current : nullptr;
    if (Refusal refusal = checkActor(*rule, report, actor))
        return *refusal;
    const qint64 version = report ? report->version : 0;
    if (command.expectedVersion != version)
        return WorkflowError{
            WorkflowErrorCode::StaleVersion,
            {},
            u"expected version %1, the report is at version %2"_s.arg(command.expectedVersion).arg(version)};

    Transition transition{command, actor, directory, now.toUTC(), m_timer, report ? *report : Report(),
                          {},      {}};
    if (report) {
        if (!rule->states.contains(report->state))
            return WorkflowError::wrongState(u"%1 does not apply to a report in state %2"_s.arg(
                rule->type, reportStateName(report->state)));
        const Assignment* assignment = nullptr;
        if (rule->onAssignment) {
            if (Refusal refusal = resolveAssignment(*report, command, actor, &transition.agencyCode))
                return *refusal;
            assignment = report->assignmentFor(transition.agencyCode);
            if (Refusal refusal = checkAssignmentState(*rule, *assignment))
                return *refusal;
        }
        if (Refusal refusal = checkBlocker(*rule, *report, assignment))
            return *refusal;
    }
    if (Refusal refusal = rule->perform(transition))
        return *refusal;

    Outcome outcome;
    outcome.report = transition.report;
    outcome.report.version = version + 1;
    outcome.events = stampEvents(transition.events, outcome.report, actor, transition.now);
    return outcome;
}

QStringList Workflow::allowedCommands(const Report& report, const Actor& actor) const
{
    QStringList allowed;
    for (const CommandRule& rule : m_catalog.rules()) {
        if (rule.createsReport() || !rule.states.contains(report.state) || checkActor(rule, &report, actor))
            continue;
        if (!rule.onAssignment) {
            if (!checkBlocker(rule, report, nullptr))
                allowed << rule.type;
            continue;
        }
        for (const Assignment& assignment : report.assignments) {
            if (actor.isAgencyStaff() && assignment.agencyCode != actor.agencyCode)
                continue;
            if (!checkAssignmentState(rule, assignment) && !checkBlocker(rule, report, &assignment)) {
                allowed << rule.type;
                break;
            }
        }
    }
    return allowed;
}

} // namespace paht
