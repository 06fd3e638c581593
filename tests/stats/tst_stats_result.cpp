// What the store answers and the console reads back (StatisticsResult) on the hand-worked fixture of
// StatsFixture.cpp: period labels, the months of a period, one agency's view, the JSON both ways.
#include "StatsFixture.h"
#include "calendar/WorkingCalendar.h"
#include "stats/StatisticsResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;
using paht::test::StatsFixture;
using paht::test::vn;

class TestStatsResult : public QObject
{
    Q_OBJECT

    const WorkingCalendar m_calendar;
    StatsFixture m_fixture;

    StatisticsResult compute(const ReportPeriod& period, const QString& agency = {}) const
    {
        return StatisticsResult::compute(PeriodStatistics(m_calendar), period, m_fixture.reports,
                                         m_fixture.events, StatsFixture::agencies(), agency,
                                         vn("2026-10-05 09:00"));
    }

private slots:
    void initTestCase() { m_fixture = StatsFixture::build(); }

    void labels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("valid");
        QTest::newRow("month") << u"2026-09"_s << true;
        QTest::newRow("quarter") << u"2026-Q3"_s << true;
        QTest::newRow("year") << u"2026"_s << true;
        QTest::newRow("days") << u"2026-09-01..2026-09-15"_s << true;
        QTest::newRow("one day") << u"2026-09-01..2026-09-01"_s << true;
        QTest::newRow("month 0") << u"2026-00"_s << false;
        QTest::newRow("month 13") << u"2026-13"_s << false;
        QTest::newRow("one-digit month") << u"2026-9"_s << false;
        QTest::newRow("quarter 0") << u"2026-Q0"_s << false;
        QTest::newRow("lower-case q") << u"2026-q3"_s << false;
        QTest::newRow("year 0") << u"0000"_s << false;
        QTest::newRow("30 February") << u"2026-02-30..2026-03-01"_s << false;
        QTest::newRow("reversed") << u"2026-09-15..2026-09-01"_s << false;
        QTest::newRow("spaces") << u" 2026"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void labels()
    {
        QFETCH(QString, label);
        QFETCH(bool, valid);
        const std::optional<ReportPeriod> period = ReportPeriod::fromLabel(label);
        QCOMPARE(period.has_value(), valid);
        if (valid)
            QCOMPARE(period->label(), label);
    }

    void labelsGiveThePeriods()
    {
        QCOMPARE(*ReportPeriod::fromLabel(u"2026-09"_s), ReportPeriod::month(2026, 9));
        QCOMPARE(*ReportPeriod::fromLabel(u"2026-Q4"_s), ReportPeriod::quarter(2026, 4));
        QCOMPARE(*ReportPeriod::fromLabel(u"2027"_s), ReportPeriod::year(2027));
        QCOMPARE(*ReportPeriod::fromLabel(u"2026-08-15..2026-09-14"_s),
                 ReportPeriod::days(QDate(2026, 8, 15), QDate(2026, 9, 14)));
    }

    void monthsOfAPeriod()
    {
        QCOMPARE(StatisticsResult::monthsOf(ReportPeriod::month(2026, 9)),
                 QList<ReportPeriod>{ReportPeriod::month(2026, 9)});
        QCOMPARE(StatisticsResult::monthsOf(ReportPeriod::quarter(2026, 3)),
                 (QList<ReportPeriod>{ReportPeriod::month(2026, 7), ReportPeriod::month(2026, 8),
                                      ReportPeriod::month(2026, 9)}));
        QCOMPARE(StatisticsResult::monthsOf(ReportPeriod::year(2026)).size(), 12);
        // A run of days is cut at both ends.
        QCOMPARE(StatisticsResult::monthsOf(ReportPeriod::days(QDate(2026, 8, 15), QDate(2026, 10, 14))),
                 (QList<ReportPeriod>{ReportPeriod::days(QDate(2026, 8, 15), QDate(2026, 8, 31)),
                                      ReportPeriod::month(2026, 9),
                                      ReportPeriod::days(QDate(2026, 10, 1), QDate(2026, 10, 14))}));
        QVERIFY(
            StatisticsResult::monthsOf(ReportPeriod::days(QDate(2026, 9, 2), QDate(2026, 9, 1))).isEmpty());
    }

