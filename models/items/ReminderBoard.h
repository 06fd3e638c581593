#pragma once

#include "domain/Report.h"
#include "items/DeadlineGauge.h"
#include "items/DeadlineIndicator.h"
#include "workflow/Actor.h"
#include "workflow/Command.h"
#include "workflow/Directory.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paht {

// One assignment whose agency the center may remind now, with where its deadline stands.
struct ReminderCandidate
{
    QString reportId;
    QString title;
    qint64 reportVersion = 0;
    QString agencyCode;
    AssignmentState state = AssignmentState::PendingAcceptance;
    DeadlineIndicator deadline;
    int reminders = 0; // sent so far

    bool isLate() const
    {
        return deadline.isOpen() &&
               (deadline.status == StageStatus::Overdue || deadline.status == StageStatus::DueSoon);
    }
};

// One agency's candidates, the most urgent first.
struct AgencyReminders
{
    QString agencyCode;
    QString agencyName;
    QList<ReminderCandidate> assignments;

    int count(StageStatus status) const;
};

// What the center reminds agencies about (R-24, Art. 8.3, 12.2): across the reports, the assignments that
// are overdue or due soon, grouped by agency so that one agency is reminded of all its late reports at
// once; on the reports the user picked, every assignment whose agency still owes something. Which assignments
// qualify is the workflow's rule for "remind", asked through agenciesOpenTo().
class ReminderBoard
{
public:
    // Keeps references: all three must outlive the board.
    ReminderBoard(const Workflow& workflow, const DeadlineGauge& gauge, const Directory& directory);

    // Agencies by name.
    QList<AgencyReminders> late(const QList<Report>& reports, const Actor& actor, const QDateTime& now) const;
    QList<AgencyReminders> owing(const QList<Report>& reports, const Actor& actor,
                                 const QDateTime& now) const;

    // One "remind" command per chosen assignment, in the order given. Reminders on the same report are
    // chained: each is written against the version the one before it produces, since the store takes a
    // report's commands one version at a time. If an earlier one fails, the later ones come back as
    // conflicts for the operator to see; nothing is rebased.
    static QList<Command> commands(const QList<ReminderCandidate>& chosen, const QString& note);

private:
    QList<ReminderCandidate> candidates(const Report& report, const Actor& actor, const QDateTime& now) const;
    QList<AgencyReminders> grouped(const QList<ReminderCandidate>& candidates) const;

    const Workflow& m_workflow;
    const DeadlineGauge& m_gauge;
    const Directory& m_directory;
};

} // namespace paht
