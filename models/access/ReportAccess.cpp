#include "access/ReportAccess.h"

#include <QCoreApplication>

namespace paht {

namespace {

bool holdsLiveAssignment(const Report& report, const QString& agencyCode)
{
    const Assignment* assignment = report.assignmentFor(agencyCode);
    return assignment && assignment->state != AssignmentState::ReturnedToCenter;
}

void redactContent(Report& report)
{
    const QString hidden = QCoreApplication::translate("paht::ReportAccess", "[state secret]");
    report.title = hidden;
    // Not empty: a report without a description does not decode, and the viewer's console would drop it
    // (and with it the report's stages, which the periodic reports count).
    report.description = hidden;
    report.location = Location{};
    report.reporter = Reporter{};
    report.attachments.clear();
    report.publicAnswer.clear();
    report.citizenFeedback.clear();
    report.clarificationNotes.clear();
    for (Assignment& assignment : report.assignments) {
        assignment.instruction.clear();
        assignment.result.reset();
        assignment.resultRevisions.clear();
        assignment.returnReason.clear();
        assignment.reworkReason.clear();
        assignment.clarification.reset();
    }
}

} // namespace

ReportAccess::Sight ReportAccess::sight(const Report& report, const Viewer& viewer)
{
    const bool secret = report.confidentiality == Confidentiality::StateSecret;
    if (isCenterRole(viewer.role))
        return secret && !viewer.stateSecretClearance ? Sight::Redacted : Sight::Full;
    if (viewer.agencyCode.isEmpty() || !holdsLiveAssignment(report, viewer.agencyCode))
        return Sight::None;
    return secret && !viewer.stateSecretClearance ? Sight::Redacted : Sight::Full;
}

Report ReportAccess::viewFor(const Report& report, const Viewer& viewer)
{
    Report view = report;
    if (sight(report, viewer) == Sight::Redacted) {
        redactContent(view);
        return view;
    }
    if (isCenterRole(viewer.role))
        return view;
    if (report.confidentiality != Confidentiality::Public) {
        view.reporter = Reporter{};
        view.reporter.name = QCoreApplication::translate("paht::ReportAccess", "[confidential reporter]");
    } else if (!report.contactDisclosedTo.contains(viewer.agencyCode)) {
        view.reporter.phone = maskPhone(report.reporter.phone);
        view.reporter.email = maskEmail(report.reporter.email);
    }
    return view;
}

QString ReportAccess::maskPhone(const QString& phone)
{
    if (phone.size() <= 3)
        return QString(phone.size(), QLatin1Char('*'));
    return QString(phone.size() - 3, QLatin1Char('*')) + phone.right(3);
}

QString ReportAccess::maskEmail(const QString& email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QString(email.size(), QLatin1Char('*'));
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

} // namespace paht
