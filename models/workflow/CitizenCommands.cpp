#include "workflow/CitizenCommands.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

bool canBeAsked(const Assignment& assignment)
{
    return assignment.state == AssignmentState::Approved &&
           !(assignment.clarification && assignment.clarification->isOpen());
}

QString nobodyToAsk(const Report& report, const Assignment*)
{
    for (const Assignment& assignment : report.assignments) {
        if (canBeAsked(assignment))
            return {};
    }
    return u"every agency still owes an answer to the reporter's previous question"_s;
}

// The agencies the question goes to: those named, or every agency whose result was approved.
Refusal addressees(const Transition& t, QStringList* codes)
{
    JsonReader in(t.command.payload);
    in.strings("agencies", codes, Need::Optional);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    if (codes->isEmpty()) {
        for (const Assignment& assignment : t.report.assignments) {
            if (canBeAsked(assignment))
                codes->append(assignment.agencyCode);
        }
        return std::nullopt;
    }
    for (qsizetype i = 0; i < codes->size(); ++i) {
        const QString field = u"agencies[%1]"_s.arg(i);
        const Assignment* assignment = t.report.assignmentFor(codes->at(i));
        if (!assignment || assignment->state != AssignmentState::Approved)
            return WorkflowError::invalidPayload(
                field, u"agency \"%1\" gave no approved result"_s.arg(codes->at(i)));
        if (!canBeAsked(*assignment))
            return WorkflowError::invalidPayload(
                field, u"agency \"%1\" has not answered the previous question yet"_s.arg(codes->at(i)));
        if (codes->indexOf(codes->at(i)) < i)
            return WorkflowError::invalidPayload(field, u"agency \"%1\" is listed twice"_s.arg(codes->at(i)));
    }
    return std::nullopt;
}

// the reporter answers the result; each agency asked must clarify, on its own clock.
Refusal citizenFeedback(Transition& t)
{
    QString text;
    JsonReader in(t.command.payload);
    in.string("text", &text, Need::NonEmpty);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    QStringList codes;
    if (Refusal refusal = addressees(t, &codes))
        return refusal;
    t.report.citizenFeedback.append({t.now, text});
    for (const QString& code : codes) {
        CitizenClarification request;
        request.question = text;
        request.askedAt = t.now;
        request.timing = t.timer.start(SlaStage::CitizenClarification, t.now, code, t.report.categoryCode);
        t.report.assignmentFor(code)->clarification = request;
        t.record(u"citizen_feedback"_s, false, {}, code);
    }
    return std::nullopt;
}

// five levels; a new rating replaces the old one, and the event keeps what it replaced.
Refusal rate(Transition& t)
{
    RatingRecord record;
    record.at = t.now;
    JsonReader in(t.command.payload);
    in.enumeration("rating", &record.level, ratingFromName);
    in.string("comment", &record.comment, Need::Optional);
    if (Refusal refusal = payloadRefusal(in))
        return refusal;
    QJsonObject payload{{u"rating"_s, ratingName(record.level)}};
    if (t.report.rating)
        payload.insert(u"replaces"_s, ratingName(t.report.rating->level));
    t.report.rating = record;
    t.record(u"rated"_s, false, payload);
    return std::nullopt;
}

} // namespace

QList<CommandRule> citizenCommands()
{
    using S = ReportState;
    const QList<ReportState> answered{S::Published, S::AnsweredPrivately};
    return {
        CommandRule::named("citizen_feedback", citizenFeedback).byCitizen().in(answered).unless(nobodyToAsk),
        CommandRule::named("rate", rate).byCitizen().in(answered),
    };
}

} // namespace paht
