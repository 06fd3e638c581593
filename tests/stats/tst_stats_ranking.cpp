#include "stats/AgencyRanking.h"

#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

// An agency's figures for the ranking: handled, handled on time, open at the end, ratings given.
AgencyFigures agency(const QString& code, int handled, int onTime, int backlog,
                     const QList<Rating>& ratings = {})
{
    AgencyFigures figures;
    figures.agencyCode = code;
    figures.handling.handled = handled;
    figures.handling.handledOnTime = onTime;
    for (int i = 0; i < backlog; ++i)
        figures.handling.backlog.add(3);
    for (Rating rating : ratings)
        figures.handling.ratings.add(rating);
    return figures;
}

} // namespace

// The ranking of agencies for the administrative-reform evaluation (R-23). Scores worked out by hand
// from score = 50·T + 30·S + 20·(1 − B), B = backlog ÷ (handled + backlog), S left out and the rest
// scaled to 100 when there is no rating.
class TestStatsRanking : public QObject
{
    Q_OBJECT

private slots:
    void orderScoresAndTies();
    void agencyThatOnlyHoldsWork();
    void otherWeights();
    void formulaText();
};

void TestStatsRanking::orderScoresAndTies()
{
    using R = Rating;
    const QList<AgencyFigures> agencies{
        // T = 3/4, S = 2/4, B = 1/5: 37.5 + 15 + 16 = 68.5
        agency(u"A"_s, 4, 3, 1, {R::VerySatisfied, R::Satisfied, R::Neutral, R::Dissatisfied}),
        // No rating: (50·1 + 20·1) · 100 / 70 = 100
        agency(u"B"_s, 2, 2, 0),
        // T = 1/2, S = 1/2, B = 0: 25 + 15 + 20 = 60
        agency(u"D"_s, 2, 1, 0, {R::Satisfied, R::Dissatisfied}),
        // T = 4/5, S = 0, B = 0: 40 + 0 + 20 = 60, ahead of D and AAA on T
        agency(u"E"_s, 5, 4, 0, {R::VeryDissatisfied}),
        // The same figures as D: ahead of D on the code
        agency(u"AAA"_s, 2, 1, 0, {R::VerySatisfied, R::Neutral}),
        // No work: listed, not ranked
        agency(u"G"_s, 0, 0, 0),
        // Handled 1 of 3 on time, half open, no rating: (50/3 + 20·(1 − 3/6)) · 100/70 = 38.095… → 38.1
        agency(u"C"_s, 3, 1, 3),
    };
    const QList<RankingEntry> ranking = AgencyRanking().rank(agencies);
    QStringList order;
    QList<int> ranks;
    QList<std::optional<double>> scores;
    for (const RankingEntry& entry : ranking) {
        order << entry.agencyCode;
        ranks << entry.rank;
        scores << entry.score;
    }
    QCOMPARE(order, (QStringList{u"B"_s, u"A"_s, u"E"_s, u"AAA"_s, u"D"_s, u"C"_s, u"G"_s}));
    QCOMPARE(ranks, (QList<int>{1, 2, 3, 4, 5, 6, 0}));
    QCOMPARE(scores, (QList<std::optional<double>>{100.0, 68.5, 60.0, 60.0, 60.0, 38.1, std::nullopt}));
    QCOMPARE(ranking.at(1).onTimeShare, 0.75);
    QCOMPARE(ranking.at(1).satisfactionShare, std::optional<double>(0.5));
    QCOMPARE(ranking.at(1).backlogShare, 0.2);
    QCOMPARE(ranking.at(0).satisfactionShare, std::optional<double>());
    QCOMPARE(ranking.at(6).rank, 0);
}

void TestStatsRanking::agencyThatOnlyHoldsWork()
{
    // Nothing handled, two open: T = 0, B = 1, a satisfied rating of an older report: 0 + 30 + 0.
    const AgencyFigures holder = agency(u"H"_s, 0, 0, 2, {Rating::Satisfied});
    QVERIFY(holder.hasWork());
    QCOMPARE(AgencyRanking().score(holder), std::optional<double>(30.0));
    // The same without the rating: nothing at all.
    QCOMPARE(AgencyRanking().score(agency(u"H"_s, 0, 0, 2)), std::optional<double>(0.0));
    // Only a rating, no handling and no backlog: no work to rank.
    QVERIFY(!agency(u"R"_s, 0, 0, 0, {Rating::Satisfied}).hasWork());
    QCOMPARE(AgencyRanking().score(agency(u"R"_s, 0, 0, 0, {Rating::Satisfied})), std::optional<double>());
}

void TestStatsRanking::otherWeights()
{
    const RankingWeights weights{60, 20, 20};
    QVERIFY(weights.isValid());
    QVERIFY(!(RankingWeights{60, 30, 20}.isValid()));
    QVERIFY(!(RankingWeights{0, 100, 0}.isValid()));
    // A: T = 3/4, S = 2/4, B = 1/5: 45 + 10 + 16 = 71. B: no rating, (60 + 20) · 100 / 80 = 100.
    const AgencyRanking ranking(weights);
    const AgencyFigures a = agency(
        u"A"_s, 4, 3, 1, {Rating::VerySatisfied, Rating::Satisfied, Rating::Neutral, Rating::Dissatisfied});
    QCOMPARE(*ranking.score(a), 71.0);
    QCOMPARE(*ranking.score(agency(u"B"_s, 2, 2, 0)), 100.0);
    // With no rating T = 1/2, B = 1/2: (30 + 10) · 100 / 80 = 50.
    QCOMPARE(*ranking.score(agency(u"C"_s, 2, 1, 2)), 50.0);
}

void TestStatsRanking::formulaText()
{
    QVERIFY(AgencyRanking().formula().startsWith(u"Ranking score = 50 × T + 30 × S + 20 × (1 − B)"_s));
    QVERIFY(AgencyRanking({60, 20, 20})
                .formula()
                .startsWith(u"Ranking score = 60 × T + 20 × S + 20 × (1 − B)"_s));
    QCOMPARE(RankingWeights().toJson(),
             (QJsonObject{{u"onTime"_s, 50}, {u"satisfaction"_s, 30}, {u"backlog"_s, 20}}));
}

QTEST_GUILESS_MAIN(TestStatsRanking)
#include "tst_stats_ranking.moc"
