#include "workflow/IntakeCommands.h"

#include "domain/AttachmentHash.h"
#include "domain/ReportNumber.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

QString sourceOf(const Actor& actor)
{
    switch (actor.kind) {
    case Actor::Kind::Citizen:
        return u"app"_s;
    case Actor::Kind::System:
        return u"system"_s;
    case Actor::Kind::Staff:
        break;
    }
    return u"operator"_s;
}

// a new report in `received` with its intake clock running. Completeness of the reporter's
// contact is the operator's check at intake, so only what is needed to read the report is required.
Refusal submit(Transition& t)
{
    if (!ReportNumber::isValid(t.command.reportId))
        return WorkflowError::invalidPayload(
            u"reportId"_s,
            u"expected a report number like PAHT-2026-000123, got \"%1\""_s.arg(t.command.reportId));
    Report report;
    report.id = t.command.reportId;
    JsonReader in(t.command.payload);
    in.string("title", &report.title, Need::NonEmpty);
    in.string("description", &report.description, Need::NonEmpty);
    in.object("location", &report.location);
    in.object("reporter", &report.reporter);
    if (in.ok() && report.reporter.name.trimmed().isEmpty())
        in.fail(u"reporter.name"_s, u"must not be empty"_s);
    in.string("categoryCode", &report.categoryCode, Need::Optional);
    in.enumeration("confidentiality", &report.confidentiality, confidentialityFromName, Need::Optional);
    in.strings("attachments", &report.attachments, Need::Optional, isAttachmentHash,
               u"expected a SHA-256 hash (64 lowercase hex digits)"_s);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    if (!report.categoryCode.isEmpty() && !t.directory.categories.contains(report.categoryCode))
        return WorkflowError::invalidPayload(u"categoryCode"_s,
                                             u"unknown category \"%1\""_s.arg(report.categoryCode));
    if (report.confidentiality == Confidentiality::StateSecret) {
        // R-4 lets a reporter ask for confidentiality; a state secret is the center's call.
        if (!t.actor.isStaff())
            return WorkflowError::invalidPayload(u"confidentiality"_s,
                                                 u"a reporter may ask for confidential, not state_secret"_s);
        if (!t.actor.stateSecretClearance)
            return WorkflowError::wrongRole(u"entering a state-secret report needs clearance (R-17)"_s);
    }
    report.state = ReportState::Received;
    report.receivedAt = t.now;
    report.intake = t.timer.start(SlaStage::Intake, t.now, {}, report.categoryCode);
    t.report = report;
    t.record(u"received"_s, true, {{u"source"_s, sourceOf(t.actor)}});
    return std::nullopt;
}

// step 1.1 puts the report in a category; only accepted, active categories.
Refusal classify(Transition& t)
{
    QString code;
    JsonReader in(t.command.payload);
    in.string("categoryCode", &code, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    const auto category = t.directory.categories.constFind(code);
    if (category == t.directory.categories.constEnd())
        return WorkflowError::invalidPayload(u"categoryCode"_s, u"unknown category \"%1\""_s.arg(code));
    if (!category->active)
        return WorkflowError::invalidPayload(u"categoryCode"_s,
                                             u"category \"%1\" is no longer accepted"_s.arg(code));
    const QString previous = t.report.categoryCode;
    t.report.categoryCode = code;
    t.record(u"classified"_s, false, {{u"categoryCode"_s, code}, {u"previous"_s, previous}});
    return std::nullopt;
}

Refusal readClarificationNote(Transition& t, Need channelNeed, ClarificationNote* note)
{
    note->at = t.now;
    note->by = t.actor.username;
    if (channelNeed == Need::Optional && !t.report.clarificationNotes.isEmpty())
        note->channel = t.report.clarificationNotes.constLast().channel;
    JsonReader in(t.command.payload);
    in.string("note", &note->note, Need::NonEmpty);
    in.enumeration("contactChannel", &note->channel, contactChannelFromName, channelNeed);
    return payloadRefusal(in);
}

// the operator contacts the reporter; the intake clock waits while they do, if the policy says so.
Refusal requestClarification(Transition& t)
{
    ClarificationNote note;
    if (Refusal refusal = readClarificationNote(t, Need::Required, &note))
        return refusal;
    t.report.clarificationNotes.append(note);
    t.report.intake = t.timer.pauseForClarification(t.report.intake, t.now);
    t.report.state = ReportState::Clarifying;
    t.record(u"clarification_requested"_s, false, {{u"contactChannel"_s, contactChannelName(note.channel)}});
    return std::nullopt;
}

Refusal clarificationReceived(Transition& t)
{
    ClarificationNote note;
    if (Refusal refusal = readClarificationNote(t, Need::Optional, &note))
        return refusal;
    t.report.clarificationNotes.append(note);
    t.report.intake = t.timer.resume(t.report.intake, t.now);
    t.report.state = ReportState::Received;
    t.record(u"clarification_received"_s, false, {{u"contactChannel"_s, contactChannelName(note.channel)}});
    return std::nullopt;
}

// complaints, denunciations and requests for legal advice are not taken; the reporter is told why.
Refusal reject(Transition& t)
{
    Rejection rejection;
    JsonReader in(t.command.payload);
    in.enumeration("kind", &rejection.kind, rejectionKindFromName);
    if (in.ok() && rejection.kind == RejectionKind::Duplicate)
        in.fail(u"kind"_s, u"use link_duplicate for a duplicate"_s);
    in.string("reason", &rejection.reason, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    t.report.rejection = rejection;
    t.report.intake = t.timer.complete(t.report.intake, t.now);
    t.report.state = ReportState::Rejected;
    t.record(u"rejected"_s, true,
             {{u"kind"_s, rejectionKindName(rejection.kind)}, {u"reason"_s, rejection.reason}});
    return std::nullopt;
}

Refusal linkDuplicate(Transition& t)
{
    QString original;
    Rejection rejection{RejectionKind::Duplicate, {}};
    JsonReader in(t.command.payload);
    in.string("duplicateOf", &original, Need::NonEmpty);
    if (in.ok() && !ReportNumber::isValid(original))
        in.fail(u"duplicateOf"_s,
                u"expected a report number like PAHT-2026-000123, got \"%1\""_s.arg(original));
    if (in.ok() && original == t.report.id)
        in.fail(u"duplicateOf"_s, u"a report cannot duplicate itself"_s);
    in.string("reason", &rejection.reason, Need::Optional);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    t.report.duplicateOf = original;
    t.report.rejection = rejection;
    t.report.intake = t.timer.complete(t.report.intake, t.now);
    t.report.state = ReportState::Rejected;
    t.record(u"duplicate_linked"_s, true, {{u"duplicateOf"_s, original}});
    return std::nullopt;
}

} // namespace

QList<CommandRule> intakeCommands()
{
    using S = ReportState;
    const QList<Role> intake{Role::IntakeOperator};
    return {
        CommandRule::named("submit", submit).by(intake).byCitizen().bySystem(),
        CommandRule::named("classify", classify).by(intake).in({S::Received, S::Clarifying}),
        CommandRule::named("request_clarification", requestClarification).by(intake).in({S::Received}),
        CommandRule::named("clarification_received", clarificationReceived).by(intake).in({S::Clarifying}),
        CommandRule::named("reject", reject).by(intake).in({S::Received, S::Clarifying}),
        CommandRule::named("link_duplicate", linkDuplicate).by(intake).in({S::Received, S::Clarifying}),
    };
}

} // namespace paht
