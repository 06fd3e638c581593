#pragma once

#include "calendar/StageTiming.h"
#include "domain/Rating.h"
#include "domain/ReportRecords.h"
#include "stats/ReportPeriod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace paht {

// The figures of a periodic report as plain values. PeriodStatistics fills them; the
// definitions behind each figure are written there and in StatisticsNotes. Shares are fractions in
// [0, 1], absent when their denominator is zero.

// Stage timings of one stage that went past their deadline.
struct StageOverdue
{
    SlaStage stage = SlaStage::Intake;
    int missed = 0;       // completed within the period, after the deadline
    int overdueAtEnd = 0; // still open at the end of the period, past the deadline, not paused

    int total() const { return missed + overdueAtEnd; }
    QJsonObject toJson() const;
    friend bool operator==(const StageOverdue& a, const StageOverdue& b)
    {
        return a.stage == b.stage && a.missed == b.missed && a.overdueAtEnd == b.overdueAtEnd;
    }
};

// Working time of the stage timings of one stage completed within the period.
struct StageWorkingTime
{
    SlaStage stage = SlaStage::Intake;
    int count = 0;
    std::optional<qint64> medianSeconds; // nearest rank: the ⌈n/2⌉-th smallest
    std::optional<qint64> p90Seconds;    // nearest rank: the ⌈0.9·n⌉-th smallest

    // The summary of `seconds`, in any order.
    static StageWorkingTime of(SlaStage stage, QList<qint64> seconds);
    // The nearest-rank percentile (1..100) of ascending `sorted`: its ⌈p·n/100⌉-th value.
    static std::optional<qint64> nearestRank(const QList<qint64>& sorted, int percent);

    QJsonObject toJson() const;
    friend bool operator==(const StageWorkingTime& a, const StageWorkingTime& b)
    {
        return a.stage == b.stage && a.count == b.count && a.medianSeconds == b.medianSeconds &&
               a.p90Seconds == b.p90Seconds;
    }
};

// What was still open at the end of the period, by whole working days open (see PeriodStatistics).
struct BacklogAges
{
    int upToOne = 0;   // 0–1 working day
    int twoToFive = 0; // 2–5
    int sixToTen = 0;  // 6–10
    int overTen = 0;   // 11 and more

    void add(int workingDays);
    int total() const { return upToOne + twoToFive + sixToTen + overTen; }
    QJsonObject toJson() const;
    friend bool operator==(const BacklogAges& a, const BacklogAges& b)
    {
        return a.upToOne == b.upToOne && a.twoToFive == b.twoToFive && a.sixToTen == b.sixToTen &&
               a.overTen == b.overTen;
    }
};

// The reporters' ratings given within the period, by the five levels of R-19.
struct RatingCounts
{
    QMap<Rating, int> levels; // every level present, zero included

    RatingCounts();
    void add(Rating level) { ++levels[level]; }
    int total() const;
    // Very satisfied + satisfied (Rất hài lòng, Hài lòng): the two levels that say "hài lòng" without a
    // negation. Neutral (Bình thường) is not satisfied.
    int satisfied() const;
    std::optional<double> satisfactionShare() const;
    static bool isSatisfied(Rating level);

    QJsonObject toJson() const;
    friend bool operator==(const RatingCounts& a, const RatingCounts& b) { return a.levels == b.levels; }
};

// The figures that the province and each agency share.
struct HandlingFigures
{
    int handled = 0;
    int handledOnTime = 0;
    QList<StageOverdue> overdue;         // one per stage, in workflow order
    BacklogAges backlog;                 // at the end of the period
    int returned = 0;                    // returns to the center within the period
    QList<StageWorkingTime> workingTime; // one per stage, in workflow order
    RatingCounts ratings;

    std::optional<double> onTimeShare() const;
    const StageOverdue* overdueFor(SlaStage stage) const;
    const StageWorkingTime* workingTimeFor(SlaStage stage) const;

    QJsonObject toJson() const;
    friend bool operator==(const HandlingFigures& a, const HandlingFigures& b)
    {
        return a.handled == b.handled && a.handledOnTime == b.handledOnTime && a.overdue == b.overdue &&
               a.backlog == b.backlog && a.returned == b.returned && a.workingTime == b.workingTime &&
               a.ratings == b.ratings;
    }
};

struct EscalationFigures
{
    int opened = 0;            // escalated within the period
    int resolved = 0;          // resolved within the period
    QStringList standingAtEnd; // report numbers still escalated at the end of the period, sorted

    QJsonObject toJson() const;
    friend bool operator==(const EscalationFigures& a, const EscalationFigures& b)
    {
        return a.opened == b.opened && a.resolved == b.resolved && a.standingAtEnd == b.standingAtEnd;
    }
};

// The whole province, as the Operations Center sees it.
struct ProvinceFigures
{
    int received = 0;                  // reports received within the period
    int dispatched = 0;                // reports dispatched for the first time within the period
    QMap<RejectionKind, int> rejected; // every kind present, zero included
    QMap<QString, int> returnedBy;     // agency code → returns within the period
    EscalationFigures escalations;
    HandlingFigures handling;

    ProvinceFigures();
    int rejectedTotal() const;
    QJsonObject toJson() const;
    friend bool operator==(const ProvinceFigures& a, const ProvinceFigures& b)
    {
        return a.received == b.received && a.dispatched == b.dispatched && a.rejected == b.rejected &&
               a.returnedBy == b.returnedBy && a.escalations == b.escalations && a.handling == b.handling;
    }
};

struct AgencyFigures
{
    QString agencyCode;
    int dispatched = 0; // reports the center sent to the agency within the period, re-dispatches included
    HandlingFigures handling;

    // Whether the agency handled something within the period or held something open at its end.
    bool hasWork() const { return handling.handled > 0 || handling.backlog.total() > 0; }
    QJsonObject toJson() const;
    friend bool operator==(const AgencyFigures& a, const AgencyFigures& b)
    {
        return a.agencyCode == b.agencyCode && a.dispatched == b.dispatched && a.handling == b.handling;
    }
};

// A stage open at the end of the period and past its deadline by at least the report's threshold.
struct LongOverdue
{
    QString reportId;
    QString agencyCode; // empty for the center's stages (intake, publication)
    SlaStage stage = SlaStage::Intake;
    QDateTime deadline; // UTC
    int overdueWorkingDays = 0;

    QJsonObject toJson() const;
    friend bool operator==(const LongOverdue& a, const LongOverdue& b)
    {
        return a.reportId == b.reportId && a.agencyCode == b.agencyCode && a.stage == b.stage &&
               a.deadline == b.deadline && a.overdueWorkingDays == b.overdueWorkingDays;
    }
};

// A report the agencies sent back to the center more than once.
struct RepeatedReturn
{
    QString reportId;
    QStringList agencies; // who returned it, in the order of the returns

    int returns() const { return int(agencies.size()); }
    QJsonObject toJson() const;
    friend bool operator==(const RepeatedReturn& a, const RepeatedReturn& b)
    {
        return a.reportId == b.reportId && a.agencies == b.agencies;
    }
};

struct StickingPoints
{
    int longOverdueWorkingDays = 0; // the threshold used
    QList<LongOverdue> longOverdue; // most overdue first
    QList<RepeatedReturn> returnedMoreThanOnce;

    QJsonObject toJson() const;
    friend bool operator==(const StickingPoints& a, const StickingPoints& b)
    {
        return a.longOverdueWorkingDays == b.longOverdueWorkingDays && a.longOverdue == b.longOverdue &&
               a.returnedMoreThanOnce == b.returnedMoreThanOnce;
    }
};

} // namespace paht
