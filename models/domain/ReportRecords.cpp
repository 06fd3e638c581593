#include "domain/ReportRecords.h"

#include "domain/EnumNames.h"
#include "domain/Instant.h"
#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

constexpr std::array<EnumName<ReportState>, 9> kStates{{
    {ReportState::Received, "received"},
    {ReportState::Clarifying, "clarifying"},
    {ReportState::Rejected, "rejected"},
    {ReportState::Dispatched, "dispatched"},
    {ReportState::InProgress, "in_progress"},
    {ReportState::AwaitingPublication, "awaiting_publication"},
    {ReportState::Published, "published"},
    {ReportState::AnsweredPrivately, "answered_privately"},
    {ReportState::ClosedRestricted, "closed_restricted"},
}};

constexpr std::array<EnumName<RejectionKind>, 5> kRejectionKinds{{
    {RejectionKind::Complaint, "complaint"},
    {RejectionKind::Denunciation, "denunciation"},
    {RejectionKind::LegalAdvice, "legal_advice"},
    {RejectionKind::Abusive, "abusive"},
    {RejectionKind::Duplicate, "duplicate"},
}};

constexpr std::array<EnumName<ReporterFlag>, 3> kFlags{{
    {ReporterFlag::None, "none"},
    {ReporterFlag::Valuable, "valuable"},
    {ReporterFlag::FalseAbusive, "false_abusive"},
}};

constexpr std::array<EnumName<ContactChannel>, 5> kChannels{{
    {ContactChannel::Phone, "phone"},
    {ContactChannel::Email, "email"},
    {ContactChannel::Sms, "sms"},
    {ContactChannel::App, "app"},
    {ContactChannel::InPerson, "in_person"},
}};

} // namespace

QString reportStateName(ReportState state)
{
    return enumToName(kStates, state);
}

bool reportStateFromName(const QString& name, ReportState* out)
{
    return enumFromName(kStates, name, out);
}

QList<ReportState> allReportStates()
{
    QList<ReportState> states;
    for (const auto& entry : kStates)
        states << entry.value;
    return states;
}

QString rejectionKindName(RejectionKind kind)
{
    return enumToName(kRejectionKinds, kind);
}

bool rejectionKindFromName(const QString& name, RejectionKind* out)
{
    return enumFromName(kRejectionKinds, name, out);
}

QList<RejectionKind> allRejectionKinds()
{
    QList<RejectionKind> kinds;
    for (const auto& entry : kRejectionKinds)
        kinds << entry.value;
    return kinds;
}

QString reporterFlagName(ReporterFlag flag)
{
    return enumToName(kFlags, flag);
}

bool reporterFlagFromName(const QString& name, ReporterFlag* out)
{
    return enumFromName(kFlags, name, out);
}

QString contactChannelName(ContactChannel channel)
{
    return enumToName(kChannels, channel);
}

bool contactChannelFromName(const QString& name, ContactChannel* out)
{
    return enumFromName(kChannels, name, out);
}

QJsonObject Rejection::toJson() const
{
    return {{u"kind"_s, rejectionKindName(kind)}, {u"reason"_s, reason}};
}

DecodeResult Rejection::fromJson(const QJsonObject& json, Rejection* out)
{
    Rejection value;
    JsonReader reader(json);
    reader.enumeration("kind", &value.kind, rejectionKindFromName);
    reader.string("reason", &value.reason, Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QJsonObject Escalation::toJson() const
{
    QJsonObject json{{u"note"_s, note},
                     {u"by"_s, by},
                     {u"at"_s, instantToString(at)},
                     {u"resolutionNote"_s, resolutionNote},
                     {u"resolvedBy"_s, resolvedBy}};
    insertInstant(json, u"resolvedAt"_s, resolvedAt);
    return json;
}

DecodeResult Escalation::fromJson(const QJsonObject& json, Escalation* out)
{
    Escalation value;
    JsonReader reader(json);
    reader.string("note", &value.note);
    reader.string("by", &value.by, Need::NonEmpty);
    reader.instant("at", &value.at);
    reader.string("resolutionNote", &value.resolutionNote, Need::Optional);
    reader.string("resolvedBy", &value.resolvedBy, Need::Optional);
    reader.instant("resolvedAt", &value.resolvedAt, Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QJsonObject FeedbackNote::toJson() const
{
    return {{u"at"_s, instantToString(at)}, {u"text"_s, text}};
}

DecodeResult FeedbackNote::fromJson(const QJsonObject& json, FeedbackNote* out)
{
    FeedbackNote value;
    JsonReader reader(json);
    reader.instant("at", &value.at);
    reader.string("text", &value.text);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QJsonObject RatingRecord::toJson() const
{
    return {{u"level"_s, ratingName(level)}, {u"comment"_s, comment}, {u"at"_s, instantToString(at)}};
}

DecodeResult RatingRecord::fromJson(const QJsonObject& json, RatingRecord* out)
{
    RatingRecord value;
    JsonReader reader(json);
    reader.enumeration("level", &value.level, ratingFromName);
    reader.string("comment", &value.comment, Need::Optional);
    reader.instant("at", &value.at);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QJsonObject ClarificationNote::toJson() const
{
    return {{u"at"_s, instantToString(at)},
            {u"by"_s, by},
            {u"channel"_s, contactChannelName(channel)},
            {u"note"_s, note}};
}

DecodeResult ClarificationNote::fromJson(const QJsonObject& json, ClarificationNote* out)
{
    ClarificationNote value;
    JsonReader reader(json);
    reader.instant("at", &value.at);
    reader.string("by", &value.by, Need::NonEmpty);
    reader.enumeration("channel", &value.channel, contactChannelFromName);
    reader.string("note", &value.note);
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
