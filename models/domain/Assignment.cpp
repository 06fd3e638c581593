#include "domain/Assignment.h"

#include "domain/AttachmentHash.h"
#include "domain/EnumNames.h"
#include "domain/Instant.h"
#include "domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

constexpr std::array<EnumName<AssignmentState>, 6> kStates{{
    {AssignmentState::PendingAcceptance, "pending_acceptance"},
    {AssignmentState::Processing, "processing"},
    {AssignmentState::ReturnedToCenter, "returned_to_center"},
    {AssignmentState::AwaitingApproval, "awaiting_approval"},
    {AssignmentState::Rework, "rework"},
    {AssignmentState::Approved, "approved"},
}};

constexpr std::array<EnumName<ResultRevision::Kind>, 2> kRevisionKinds{{
    {ResultRevision::Kind::Submitted, "submitted"},
    {ResultRevision::Kind::EditedByLeader, "edited_by_leader"},
}};

bool revisionKindFromName(const QString& name, ResultRevision::Kind* out)
{
    return enumFromName(kRevisionKinds, name, out);
}

template <typename T>
QJsonArray toArray(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

} // namespace

QString assignmentStateName(AssignmentState state)
{
    return enumToName(kStates, state);
}

bool assignmentStateFromName(const QString& name, AssignmentState* out)
{
    return enumFromName(kStates, name, out);
}

QJsonObject AssignmentResult::toJson() const
{
    return {{u"text"_s, text}, {u"attachments"_s, QJsonArray::fromStringList(attachments)}};
}

DecodeResult AssignmentResult::fromJson(const QJsonObject& json, AssignmentResult* out)
{
    AssignmentResult value;
    JsonReader reader(json);
    reader.string("text", &value.text);
    reader.strings("attachments", &value.attachments, Need::Optional, isAttachmentHash,
                   u"expected a SHA-256 hash (64 lowercase hex digits)"_s);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QJsonObject ResultRevision::toJson() const
{
    return {{u"text"_s, text},
            {u"by"_s, by},
            {u"at"_s, instantToString(at)},
            {u"kind"_s, enumToName(kRevisionKinds, kind)}};
}

DecodeResult ResultRevision::fromJson(const QJsonObject& json, ResultRevision* out)
{
    ResultRevision value;
    JsonReader reader(json);
    reader.string("text", &value.text);
    reader.string("by", &value.by, Need::NonEmpty);
    reader.instant("at", &value.at);
    reader.enumeration("kind", &value.kind, revisionKindFromName);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QJsonObject CitizenClarification::toJson() const
{
    QJsonObject json{{u"question"_s, question},
                     {u"askedAt"_s, instantToString(askedAt)},
                     {u"answer"_s, answer},
                     {u"answeredBy"_s, answeredBy},
                     {u"timing"_s, timing.toJson()}};
    insertInstant(json, u"answeredAt"_s, answeredAt);
    return json;
}

DecodeResult CitizenClarification::fromJson(const QJsonObject& json, CitizenClarification* out)
{
    CitizenClarification value;
    JsonReader reader(json);
    reader.string("question", &value.question);
    reader.instant("askedAt", &value.askedAt);
    reader.string("answer", &value.answer, Need::Optional);
    reader.string("answeredBy", &value.answeredBy, Need::Optional);
    reader.instant("answeredAt", &value.answeredAt, Need::Optional);
    reader.stageTiming("timing", &value.timing);
    if (reader.ok())
        *out = value;
    return reader.result();
}

bool Assignment::awaitsAgency() const
{
    switch (state) {
    case AssignmentState::PendingAcceptance:
    case AssignmentState::Processing:
    case AssignmentState::AwaitingApproval:
    case AssignmentState::Rework:
        return true;
    case AssignmentState::Approved:
        return clarification && clarification->isOpen();
    case AssignmentState::ReturnedToCenter:
        return false;
    }
    return false;
}

QJsonObject Assignment::toJson() const
{
    QJsonObject json{{u"agencyCode"_s, agencyCode},
                     {u"state"_s, assignmentStateName(state)},
                     {u"instruction"_s, instruction},
                     {u"dispatchedAt"_s, instantToString(dispatchedAt)},
                     {u"acceptance"_s, acceptance.toJson()},
                     {u"returnReason"_s, returnReason},
                     {u"resultRevisions"_s, toArray(resultRevisions)},
                     {u"reworkReason"_s, reworkReason},
                     {u"reminders"_s, reminders}};
    if (processing)
        json.insert(u"processing"_s, processing->toJson());
    if (approval)
        json.insert(u"approval"_s, approval->toJson());
    if (returnStage)
        json.insert(u"returnStage"_s, returnStage->toJson());
    if (result)
        json.insert(u"result"_s, result->toJson());
    if (clarification)
        json.insert(u"clarification"_s, clarification->toJson());
    return json;
}

DecodeResult Assignment::fromJson(const QJsonObject& json, Assignment* out)
{
    Assignment value;
    JsonReader reader(json);
    reader.string("agencyCode", &value.agencyCode, Need::NonEmpty);
    reader.enumeration("state", &value.state, assignmentStateFromName);
    reader.string("instruction", &value.instruction, Need::Optional);
    reader.instant("dispatchedAt", &value.dispatchedAt);
    reader.stageTiming("acceptance", &value.acceptance);
    reader.stageTiming("processing", &value.processing);
    reader.stageTiming("approval", &value.approval);
    reader.stageTiming("returnStage", &value.returnStage);
    reader.string("returnReason", &value.returnReason, Need::Optional);
    reader.object("result", &value.result);
    reader.objects("resultRevisions", &value.resultRevisions);
    reader.string("reworkReason", &value.reworkReason, Need::Optional);
    reader.object("clarification", &value.clarification);
    reader.integer("reminders", &value.reminders, 0, 1000000, Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

bool operator==(const Assignment& a, const Assignment& b)
{
    return a.agencyCode == b.agencyCode && a.state == b.state && a.instruction == b.instruction &&
           a.dispatchedAt == b.dispatchedAt && a.acceptance == b.acceptance && a.processing == b.processing &&
           a.approval == b.approval && a.returnStage == b.returnStage && a.returnReason == b.returnReason &&
           a.result == b.result && a.resultRevisions == b.resultRevisions &&
           a.reworkReason == b.reworkReason && a.clarification == b.clarification &&
           a.reminders == b.reminders;
}

} // namespace paht