    void theQuarterByMonth()
    {
        // From tst_stats_period: September received 13 and handled 6; August received R2 and R13 and
        // handled R13.
        const StatisticsResult q3 = compute(ReportPeriod::quarter(2026, 3));
        QCOMPARE(q3.months.size(), 3);
        QCOMPARE(q3.months.at(0), (MonthFigures{ReportPeriod::month(2026, 7), 0, 0}));
        QCOMPARE(q3.months.at(1), (MonthFigures{ReportPeriod::month(2026, 8), 2, 1}));
        QCOMPARE(q3.months.at(2), (MonthFigures{ReportPeriod::month(2026, 9), 13, 6}));
        QCOMPARE(q3.report.province.received, 15);
        // One agency: dispatched to NUOC (R2, R13 in August; R5 twice and R15 in September) and handled.
        const StatisticsResult nuoc = compute(ReportPeriod::quarter(2026, 3), u"NUOC"_s);
        QCOMPARE(nuoc.months.at(1), (MonthFigures{ReportPeriod::month(2026, 8), 2, 1}));
        QCOMPARE(nuoc.months.at(2), (MonthFigures{ReportPeriod::month(2026, 9), 3, 2}));
    }

    void oneAgencysView()
    {
        const StatisticsResult province = compute(ReportPeriod::month(2026, 9));
        const StatisticsResult nuoc = compute(ReportPeriod::month(2026, 9), u"NUOC"_s);
        QVERIFY(!nuoc.isProvince());
        QCOMPARE(nuoc.report.province, ProvinceFigures());
        QCOMPARE(nuoc.report.agencies.size(), 1);
        QCOMPARE(nuoc.report.agencies.at(0), *province.report.agency(u"NUOC"_s));
        // Third of three ranked agencies, ranked among all of them.
        QCOMPARE(nuoc.report.ranking.size(), 1);
        QCOMPARE(nuoc.report.ranking.at(0).rank, 3);
        // R5 at NUOC is long overdue and was returned by NUOC, then SXD; R4's publication is the center's.
        QCOMPARE(nuoc.report.stickingPoints.longOverdue.size(), 1);
        QCOMPARE(nuoc.report.stickingPoints.longOverdue.at(0).reportId, StatsFixture::reportId(5));
        QCOMPARE(nuoc.report.stickingPoints.returnedMoreThanOnce.size(), 1);
        const StatisticsResult ward = compute(ReportPeriod::month(2026, 9), u"UBND-06673"_s);
        QVERIFY(ward.report.stickingPoints.longOverdue.isEmpty());
        QVERIFY(ward.report.stickingPoints.returnedMoreThanOnce.isEmpty());
        const QJsonObject json = nuoc.toJson();
        QCOMPARE(json.value(u"agency"_s).toString(), u"NUOC"_s);
        QVERIFY(!json.value(u"report"_s).toObject().contains(u"province"_s));
    }

    void jsonBothWays_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("agency");
        QTest::newRow("September") << u"2026-09"_s << QString();
        QTest::newRow("Q3") << u"2026-Q3"_s << QString();
        QTest::newRow("days") << u"2026-09-01..2026-09-28"_s << QString();
        QTest::newRow("empty July") << u"2026-07"_s << QString();
        QTest::newRow("SXD") << u"2026-09"_s << u"SXD"_s;
        QTest::newRow("DIEN, no work") << u"2026-09"_s << u"DIEN"_s;
    }

    void jsonBothWays()
    {
        QFETCH(QString, period);
        QFETCH(QString, agency);
        const StatisticsResult result = compute(*ReportPeriod::fromLabel(period), agency);
        // Through bytes, as the store sends it.
        const QByteArray bytes = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
        QString error;
        const std::optional<StatisticsResult> back =
            StatisticsResult::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, result);
    }

    void unreadableDocuments()
    {
        QString error;
        QVERIFY(!StatisticsResult::fromJson({}, &error));
        QVERIFY(error.contains(u"period"_s));
        QJsonObject json = compute(ReportPeriod::month(2026, 9)).toJson();
        QJsonObject report = json.value(u"report"_s).toObject();
        QJsonObject province = report.value(u"province"_s).toObject();
        QJsonArray overdue = province.value(u"overdue"_s).toArray();
        QJsonObject first = overdue.at(0).toObject();
        first.insert(u"stage"_s, u"lunch"_s);
        overdue.replace(0, first);
        province.insert(u"overdue"_s, overdue);
        report.insert(u"province"_s, province);
        json.insert(u"report"_s, report);
        QVERIFY(!StatisticsResult::fromJson(json, &error));
        QVERIFY2(error.contains(u"province.overdue[0]"_s) && error.contains(u"lunch"_s), qPrintable(error));
        json = compute(ReportPeriod::month(2026, 9)).toJson();
        json.insert(u"computedAt"_s, u"yesterday"_s);
        QVERIFY(!StatisticsResult::fromJson(json, &error));
        QVERIFY(error.startsWith(u"computedAt"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatsResult)
#include "tst_stats_result.moc"
