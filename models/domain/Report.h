#pragma once

#include "calendar/StageTiming.h"
#include "domain/Assignment.h"
#include "domain/Confidentiality.h"
#include "domain/DecodeError.h"
#include "domain/Location.h"
#include "domain/NoticeRecord.h"
#include "domain/ReportRecords.h"
#include "domain/Reporter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paht {

// A field report (phản ánh hiện trường) and everything the process has added to it. Only the workflow
// changes a report, one command at a time, and every change bumps `version` (sync protocol).
struct Report
{
    QString id; // "PAHT-2026-000123", see ReportNumber
    QString title;
    QString description;
    QString categoryCode; // empty until the intake operator classifies it
    Location location;
    Reporter reporter;
    Confidentiality confidentiality = Confidentiality::Public;
    QStringList attachments; // SHA-256 hex
    ReportState state = ReportState::Received;
    QDateTime receivedAt;
    qint64 version = 1;
    QList<Assignment> assignments;          // one per handling agency
    StageTiming intake;
    std::optional<StageTiming> publication; // R-14, from the last approval to publication
    QString publicAnswer;                   // the result as edited by the center for publication
    std::optional<NoticeRecord> notice;     // numbered by the store when the answer goes out
    std::optional<Rejection> rejection;
    QString duplicateOf; // report number of the earlier report this one repeats
    std::optional<Escalation> escalation;
    QStringList contactDisclosedTo; // agency codes, sorted
    ReporterFlag reporterFlag = ReporterFlag::None;
    QList<FeedbackNote> citizenFeedback;
    std::optional<RatingRecord> rating;
    QList<ClarificationNote> clarificationNotes;

    const Assignment* assignmentFor(const QString& agencyCode) const;
    Assignment* assignmentFor(const QString& agencyCode);
    // Every attachment the report references: the reporter's photos and the agencies' result files.
    QStringList allAttachments() const;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Report* out);

    friend bool operator==(const Report& a, const Report& b);
    friend bool operator!=(const Report& a, const Report& b) { return !(a == b); }
};

} // namespace paht
