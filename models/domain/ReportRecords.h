#pragma once

#include "domain/DecodeError.h"
#include "domain/Rating.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paht {

// The life of a report as a whole (architecture, "The workflow").
enum class ReportState
{
    Received,            // received: waiting for the intake operator
    Clarifying,          // clarifying: the operator is checking the content with the reporter
    Rejected,            // rejected: out of scope or a duplicate; the reporter is told
    Dispatched,          // dispatched: with the agencies, none has accepted yet
    InProgress,          // in_progress: at least one agency is handling it (R-10..R-12)
    AwaitingPublication, // awaiting_publication: every handling agency approved
    Published,           // published: public answer out
    AnsweredPrivately,   // answered_privately: confidential, the answer went to the reporter only
    ClosedRestricted,    // closed_restricted: state secret, nothing published
};

QString reportStateName(ReportState state);
bool reportStateFromName(const QString& name, ReportState* out);
QList<ReportState> allReportStates();

// Why the center did not take a report or that it repeats an earlier one.
enum class RejectionKind
{
    Complaint,
    Denunciation,
    LegalAdvice,
    Abusive,
    Duplicate
};
QString rejectionKindName(RejectionKind kind); // complaint, denunciation, legal_advice, abusive, duplicate
bool rejectionKindFromName(const QString& name, RejectionKind* out);
QList<RejectionKind> allRejectionKinds(); // in the order above, the order of the report columns

// valuable reporters can be recognised, false or abusive ones flagged.
enum class ReporterFlag
{
    None,
    Valuable,
    FalseAbusive
};
QString reporterFlagName(ReporterFlag flag); // none, valuable, false_abusive
bool reporterFlagFromName(const QString& name, ReporterFlag* out);

// How the intake operator reached the reporter while clarifying.
enum class ContactChannel
{
    Phone,
    Email,
    Sms,
    App,
    InPerson
};
QString contactChannelName(ContactChannel channel); // phone, email, sms, app, in_person
bool contactChannelFromName(const QString& name, ContactChannel* out);

struct Rejection
{
    RejectionKind kind = RejectionKind::Complaint;
    QString reason; // written for the reporter, who is told

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Rejection* out);
    friend bool operator==(const Rejection& a, const Rejection& b)
    {
        return a.kind == b.kind && a.reason == b.reason;
    }
};

// the Provincial Office compiles the case for the Provincial People's Committee.
struct Escalation
{
    QString note;
    QString by;
    QDateTime at;
    QString resolutionNote;
    QString resolvedBy;
    QDateTime resolvedAt; // null while the escalation stands

    bool isActive() const { return resolvedAt.isNull(); }

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Escalation* out);
    friend bool operator==(const Escalation& a, const Escalation& b)
    {
        return a.note == b.note && a.by == b.by && a.at == b.at && a.resolutionNote == b.resolutionNote &&
               a.resolvedBy == b.resolvedBy && a.resolvedAt == b.resolvedAt;
    }
};

// What the reporter wrote back about the result.
struct FeedbackNote
{
    QDateTime at;
    QString text;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, FeedbackNote* out);
    friend bool operator==(const FeedbackNote& a, const FeedbackNote& b)
    {
        return a.at == b.at && a.text == b.text;
    }
};

// The reporter's rating; a later rating replaces this one, the events keep both.
struct RatingRecord
{
    Rating level = Rating::Neutral;
    QString comment;
    QDateTime at;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, RatingRecord* out);
    friend bool operator==(const RatingRecord& a, const RatingRecord& b)
    {
        return a.level == b.level && a.comment == b.comment && a.at == b.at;
    }
};

// One contact attempt or answer while the center clarifies the report with the reporter.
struct ClarificationNote
{
    QDateTime at;
    QString by;
    ContactChannel channel = ContactChannel::Phone;
    QString note;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, ClarificationNote* out);
    friend bool operator==(const ClarificationNote& a, const ClarificationNote& b)
    {
        return a.at == b.at && a.by == b.by && a.channel == b.channel && a.note == b.note;
    }
};

} // namespace paht
