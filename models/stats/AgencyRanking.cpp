#include "stats/AgencyRanking.h"

#include "stats/StatisticsNotes.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QJsonValue optionalShare(const std::optional<double>& share)
{
    return share ? QJsonValue(*share) : QJsonValue(QJsonValue::Null);
}

double share(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

struct Candidate
{
    RankingEntry entry;
    qint64 hundredths = 0; // the rounded score, compared exactly
};

} // namespace

bool RankingWeights::isValid() const
{
    return onTime >= 0 && satisfaction >= 0 && backlog >= 0 && onTime + satisfaction + backlog == 100 &&
           onTime + backlog > 0;
}

QJsonObject RankingWeights::toJson() const
{
    return {{u"onTime"_s, onTime}, {u"satisfaction"_s, satisfaction}, {u"backlog"_s, backlog}};
}

QJsonObject RankingEntry::toJson() const
{
    return {{u"agency"_s, agencyCode},
            {u"rank"_s, rank > 0 ? QJsonValue(rank) : QJsonValue(QJsonValue::Null)},
            {u"score"_s, optionalShare(score)},
            {u"onTimeShare"_s, onTimeShare},
            {u"satisfactionShare"_s, optionalShare(satisfactionShare)},
            {u"backlogShare"_s, backlogShare}};
}

std::optional<double> AgencyRanking::score(const AgencyFigures& agency) const
{
    if (!agency.hasWork())
        return std::nullopt;
    const HandlingFigures& h = agency.handling;
    const double onTime = share(h.handledOnTime, h.handled);
    const double backlog = share(h.backlog.total(), h.handled + h.backlog.total());
    const std::optional<double> satisfaction = h.ratings.satisfactionShare();
    const double rest = m_weights.onTime * onTime + m_weights.backlog * (1.0 - backlog);
    if (!satisfaction)
        return rest * 100.0 / double(m_weights.onTime + m_weights.backlog);
    return rest + m_weights.satisfaction * *satisfaction;
}

QList<RankingEntry> AgencyRanking::rank(const QList<AgencyFigures>& agencies) const
{
    QList<Candidate> ranked;
    QList<RankingEntry> unranked;
    for (const AgencyFigures& agency : agencies) {
        const HandlingFigures& h = agency.handling;
        RankingEntry entry;
        entry.agencyCode = agency.agencyCode;
        entry.onTimeShare = share(h.handledOnTime, h.handled);
        entry.satisfactionShare = h.ratings.satisfactionShare();
        entry.backlogShare = share(h.backlog.total(), h.handled + h.backlog.total());
        const std::optional<double> raw = score(agency);
        if (!raw) {
            unranked << entry;
            continue;
        }
        const qint64 hundredths = std::llround(*raw * 100.0);
        entry.score = double(hundredths) / 100.0;
        ranked << Candidate{entry, hundredths};
    }
    std::sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        if (a.hundredths != b.hundredths)
            return a.hundredths > b.hundredths;
        if (a.entry.onTimeShare != b.entry.onTimeShare)
            return a.entry.onTimeShare > b.entry.onTimeShare;
        if (a.entry.backlogShare != b.entry.backlogShare)
            return a.entry.backlogShare < b.entry.backlogShare;
        return a.entry.agencyCode < b.entry.agencyCode;
    });
    std::sort(unranked.begin(), unranked.end(),
              [](const RankingEntry& a, const RankingEntry& b) { return a.agencyCode < b.agencyCode; });
    QList<RankingEntry> result;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        ranked[i].entry.rank = int(i + 1);
        result << ranked[i].entry;
    }
    result << unranked;
    return result;
}

QString AgencyRanking::formula() const
{
    return StatisticsNotes::rankingFormula(m_weights);
}

} // namespace paht
