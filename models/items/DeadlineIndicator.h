#pragma once

#include "calendar/SlaDuration.h"
#include "calendar/StageTiming.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace paht {

// The deadline badge of a report or an assignment as one user sees it: which stage, how it stands, how
// much working time is left (R-24, architecture "Each open step shows: on track, due soon, overdue, paused,
// met, missed"). A value: DeadlineGauge reads it, views and sorting use it.
struct DeadlineIndicator
{
    bool valid = false; // false: nothing with a deadline concerns this user
    SlaStage stage = SlaStage::Intake;
    QString agencyCode; // the assignment's agency; empty for the report's own stages
    StageStatus status = StageStatus::OnTrack;
    qint64 remainingSeconds = 0;  // working time; negative when overdue or finished late
    QDateTime deadline;           // UTC
    QDateTime completedAt;        // UTC; null while the stage is open
    qint64 workingDaySeconds = 0; // the working day that splits "1 day 2 hours", from the office hours

    bool isOverdue() const { return valid && status == StageStatus::Overdue; }
    bool isOpen() const { return valid && status != StageStatus::Met && status != StageStatus::Missed; }

    QColor color() const { return statusColor(status); }
    QString iconName() const { return valid ? statusIconName(status) : QString(); }
    // "3 working hours left", "overdue by 1 day 2 hours", "paused", translated.
    QString text() const;
    // Ascending order is the order of urgency: overdue first (the latest first), then due soon, then on
    // track by the working time left, then paused, then finished; reports without a deadline last.
    qint64 urgencyKey() const;

    static QColor statusColor(StageStatus status);
    static QString statusIconName(StageStatus status); // "deadline-overdue", ...

    friend bool operator==(const DeadlineIndicator& a, const DeadlineIndicator& b)
    {
        return a.valid == b.valid && a.stage == b.stage && a.agencyCode == b.agencyCode &&
               a.status == b.status && a.remainingSeconds == b.remainingSeconds && a.deadline == b.deadline &&
               a.completedAt == b.completedAt && a.workingDaySeconds == b.workingDaySeconds;
    }
    friend bool operator!=(const DeadlineIndicator& a, const DeadlineIndicator& b) { return !(a == b); }
};

// Words for a deadline indicator. English source strings with %n plurals; Vietnamese from the catalogue.
class DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(paht::DeadlineText)

public:
    static QString describe(const DeadlineIndicator& indicator);
    // "1 day 2 hours", "45 minutes"; with `working` the last unit carries the word ("1 day 2 working
    // hours", Vietnamese "1 ngày 2 giờ làm việc"). Days are working days of `workingDaySeconds`; below
    // an hour the minutes show, rounded up so that a few seconds never read as nothing.
    static QString duration(qint64 seconds, qint64 workingDaySeconds, bool working);
    // A stage's allowance from the SLA policy: "1 working day", "1 working hour".
    static QString allowance(const SlaDuration& duration);
};

} // namespace paht
