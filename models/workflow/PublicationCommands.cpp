#include "workflow/PublicationCommands.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

// the center edits the approved results into the answer it will publish.
Refusal editPublicAnswer(Transition& t)
{
    QString text;
    JsonReader in(t.command.payload);
    in.string("text", &text, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    t.report.publicAnswer = text;
    t.record(u"public_answer_edited"_s, false);
    return std::nullopt;
}

// The three endings share their shape: an optional last edit of the answer, then the publication clock
// stops and the report reaches its final state.
Refusal finish(Transition& t, ReportState state, const QString& eventType, bool needsAnswer)
{
    QString text = t.report.publicAnswer;
    JsonReader in(t.command.payload);
    in.string("text", &text, Need::Optional);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    if (needsAnswer && text.trimmed().isEmpty())
        return WorkflowError::invalidPayload(u"text"_s,
                                             u"the answer is empty: edit it first or send it here"_s);
    t.report.publicAnswer = text;
    if (t.report.publication)
        t.report.publication = t.timer.complete(*t.report.publication, t.now);
    t.report.state = state;
    QJsonObject payload;
    if (needsAnswer)
        payload.insert(u"answer"_s, text);
    t.record(eventType, true, payload);
    return std::nullopt;
}

Refusal publish(Transition& t)
{
    return finish(t, ReportState::Published, u"published"_s, true);
}

Refusal answerPrivately(Transition& t)
{
    return finish(t, ReportState::AnsweredPrivately, u"answered_privately"_s, true);
}

Refusal closeRestricted(Transition& t)
{
    return finish(t, ReportState::ClosedRestricted, u"closed_restricted"_s, false);
}

QString notPublic(const Report& report, const Assignment*)
{
    if (report.confidentiality == Confidentiality::Confidential)
        return u"a confidential report is answered to its reporter only (R-17): use answer_privately"_s;
    if (report.confidentiality == Confidentiality::StateSecret)
        return u"a state-secret report is not published (R-17): use close_restricted"_s;
    return {};
}

QString notConfidential(const Report& report, const Assignment*)
{
    if (report.confidentiality != Confidentiality::Confidential)
        return u"only a confidential report is answered privately (R-17); this one is %1"_s.arg(
            confidentialityName(report.confidentiality));
    return {};
}

QString notStateSecret(const Report& report, const Assignment*)
{
    if (report.confidentiality != Confidentiality::StateSecret)
        return u"only a state-secret report is closed without publication (R-17); this one is %1"_s.arg(
            confidentialityName(report.confidentiality));
    return {};
}

// the reporter's wish or a state secret found during handling changes what may be published.
Refusal setConfidentiality(Transition& t)
{
    Confidentiality level = t.report.confidentiality;
    JsonReader in(t.command.payload);
    in.enumeration("confidentiality", &level, confidentialityFromName);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    if (level == t.report.confidentiality)
        return WorkflowError::invalidPayload(u"confidentiality"_s,
                                             u"the report is already %1"_s.arg(confidentialityName(level)));
    if (level == Confidentiality::StateSecret && !t.actor.stateSecretClearance)
        return WorkflowError::wrongRole(u"marking a report as a state secret needs clearance (R-17)"_s);
    const Confidentiality previous = t.report.confidentiality;
    t.report.confidentiality = level;
    t.record(
        u"confidentiality_changed"_s, false,
        {{u"confidentiality"_s, confidentialityName(level)}, {u"previous"_s, confidentialityName(previous)}});
    return std::nullopt;
}

} // namespace

QList<CommandRule> publicationCommands()
{
    using S = ReportState;
    const QList<Role> editor{Role::PublicationEditor};
    return {
        CommandRule::named("edit_public_answer", editPublicAnswer)
            .by({Role::PublicationEditor, Role::IntakeOperator})
            .in({S::AwaitingPublication}),
        CommandRule::named("publish", publish).by(editor).in({S::AwaitingPublication}).unless(notPublic),
        CommandRule::named("answer_privately", answerPrivately)
            .by(editor)
            .in({S::AwaitingPublication})
            .unless(notConfidential),
        CommandRule::named("close_restricted", closeRestricted)
            .by(editor)
            .in({S::AwaitingPublication})
            .unless(notStateSecret),
        CommandRule::named("set_confidentiality", setConfidentiality)
            .by({Role::IntakeOperator, Role::PublicationEditor, Role::Supervisor})
            .in({S::Received, S::Clarifying, S::Dispatched, S::InProgress, S::AwaitingPublication}),
    };
}

} // namespace paht
