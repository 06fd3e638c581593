#include "open311/RequestView.h"

#include "calendar/WorkingCalendar.h"
#include "domain/Instant.h"
#include "open311/ServiceRequestForm.h"
#include "publication/PublicNotice.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

namespace paht::store::open311 {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A complaint, denunciation or abusive text was refused and may accuse people by name: it is
// not published. A duplicate is an ordinary report that repeats another and stays readable.
bool contentWithheld(const Report& report, Audience audience)
{
    return audience == Audience::Public && report.state == ReportState::Rejected && report.rejection &&
           report.rejection->kind != RejectionKind::Duplicate;
}

void consider(const StageTiming& timing, QDateTime* latest)
{
    if (timing.isOpen() && timing.deadline.isValid() && (latest->isNull() || timing.deadline > *latest))
        *latest = timing.deadline;
}

} // namespace

bool RequestView::isOpen(const Report& report)
{
    switch (report.state) {
    case ReportState::Published:
    case ReportState::AnsweredPrivately:
    case ReportState::ClosedRestricted:
    case ReportState::Rejected:
        return false;
    default:
        return true;
    }
}

QDateTime RequestView::expectedAt(const Report& report)
{
    QDateTime latest;
    if (report.state == ReportState::Rejected)
        return latest;
    consider(report.intake, &latest);
    if (report.publication)
        consider(*report.publication, &latest);
    for (const Assignment& assignment : report.assignments) {
        if (assignment.state == AssignmentState::ReturnedToCenter)
            continue;
        consider(assignment.acceptance, &latest);
        for (const auto* stage : {&assignment.processing, &assignment.approval}) {
            if (*stage)
                consider(**stage, &latest);
        }
        if (assignment.clarification)
            consider(assignment.clarification->timing, &latest);
    }
    return latest;
}

QString RequestView::agencyName(const QString& code) const
{
    const auto agency = m_directory.agencies.constFind(code);
    return agency == m_directory.agencies.constEnd() ? code : agency->name;
}

QString RequestView::statusNotes(const Report& report, Audience audience) const
{
    if (report.state == ReportState::Published)
        return report.publicAnswer;
    if (audience == Audience::Public)
        return {};
    if (report.state == ReportState::AnsweredPrivately)
        return report.publicAnswer; // the answer goes to the reporter alone
    if (report.state == ReportState::Rejected && report.rejection) {
        if (!report.duplicateOf.isEmpty())
            return QStringLiteral("Trùng với phản ánh %1. %2")
                .arg(report.duplicateOf, report.rejection->reason)
                .trimmed();
        return report.rejection->reason; // the reporter is told why
    }
    return {};
}

QString RequestView::noticeText(const Report& report, Audience audience)
{
    // the notice is quoted where its answer is shown, and nowhere else.
    const bool answerShown =
        report.state == ReportState::Published ||
        (audience == Audience::Reporter && report.state == ReportState::AnsweredPrivately);
    if (!answerShown || !report.notice || report.notice->numbers.isEmpty())
        return {};
    return QStringLiteral("Thông báo số %1, %2")
        .arg(report.notice->numbersText(),
             PublicNotice::vietnameseDate(WorkingCalendar::localDate(report.notice->issuedAt)));
}

QDateTime RequestView::updatedAt(const Report& report) const
{
    const QList<StoredEvent> events = EventLog(m_db.connection()).forReport(report.id);
    QDateTime at;
    if (!events.isEmpty() &&
        instantFromString(events.last().event.value(QStringLiteral("at")).toString(), &at).isEmpty())
        return at;
    return report.receivedAt;
}

Record RequestView::record(const Report& report, Audience audience) const
{
    // once the center marks a state secret, even its reporter learns no more than its progress.
    const bool secret = report.confidentiality == Confidentiality::StateSecret;
    const bool withheld = secret || contentWithheld(report, audience);
    QStringList agencies;
    for (const Assignment& assignment : report.assignments) {
        if (!secret && assignment.state != AssignmentState::ReturnedToCenter)
            agencies.append(agencyName(assignment.agencyCode));
    }
    const auto category = m_directory.categories.constFind(report.categoryCode);
    const QString serviceName = category == m_directory.categories.constEnd() ? QString() : category->name;
    const QDateTime expected = isOpen(report) ? expectedAt(report) : QDateTime();
    return {
        {QStringLiteral("service_request_id"), report.id},
        {QStringLiteral("status"), isOpen(report) ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("status_notes"), textOrNull(statusNotes(report, audience))},
        {QStringLiteral("service_name"), textOrNull(serviceName)},
        {QStringLiteral("service_code"), textOrNull(report.categoryCode)},
        {QStringLiteral("description"),
         withheld ? QJsonValue() : QJsonValue(MediaNote::strip(report.description))},
        {QStringLiteral("agency_responsible"), textOrNull(agencies.join(QStringLiteral("; ")))},
        {QStringLiteral("service_notice"), textOrNull(noticeText(report, audience))},
        {QStringLiteral("requested_datetime"), w3cDateTime(report.receivedAt)},
        {QStringLiteral("updated_datetime"), w3cDateTime(updatedAt(report))},
        {QStringLiteral("expected_datetime"), textOrNull(w3cDateTime(expected))},
        {QStringLiteral("address"), secret ? QJsonValue() : textOrNull(report.location.address)},
        {QStringLiteral("address_id"), QJsonValue()},
        {QStringLiteral("zipcode"), QJsonValue()},
        {QStringLiteral("lat"), secret ? QJsonValue() : QJsonValue(report.location.latitude)},
        {QStringLiteral("long"), secret ? QJsonValue() : QJsonValue(report.location.longitude)},
        {QStringLiteral("media_url"),
         withheld ? QJsonValue() : textOrNull(MediaNote::url(report.description))},
    };
}

} // namespace paht::store::open311
