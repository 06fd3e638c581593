#pragma once

#include "calendar/StageTiming.h"
#include "domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paht {

// One handling agency's piece of a report (Appendix I, step 2).
enum class AssignmentState
{
    PendingAcceptance, // pending_acceptance: dispatched, the specialist has not accepted yet
    Processing,        // processing: accepted, being verified and handled
    ReturnedToCenter,  // returned_to_center: not the agency's competence; the center re-dispatches
    AwaitingApproval,  // awaiting_approval: the specialist's result waits for the leader
    Rework,            // rework: the leader sent the result back to the specialist
    Approved,          // approved: the leader approved, possibly after editing the text
};

QString assignmentStateName(AssignmentState state);
bool assignmentStateFromName(const QString& name, AssignmentState* out);

// What the agency found and did, as the leader finally approved it.
struct AssignmentResult
{
    QString text;
    QStringList attachments; // SHA-256 hex of photos and documents

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, AssignmentResult* out);
    friend bool operator==(const AssignmentResult& a, const AssignmentResult& b)
    {
        return a.text == b.text && a.attachments == b.attachments;
    }
};

// Every version of the result text, so a leader's edit never erases what the specialist wrote.
struct ResultRevision
{
    enum class Kind
    {
        Submitted,
        EditedByLeader
    }; // submitted | edited_by_leader
    QString text;
    QString by; // username
    QDateTime at;
    Kind kind = Kind::Submitted;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, ResultRevision* out);
    friend bool operator==(const ResultRevision& a, const ResultRevision& b)
    {
        return a.text == b.text && a.by == b.by && a.at == b.at && a.kind == b.kind;
    }
};

// The reporter asked the agency to explain its result; the agency must answer.
struct CitizenClarification
{
    QString question;
    QDateTime askedAt;
    QString answer;
    QString answeredBy;
    QDateTime answeredAt; // null while the agency owes an answer
    StageTiming timing;   // stage CitizenClarification

    bool isOpen() const { return answeredAt.isNull(); }

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, CitizenClarification* out);
    friend bool operator==(const CitizenClarification& a, const CitizenClarification& b)
    {
        return a.question == b.question && a.askedAt == b.askedAt && a.answer == b.answer &&
               a.answeredBy == b.answeredBy && a.answeredAt == b.answeredAt && a.timing == b.timing;
    }
};

struct Assignment
{
    QString agencyCode;
    AssignmentState state = AssignmentState::PendingAcceptance;
    QString instruction; // the center's note to the agency at dispatch
    QDateTime dispatchedAt;
    StageTiming acceptance;
    std::optional<StageTiming> processing;  // R-10, from acceptance to the result
    std::optional<StageTiming> approval;    // R-12, from the result to the leader's decision
    std::optional<StageTiming> returnStage; // R-11, stamped when the agency returns it
    QString returnReason;
    std::optional<AssignmentResult> result;
    QList<ResultRevision> resultRevisions;
    QString reworkReason;
    std::optional<CitizenClarification> clarification; // the latest request
    int reminders = 0;

    // Whether the agency still owes something: a step of its own, or an answer to the reporter.
    bool awaitsAgency() const;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Assignment* out);
    friend bool operator==(const Assignment& a, const Assignment& b);
    friend bool operator!=(const Assignment& a, const Assignment& b) { return !(a == b); }
};

} // namespace paht
