#pragma once

#include "stats/PeriodFigures.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace paht {

// Points out of 100 for each term of the administrative-reform ranking. They must add up to 100.
struct RankingWeights
{
    int onTime = 50;
    int satisfaction = 30;
    int backlog = 20;

    bool isValid() const;
    QJsonObject toJson() const;
    friend bool operator==(const RankingWeights& a, const RankingWeights& b)
    {
        return a.onTime == b.onTime && a.satisfaction == b.satisfaction && a.backlog == b.backlog;
    }
};

struct RankingEntry
{
    QString agencyCode;
    int rank = 0;                            // 1, 2, …; 0 = not ranked (no work in the period)
    std::optional<double> score;             // 0–100, two decimals; absent when not ranked
    double onTimeShare = 0;                  // T
    std::optional<double> satisfactionShare; // S, absent without ratings
    double backlogShare = 0;                 // B

    QJsonObject toJson() const;
    friend bool operator==(const RankingEntry& a, const RankingEntry& b)
    {
        return a.agencyCode == b.agencyCode && a.rank == b.rank && a.score == b.score &&
               a.onTimeShare == b.onTimeShare && a.satisfactionShare == b.satisfactionShare &&
               a.backlogShare == b.backlogShare;
    }
};

// The ranking of handling agencies for the administrative-reform evaluation (R-23, Art. 8.7):
//
//   score = wT·T + wS·S + wB·(1 − B)        (default wT = 50, wS = 30, wB = 20; out of 100)
//
//   T = handled on time ÷ handled in the period (0 when the agency handled nothing);
//   S = satisfaction share of the ratings given in the period (very satisfied + satisfied);
//   B = backlog at the end ÷ (handled in the period + backlog at the end).
//
// Without any rating in the period, S is left out and the other two terms are scaled up to 100:
// score = (wT·T + wB·(1 − B)) · 100 ÷ (wT + wB); so a missing rating neither helps nor hurts.
// Scores are rounded to two decimals. Equal scores are ordered by higher T, then lower B, then agency
// code, so that every ranked agency has its own place. An agency without work (nothing handled in the
// period, nothing open at its end) is listed after the ranked ones, by code, without rank or score.
class AgencyRanking
{
public:
    explicit AgencyRanking(RankingWeights weights = {}) : m_weights(weights) {}

    QList<RankingEntry> rank(const QList<AgencyFigures>& agencies) const;
    // The score of one agency, unrounded; nothing when it has no work.
    std::optional<double> score(const AgencyFigures& agency) const;
    // The formula as the report prints it (translated).
    QString formula() const;
    const RankingWeights& weights() const { return m_weights; }

private:
    RankingWeights m_weights;
};

} // namespace paht
