#pragma once

#include <QJsonObject>
#include <QString>

namespace paht {

struct RankingWeights;

// The definitions a periodic report prints under its tables, so that a reader knows what
// each figure counts. The same rules are written, for developers, next to the code in PeriodStatistics
// and AgencyRanking. Translated in the "paht::StatisticsNotes" context.
namespace StatisticsNotes {

QString handled();
QString onTime();
QString overdue();
QString backlog();
QString returned();
QString workingTime();
QString satisfaction();
QString escalations();
QString stickingPoints(int longOverdueWorkingDays);
QString rankingFormula(const RankingWeights& weights);

// All of the above, keyed by figure ("handled", "onTime", …, "ranking").
QJsonObject all(int longOverdueWorkingDays, const RankingWeights& weights);

} // namespace StatisticsNotes

} // namespace paht
