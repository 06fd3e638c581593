#pragma once

#include "calendar/WorkingCalendar.h"
#include "domain/Event.h"
#include "domain/Report.h"
#include "stats/AgencyRanking.h"
#include "stats/PeriodFigures.h"
#include "stats/ReportPeriod.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace paht {

struct StatisticsOptions
{
    // A stage open at the end of the period this many working days past its deadline is a sticking point.
    int longOverdueWorkingDays = 5;
    RankingWeights weights;
};

// Everything a periodic report and the ranking report print, for one period.
struct PeriodReport
{
    ReportPeriod period;
    ProvinceFigures province;
    QList<AgencyFigures> agencies; // by agency code; every agency of the directory, with or without work
    StickingPoints stickingPoints;
    RankingWeights weights;
    QList<RankingEntry> ranking; // ranked agencies by rank, then the unranked by code

    const AgencyFigures* agency(const QString& code) const;
    const RankingEntry* rankingOf(const QString& code) const;
    // Includes the formula and the definitions (StatisticsNotes) in the current language.
    QJsonObject toJson() const;
    friend bool operator==(const PeriodReport& a, const PeriodReport& b)
    {
        return a.period == b.period && a.province == b.province && a.agencies == b.agencies &&
               a.stickingPoints == b.stickingPoints && a.weights == b.weights && a.ranking == b.ranking;
    }
};

// The one computation behind every periodic report, so the store (from its database) and the console
// (from a complete local cache) print the same numbers. It reads report values and their events only;
// time comes from the period, never from a clock.
//
// Definitions (also printed, see StatisticsNotes). "In the period" means from() <= instant < to().
// - received: reports whose receivedAt is in the period.
// - dispatched (province): reports whose intake ended in the period by a dispatch (not a rejection), so
//   each report once, at its first dispatch. Dispatched (agency): "dispatched" events for the agency in
//   the period, re-dispatches included.
// - rejected: reports whose intake ended in the period by a rejection, by RejectionKind.
// - handled (agency): its assignment Approved, the approval completed in the period. Handled
//   (province): every assignment not returned to the center is Approved and the last of those approvals
//   is in the period, i.e. the report became ready for publication then.
// - on time: a stage timing is met when SlaClock::status says Met (completed at or before its deadline,
//   pauses having moved the deadline). An agency's handled assignment is on time when its acceptance,
//   processing and approval are met. A handled report is on time when its intake and every judged stage
//   of every assignment (acceptance, processing, approval, and the return stage of agencies that sent it
//   back) are met. Publication and the answers to the reporter's questions come after handling: they
//   count among the overdue stages only.
// - judged stages: the acceptance of an assignment returned without being accepted, and the processing
//   of a returned assignment, were closed by the return, not done: the return stage judges them.
// - overdue by stage: judged stage timings completed in the period and Missed, plus stage timings open
//   at the end of the period whose status then was Overdue (paused ones are not). Province: all stages;
//   agency: its own (acceptance, return, processing, approval, citizen clarification).
// - backlog: province, reports received before the end, neither rejected nor handled by then; agency,
//   assignments dispatched before the end, neither approved nor returned by then. Age: whole working days
//   (wholeWorkingDays) from receipt (agency: dispatch) to the end; buckets 0–1, 2–5, 6–10, 11+.
// - returned: "assignment_returned" events in the period (the report keeps only the last return per
//   agency, the events keep all).
// - working time per stage: SlaClock::workingSecondsBetween(start, completion) of the judged timings
//   completed in the period, pauses included; median and 90th percentile by nearest rank.
// - ratings: reports whose current rating was given in the period; an agency counts the ratings of
//   the reports it handled (its assignment Approved). Satisfied = very satisfied + satisfied.
// - escalations: "escalated" / "escalation_resolved" events in the period; standing at the end when the
//   last of them before the end is "escalated" (a report may be escalated again after a resolution).
// - sticking points: open stages Overdue at the end by at least longOverdueWorkingDays whole working
//   days past the deadline; reports with two or more returns up to the end, one of them in the period.
class PeriodStatistics
{
public:
    // The calendar must outlive this object.
    explicit PeriodStatistics(const WorkingCalendar& calendar, StatisticsOptions options = {})
        : m_calendar(calendar), m_options(options)
    {}

    // `events`: the events of `reports`, in any order (others are ignored). `agencyCodes`: the agencies
    // of the directory, listed even when they had no work; agencies met only in the reports are added.
    PeriodReport compute(const ReportPeriod& period, const QList<Report>& reports, const QList<Event>& events,
                         const QStringList& agencyCodes) const;

private:
    const WorkingCalendar& m_calendar;
    StatisticsOptions m_options;
};

} // namespace paht
