#include "intake/DispatchPlan.h"

#include "cache/LocalCache.h"
#include "intake/DispatchSuggestion.h"
#include "items/DisplayNames.h"
#include "workflow/StageTimer.h"

#include <QJsonArray>
#include <algorithm>

namespace paht {

namespace {

bool isHandled(ReportState state)
{
    return state == ReportState::Dispatched || state == ReportState::InProgress ||
           state == ReportState::AwaitingPublication;
}

bool matchesAllWords(const Agency& agency, const QStringList& words)
{
    const QString haystack = foldForSearch(agency.name + QLatin1Char(' ') + agency.code);
    return std::all_of(words.begin(), words.end(),
                       [&](const QString& word) { return haystack.contains(word); });
}

} // namespace

DispatchPlan::DispatchPlan(const QList<Report>& reports, const Directory& directory, const SlaPolicy& policy,
                           const SlaClock& clock, const Workflow& workflow, const Actor& actor,
                           const QDateTime& now)
    : m_reports(reports), m_directory(directory), m_policy(&policy), m_clock(&clock), m_workflow(&workflow),
      m_actor(actor), m_now(now.toUTC())
{}

DispatchPlan DispatchPlan::withReports(const QList<Report>& reports, const QDateTime& now) const
{
    DispatchPlan out = *this;
    out.m_reports = reports;
    out.m_now = now.toUTC();
    return out;
}

QStringList DispatchPlan::reportIds() const
{
    QStringList ids;
    for (const Report& report : m_reports)
        ids.append(report.id);
    return ids;
}

QStringList DispatchPlan::suggested() const
{
    QStringList codes;
    for (const Report& report : m_reports)
        codes.append(suggestedAgencies(report, m_directory));
    codes.removeDuplicates();
    return codes;
}

bool DispatchPlan::canTake(const QString& agencyCode, const Report& report) const
{
    const Assignment* held = report.assignmentFor(agencyCode);
    return !held || held->state == AssignmentState::ReturnedToCenter;
}

QList<DispatchCandidate> DispatchPlan::candidates(const QString& filter) const
{
    const QStringList suggestions = suggested();
    QList<Agency> agencies = m_directory.agencies.values();
    // Folded names sort the same whatever the host's locale, so the list never reorders under the user.
    std::sort(agencies.begin(), agencies.end(), [&](const Agency& a, const Agency& b) {
        const qsizetype aRank = suggestions.indexOf(a.code);
        const qsizetype bRank = suggestions.indexOf(b.code);
        if ((aRank < 0) != (bRank < 0))
            return aRank >= 0;
        if (aRank != bRank)
            return aRank < bRank;
        const QString aName = foldForSearch(a.name);
        const QString bName = foldForSearch(b.name);
        return aName != bName ? aName < bName : a.code < b.code;
    });
    const QStringList words = foldForSearch(filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<DispatchCandidate> out;
    for (const Agency& agency : agencies) {
        if (!matchesAllWords(agency, words))
            continue;
        DispatchCandidate candidate;
        candidate.agency = agency;
        candidate.suggested = suggestions.contains(agency.code);
        for (const Report& report : m_reports) {
            const Assignment* held = report.assignmentFor(agency.code);
            if (!held)
                continue;
            if (held->state == AssignmentState::ReturnedToCenter)
                candidate.returned.append(report.id);
            else
                candidate.holding.append(report.id);
        }
        out.append(candidate);
    }
    return out;
}

QList<DispatchReturn> DispatchPlan::returns() const
{
    QList<DispatchReturn> out;
    for (const Report& report : m_reports) {
        for (const Assignment& assignment : report.assignments) {
            if (assignment.state != AssignmentState::ReturnedToCenter)
                continue;
            const QDateTime at = assignment.returnStage ? assignment.returnStage->completedAt : QDateTime();
            out.append({report.id, assignment.agencyCode, assignment.returnReason, at});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DispatchReturn& a, const DispatchReturn& b) {
        return a.returnedAt < b.returnedAt;
    });
    return out;
}

QList<DispatchDeadlines> DispatchPlan::deadlines(const QStringList& agencies) const
{
    // The deadlines depend on the agency and the category only (SlaPolicy::duration): one row for each pair.
    // A report not yet classified cannot be dispatched, so it has none.
    QStringList categories;
    for (const Report& report : m_reports) {
        if (!report.categoryCode.isEmpty() && !categories.contains(report.categoryCode))
            categories.append(report.categoryCode);
    }
    const StageTimer timer(*m_policy, *m_clock);
    QList<DispatchDeadlines> out;
    for (const QString& code : agencies) {
        const auto agency = m_directory.agencies.constFind(code);
        if (agency == m_directory.agencies.constEnd())
            continue;
        for (const QString& category : categories) {
            DispatchDeadlines row;
            row.agencyCode = code;
            row.categoryCode = category;
            for (const Report& report : m_reports) {
                if (report.categoryCode == category)
                    row.reportIds.append(report.id);
            }
            // The same calls the workflow makes at dispatch and at acceptance.
            row.acceptBy = timer.start(SlaStage::Acceptance, m_now, code, category).deadline;
            row.processingDays =
                std::min({m_policy->duration(SlaStage::Processing, code, category).amount,
                          agency->processingLimitDays, SlaPolicy::kMaxProcessingWorkingDays});
            row.processedByIfAcceptedNow = timer.startProcessing(m_now, &*agency, code, category).deadline;
            row.processedByAtTheLatest =
                timer.startProcessing(row.acceptBy, &*agency, code, category).deadline;
            out.append(row);
        }
    }
    return out;
}

QJsonObject DispatchPlan::payload(const QStringList& agencies, const QString& instruction)
{
    QJsonObject out{{QStringLiteral("agencies"), QJsonArray::fromStringList(agencies)}};
    if (!instruction.trimmed().isEmpty())
        out.insert(QStringLiteral("instruction"), instruction.trimmed());
    return out;
}

QList<DispatchProblem> DispatchPlan::problems(const QStringList& agencies, const QString& instruction) const
{
    QList<DispatchProblem> out;
    if (m_reports.isEmpty())
        out.append({QString(), tr("No report to dispatch.")});
    if (agencies.isEmpty())
        out.append({QString(), tr("Choose at least one handling agency.")});
    const QJsonObject body = payload(agencies, instruction);
    for (const Report& report : m_reports) {
        Command command;
        command.commandId = QStringLiteral("dry-run");
        command.type = QStringLiteral("dispatch");
        command.reportId = report.id;
        command.expectedVersion = report.version;
        command.payload = body;
        const auto result = m_workflow->apply(report, command, m_actor, m_directory, m_now);
        const WorkflowError* error = std::get_if<WorkflowError>(&result);
        // Naming no agency is said once for the whole dispatch, above.
        if (error && !(agencies.isEmpty() && error->field == QLatin1String("agencies")))
            out.append({report.id, explain(report, agencies, *error)});
    }
    return out;
}

QString DispatchPlan::agencyName(const QString& code) const
{
    const auto found = m_directory.agencies.constFind(code);
    return found == m_directory.agencies.constEnd() || found->name.isEmpty() ? code : found->name;
}

// The workflow's messages are the store's (English, for logs); the operator reads the reason in words of
// the dialog, matched to the same rule the workflow applied.
QString DispatchPlan::explain(const Report& report, const QStringList& agencies,
                              const WorkflowError& error) const
{
    switch (error.code) {
    case WorkflowErrorCode::WrongRole:
        if (report.confidentiality == Confidentiality::StateSecret && !m_actor.stateSecretClearance)
            return tr("A state-secret report: dispatching it needs clearance (R-17).");
        return tr("Your role may not dispatch reports.");
    case WorkflowErrorCode::StaleVersion:
        return tr("The report has changed meanwhile: check it again.");
    case WorkflowErrorCode::WrongState:
        if (report.categoryCode.isEmpty())
            return tr("Classify the report before dispatching it (R-6).");
        if (isHandled(report.state))
            return tr("Already with the agencies: only a report that an agency returned can be dispatched "
                      "again (R-11).");
        return tr("A report in the state \"%1\" cannot be dispatched.").arg(displayName(report.state));
    case WorkflowErrorCode::InvalidPayload: {
        static const QLatin1String prefix("agencies[");
        if (error.field.startsWith(prefix)) {
            const int index = error.field.mid(prefix.size()).chopped(1).toInt();
            const QString code = agencies.value(index);
            if (!m_directory.agencies.contains(code))
                return tr("Unknown agency \"%1\".").arg(code);
            if (!canTake(code, report))
                return tr("%1 already holds this report.").arg(agencyName(code));
        }
        break;
    }
    case WorkflowErrorCode::NotYourAgency:
    case WorkflowErrorCode::UnknownCommand:
        break;
    }
    return error.message;
}

} // namespace paht
