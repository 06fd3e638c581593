#include "domain/Report.h"

#include "domain/AttachmentHash.h"
#include "domain/Instant.h"
#include "domain/JsonReader.h"
#include "domain/ReportNumber.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

// The largest integer a JSON number (a double) carries exactly.
constexpr qint64 kMaxJsonInteger = qint64(1) << std::numeric_limits<double>::digits;

template <typename T>
QJsonArray toArray(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

} // namespace

QStringList Report::allAttachments() const
{
    QStringList all = attachments;
    for (const Assignment& assignment : assignments) {
        if (assignment.result)
            all += assignment.result->attachments;
    }
    all.removeDuplicates();
    return all;
}

const Assignment* Report::assignmentFor(const QString& agencyCode) const
{
    for (const Assignment& assignment : assignments) {
        if (assignment.agencyCode == agencyCode)
            return &assignment;
    }
    return nullptr;
}

Assignment* Report::assignmentFor(const QString& agencyCode)
{
    for (Assignment& assignment : assignments) {
        if (assignment.agencyCode == agencyCode)
            return &assignment;
    }
    return nullptr;
}

QJsonObject Report::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"title"_s, title},
        {u"description"_s, description},
        {u"categoryCode"_s, categoryCode},
        {u"location"_s, location.toJson()},
        {u"reporter"_s, reporter.toJson()},
        {u"confidentiality"_s, confidentialityName(confidentiality)},
        {u"attachments"_s, QJsonArray::fromStringList(attachments)},
        {u"state"_s, reportStateName(state)},
        {u"receivedAt"_s, instantToString(receivedAt)},
        {u"version"_s, version},
        {u"assignments"_s, toArray(assignments)},
        {u"intake"_s, intake.toJson()},
        {u"publicAnswer"_s, publicAnswer},
        {u"duplicateOf"_s, duplicateOf},
        {u"contactDisclosedTo"_s, QJsonArray::fromStringList(contactDisclosedTo)},
        {u"reporterFlag"_s, reporterFlagName(reporterFlag)},
        {u"citizenFeedback"_s, toArray(citizenFeedback)},
        {u"clarificationNotes"_s, toArray(clarificationNotes)},
    };
    if (publication)
        json.insert(u"publication"_s, publication->toJson());
    if (rejection)
        json.insert(u"rejection"_s, rejection->toJson());
    if (escalation)
        json.insert(u"escalation"_s, escalation->toJson());
    if (rating)
        json.insert(u"rating"_s, rating->toJson());
    if (notice)
        json.insert(u"notice"_s, notice->toJson());
    return json;
}

DecodeResult Report::fromJson(const QJsonObject& json, Report* out)
{
    Report value;
    JsonReader reader(json);
    reader.string("id", &value.id, Need::NonEmpty);
    if (reader.ok() && !ReportNumber::isValid(value.id))
        reader.fail(u"id"_s, u"expected a report number like PAHT-2026-000123, got \"%1\""_s.arg(value.id));
    reader.string("title", &value.title, Need::NonEmpty);
    reader.string("description", &value.description, Need::NonEmpty);
    reader.string("categoryCode", &value.categoryCode, Need::Optional);
    reader.object("location", &value.location);
    reader.object("reporter", &value.reporter);
    reader.enumeration("confidentiality", &value.confidentiality, confidentialityFromName);
    reader.strings("attachments", &value.attachments, Need::Optional, isAttachmentHash,
                   u"expected a SHA-256 hash (64 lowercase hex digits)"_s);
    reader.enumeration("state", &value.state, reportStateFromName);
    reader.instant("receivedAt", &value.receivedAt);
    reader.integer("version", &value.version, 1, kMaxJsonInteger);
    reader.objects("assignments", &value.assignments);
    reader.stageTiming("intake", &value.intake);
    reader.stageTiming("publication", &value.publication);
    reader.string("publicAnswer", &value.publicAnswer, Need::Optional);
    reader.object("notice", &value.notice);
    reader.object("rejection", &value.rejection);
    reader.string("duplicateOf", &value.duplicateOf, Need::Optional);
    reader.object("escalation", &value.escalation);
    reader.strings("contactDisclosedTo", &value.contactDisclosedTo);
    reader.enumeration("reporterFlag", &value.reporterFlag, reporterFlagFromName, Need::Optional);
    reader.objects("citizenFeedback", &value.citizenFeedback);
    reader.object("rating", &value.rating);
    reader.objects("clarificationNotes", &value.clarificationNotes);
    if (reader.ok())
        *out = value;
    return reader.result();
}

bool operator==(const Report& a, const Report& b)
{
    return a.id == b.id && a.title == b.title && a.description == b.description &&
           a.categoryCode == b.categoryCode && a.location == b.location && a.reporter == b.reporter &&
           a.confidentiality == b.confidentiality && a.attachments == b.attachments && a.state == b.state &&
           a.receivedAt == b.receivedAt && a.version == b.version && a.assignments == b.assignments &&
           a.intake == b.intake && a.publication == b.publication && a.publicAnswer == b.publicAnswer &&
           a.rejection == b.rejection && a.duplicateOf == b.duplicateOf && a.escalation == b.escalation &&
           a.contactDisclosedTo == b.contactDisclosedTo && a.reporterFlag == b.reporterFlag &&
           a.citizenFeedback == b.citizenFeedback && a.rating == b.rating &&
           a.clarificationNotes == b.clarificationNotes && a.notice == b.notice;
}

} // namespace paht
