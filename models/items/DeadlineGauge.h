#pragma once

#include "access/ReportAccess.h"
#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "domain/Report.h"
#include "items/DeadlineIndicator.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace paht {

// Reads the deadline indicators of reports and assignments at a given instant, on the working-time clock
// and with the SLA policy's "due soon" thresholds. Which stage matters depends on who looks: agency staff
// see their own assignment's step; the center sees the report's intake or publication step, or the most
// urgent step of any agency.
//
// The table, the queue counts and the filter all ask about the same reports at the same instant on every
// tick, so a report's stage readings are remembered by id and version (a report never changes without a
// new version) until `now` moves. That makes a gauge a tool of one thread, the console's UI thread.
class DeadlineGauge
{
public:
    // Keeps references: the calendar and the policy must outlive the gauge.
    DeadlineGauge(const WorkingCalendar& calendar, const SlaPolicy& policy);
    DeadlineGauge(const DeadlineGauge&) = delete;
    DeadlineGauge& operator=(const DeadlineGauge&) = delete;

    // One stage's clock; invalid when the stage never started or `now` is null.
    DeadlineIndicator read(const StageTiming& timing, const QString& agencyCode, const QDateTime& now) const;
    // The assignment's open step (the most urgent if it owes two), else its last finished one.
    DeadlineIndicator forAssignment(const Assignment& assignment, const QDateTime& now) const;
    DeadlineIndicator forReport(const Report& report, const Viewer& viewer, const QDateTime& now) const;

    // Whether an open step within the viewer's reach is overdue: their agency's for agency staff, any
    // step of the report for the center.
    bool isOverdue(const Report& report, const Viewer& viewer, const QDateTime& now) const;
    // The agencies with an overdue open step on this report, in assignment order.
    QStringList overdueAgencies(const Report& report, const QDateTime& now) const;

    // The calendar or the policy changed in place: readings are taken again.
    void forget() { m_memo.clear(); }

    // The working day that "1 day 2 hours" counts in: the office hours of the season on `date`.
    qint64 workingDaySeconds(const QDate& date) const;

private:
    // Every stage of a report read once: its own (intake, publication), then per assignment in order.
    struct Readings
    {
        QList<DeadlineIndicator> own;
        QList<QList<DeadlineIndicator>> assignments;
    };
    struct Memo
    {
        qint64 version = 0;
        Readings readings;
    };

    QList<DeadlineIndicator> assignmentStages(const Assignment& assignment, const QDateTime& now) const;
    Readings readingsOf(const Report& report, const QDateTime& now) const;
    QList<DeadlineIndicator> stagesInReach(const Report& report, const Viewer& viewer,
                                           const QDateTime& now) const;

    const WorkingCalendar& m_calendar;
    const SlaPolicy& m_policy;
    SlaClock m_clock;
    mutable QDateTime m_memoNow;
    mutable QHash<QString, Memo> m_memo; // by report id
};

} // namespace paht
