#pragma once

#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "domain/Report.h"
#include "workflow/Actor.h"
#include "workflow/Directory.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace paht {

// An agency the dispatch dialog offers for the reports at hand.
struct DispatchCandidate
{
    Agency agency;
    bool suggested = false; // the category's routing or the report's ward/commune (suggestedAgencies)
    QStringList holding;    // the reports it already holds: it cannot be sent them again
    QStringList returned;   // the reports it returned to the center: it may be sent them again
};

// An agency's return of a report to the center, shown when the report is dispatched again.
struct DispatchReturn
{
    QString reportId;
    QString agencyCode;
    QString reason;
    QDateTime returnedAt; // UTC
};

// The deadlines an agency would get with the reports of one category if they were dispatched now.
struct DispatchDeadlines
{
    QString agencyCode;
    QString categoryCode;
    QStringList reportIds;
    QDateTime acceptBy;                 // R-9, UTC
    int processingDays = 0;             // the policy's time, within the agency's limit, at most 5
    QDateTime processedByIfAcceptedNow; // UTC
    QDateTime processedByAtTheLatest;   // if accepted at acceptBy, UTC
};

// Why the dispatch cannot go ahead: for one report, or for the whole dispatch when reportId is empty.
struct DispatchProblem
{
    QString reportId;
    QString text; // translated
};

// What the dispatch dialog shows and checks for one or several reports (R-7 … R-11): the agencies to
// choose from, suggestions first; which of them cannot take a report; the deadlines each chosen agency
// would get; and whether the store would accept the dispatch of every report. The verdict is the
// workflow's own, from a dry run of Workflow::apply with the operator's actor, so the dialog never
// promises what the store would refuse.
class DispatchPlan
{
    Q_DECLARE_TR_FUNCTIONS(paht::DispatchPlan)

public:
    // Keeps pointers to the policy, the clock and the workflow: they must outlive the plan.
    DispatchPlan(const QList<Report>& reports, const Directory& directory, const SlaPolicy& policy,
                 const SlaClock& clock, const Workflow& workflow, const Actor& actor, const QDateTime& now);

    // The same plan over other reports or at another time (fresh copies from the cache, or fewer).
    DispatchPlan withReports(const QList<Report>& reports, const QDateTime& now) const;

    const QList<Report>& reports() const { return m_reports; }
    QStringList reportIds() const;
    const Directory& directory() const { return m_directory; }
    QDateTime now() const { return m_now; }

    // The union of the reports' suggestions, in the order of the reports.
    QStringList suggested() const;
    // Suggested agencies first in suggestion order, then the others by name. `filter`: every word must
    // occur in the agency's name or code, ignoring case and Vietnamese diacritics ("bai chay" finds
    // "UBND phường Bãi Cháy").
    QList<DispatchCandidate> candidates(const QString& filter = {}) const;
    // An agency that holds the report cannot be sent it again; one that returned it can.
    bool canTake(const QString& agencyCode, const Report& report) const;
    // The agencies' returns of these reports, oldest first.
    QList<DispatchReturn> returns() const;

    // For each chosen agency (in the given order) and each category among the classified reports.
    QList<DispatchDeadlines> deadlines(const QStringList& agencies) const;
    // Empty when the store would dispatch every report to these agencies.
    QList<DispatchProblem> problems(const QStringList& agencies, const QString& instruction) const;
    static QJsonObject payload(const QStringList& agencies, const QString& instruction);

private:
    QString explain(const Report& report, const QStringList& agencies, const WorkflowError& error) const;
    QString agencyName(const QString& code) const;

    QList<Report> m_reports;
    Directory m_directory;
    const SlaPolicy* m_policy;
    const SlaClock* m_clock;
    const Workflow* m_workflow;
    Actor m_actor;
    QDateTime m_now;
};

} // namespace paht
