#include "stats/StatisticsNotes.h"

#include "stats/AgencyRanking.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paht::StatisticsNotes {

QString handled()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Handled: for an agency, its result approved by its leader within the period; for the "
        "province, a report whose last awaited result was approved within the period.");
}

QString onTime()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "On time: an agency's handled result is on time when its acceptance, its processing and its "
        "leader's approval each ended by their deadline on the working-time clock. A handled report "
        "is on time when its intake and every agency stage up to the last approval, returns to the "
        "center included, ended by their deadlines.");
}

QString overdue()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Overdue by stage: stages that ended within the period after their deadline, and stages still "
        "open at the end of the period past their deadline; paused stages are not overdue.");
}

QString backlog()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Backlog: reports received (for an agency: dispatched to it) before the end of the period and "
        "not yet handled, rejected or returned by then, by whole working days open at the end of the "
        "period.");
}

QString returned()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Returned by agencies: reports an agency sent back to the center within the period as not its "
        "competence (R-11), each return counted.");
}

QString workingTime()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Working time per stage: the working time from the start to the end of each stage that ended "
        "within the period, pauses included. Median and 90th percentile by the nearest-rank method: "
        "of n values in ascending order, the ⌈n/2⌉-th and the ⌈0.9·n⌉-th.");
}

QString satisfaction()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Satisfaction share: ratings \"Very satisfied\" and \"Satisfied\" among all ratings given within "
        "the period; a report counts once, with its latest rating.");
}

QString escalations()
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Escalations: reports escalated to the Provincial People's Committee (R-13) and escalations "
        "resolved within the period, and those still standing at its end.");
}

QString stickingPoints(int longOverdueWorkingDays)
{
    return QCoreApplication::translate(
        "paht::StatisticsNotes",
        "Sticking points: stages open at the end of the period and overdue by %n working day(s) or "
        "more, and reports returned to the center more than once (returns up to the end of the "
        "period, at least one within it).",
        nullptr, longOverdueWorkingDays);
}

QString rankingFormula(const RankingWeights& weights)
{
    return QCoreApplication::translate(
               "paht::StatisticsNotes",
               "Ranking score = %1 × T + %2 × S + %3 × (1 − B), out of 100, where T = handled on time ÷ "
               "handled (0 when nothing was handled), S = satisfaction share, B = backlog at the end ÷ "
               "(handled + backlog at the end). Without ratings, S is left out and the other two terms are "
               "scaled to 100. Equal scores (to two decimals) are ordered by higher T, then lower B, then "
               "agency code. Agencies that handled nothing and held nothing open are listed without rank.")
        .arg(weights.onTime)
        .arg(weights.satisfaction)
        .arg(weights.backlog);
}

QJsonObject all(int longOverdueWorkingDays, const RankingWeights& weights)
{
    return {{u"handled"_s, handled()},
            {u"onTime"_s, onTime()},
            {u"overdue"_s, overdue()},
            {u"backlog"_s, backlog()},
            {u"returned"_s, returned()},
            {u"workingTime"_s, workingTime()},
            {u"satisfaction"_s, satisfaction()},
            {u"escalations"_s, escalations()},
            {u"stickingPoints"_s, stickingPoints(longOverdueWorkingDays)},
            {u"ranking"_s, rankingFormula(weights)}};
}

} // namespace paht::StatisticsNotes
