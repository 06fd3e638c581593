// GET /api/v1/statistics on a real store on loopback: the story of StatisticsStory.h played
// through the real commands; the figures of September 2026 worked out by hand; the same numbers from a
// console's complete local cache after sync; who may read what; what a bad period gets.
#include "StatisticsStory.h"
#include "StoreFixture.h"
#include "TestConsole.h"

#include "calendar/WorkingCalendar.h"
#include "stats/StatisticsResult.h"

#include <QJsonArray>
#include <QTest>

using namespace paht;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;

// Hand-worked September 2026 (1 October is a Thursday), Monday–Friday 07:30–11:30 and 13:30–17:00:
// - received R1–R6 (6); first dispatched R1, R3, R4, R5 (4); rejected R2 as a complaint.
// - handled R1 (SXD approved 7 Sep) and R3 (the ward approved 7 Sep; SXD had returned it): 2, both on
//   time: every stage ended by its deadline (R3's return within its working day).
// - backlog at 1 Oct 00:00: R4 from Mon 7 Sep 08:00 (8–30 Sep: 17 working days), R5 from Tue 8 Sep 08:00
//   (16), R6 from Wed 30 Sep 15:00 (0): two over 10, one up to 1.
// - returned: R3 by SXD. Escalated: R4, standing. Rated: R1 very satisfied.
// - open past the deadline at the end: R3's publication (due Mon 7 Sep 16:00), R4's acceptance at the ward
//   (due Tue 8 Sep 09:00), R5's processing at SXD (5 working days from Tue 8 Sep 09:30: Tue 15 Sep 09:30):
//   all three overdue by 5 working days or more, so sticking points.
// - SXD: dispatched R1, R3, R5; handled R1 on time; backlog R5; T = 1, S = 1, B = 1/2 → 50 + 30 + 10 = 90.
//   The ward: dispatched R3, R4; handled R3 on time; backlog R4; no rating: T = 1, B = 1/2 →
//   (50 + 10) · 100 / 70 = 85.71. NUOC had no work: not ranked.
class TestStatsStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<StatisticsStory> m_story;

    Reply statistics(const QString& user, const QString& query)
    {
        return m_store->get(u"/api/v1/statistics?"_s + query, m_store->login(user));
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<StoreFixture>(StatisticsStory::at("2026-08-24 08:00"));
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        m_story = std::make_unique<StatisticsStory>(*m_store);
        QVERIFY2(m_story->play(), qPrintable(m_story->error()));
        m_store->clock().set(StatisticsStory::at("2026-10-15 10:00"));
    }

    void septemberByHand()
    {
        const Reply reply = statistics(u"supervisor"_s, u"period=2026-09"_s);
        QCOMPARE(reply.status, 200);
        const std::optional<StatisticsResult> result = StatisticsResult::fromJson(reply.json());
        QVERIFY(result);
        QVERIFY(result->isProvince());
        QCOMPARE(result->computedAt, StatisticsStory::at("2026-10-15 10:00"));
        const PeriodReport& r = result->report;
        QCOMPARE(r.period, ReportPeriod::month(2026, 9));
        const ProvinceFigures& p = r.province;
        QCOMPARE(p.received, 6);
        QCOMPARE(p.dispatched, 4);
        QCOMPARE(p.rejected.value(RejectionKind::Complaint), 1);
        QCOMPARE(p.rejectedTotal(), 1);
        QCOMPARE(p.handling.handled, 2);
        QCOMPARE(p.handling.handledOnTime, 2);
        QCOMPARE(p.handling.backlog, (BacklogAges{1, 0, 0, 2}));
        QCOMPARE(p.handling.returned, 1);
        QCOMPARE(p.returnedBy, (QMap<QString, int>{{u"SXD"_s, 1}}));
        QCOMPARE(p.escalations.opened, 1);
        QCOMPARE(p.escalations.standingAtEnd, QStringList{m_story->id(4)});
        QCOMPARE(p.handling.ratings.levels.value(Rating::VerySatisfied), 1);
        QCOMPARE(p.handling.ratings.satisfactionShare(), std::optional<double>(1.0));
        QCOMPARE(p.handling.overdueFor(SlaStage::Publication)->overdueAtEnd, 1);
        QCOMPARE(p.handling.overdueFor(SlaStage::Acceptance)->overdueAtEnd, 1);
        QCOMPARE(p.handling.overdueFor(SlaStage::Processing)->overdueAtEnd, 1);
        QCOMPARE(p.handling.overdueFor(SlaStage::Intake)->total(), 0);
        QStringList longOverdue;
        for (const LongOverdue& item : r.stickingPoints.longOverdue)
            longOverdue << item.reportId;
        longOverdue.sort();
        QCOMPARE(longOverdue, (QStringList{m_story->id(3), m_story->id(4), m_story->id(5)}));

        const AgencyFigures* sxd = r.agency(u"SXD"_s);
        QVERIFY(sxd);
        QCOMPARE(sxd->dispatched, 3);
        QCOMPARE(sxd->handling.handled, 1);
        QCOMPARE(sxd->handling.returned, 1);
        QCOMPARE(sxd->handling.backlog.overTen, 1);
        QCOMPARE(r.ranking.size(), 3);
        QCOMPARE(r.ranking.at(0).agencyCode, u"SXD"_s);
        QCOMPARE(r.ranking.at(0).score, std::optional<double>(90.0));
        QCOMPARE(r.ranking.at(1).agencyCode, u"UBND-06673"_s);
        QCOMPARE(r.ranking.at(1).score, std::optional<double>(85.71));
        QCOMPARE(r.ranking.at(2).agencyCode, u"NUOC"_s);
        QCOMPARE(r.ranking.at(2).rank, 0);

        QCOMPARE(result->months.size(), 1);
        QCOMPARE(result->months.at(0), (MonthFigures{ReportPeriod::month(2026, 9), 6, 2}));
        QVERIFY(reply.json()
                    .value(u"report"_s)
                    .toObject()
                    .value(u"ranking"_s)
                    .toObject()
                    .value(u"formula"_s)
                    .toString()
                    .contains(u"50 × T + 30 × S + 20 × (1 − B)"_s));
    }

    void aQuarterByMonth()
    {
        const Reply reply = statistics(u"admin"_s, u"period=2026-Q3"_s);
        QCOMPARE(reply.status, 200);
        const std::optional<StatisticsResult> result = StatisticsResult::fromJson(reply.json());
        QVERIFY(result);
        QCOMPARE(result->report.province.received, 7);
        QCOMPARE(result->report.province.handling.handled, 3);
        QCOMPARE(result->months, (QList<MonthFigures>{{ReportPeriod::month(2026, 7), 0, 0},
                                                      {ReportPeriod::month(2026, 8), 1, 1},
                                                      {ReportPeriod::month(2026, 9), 6, 2}}));
    }

    void oneAgency()
    {
        const Reply reply = statistics(u"sxd.leader"_s, u"period=2026-09&agency=SXD"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"agency"_s).toString(), u"SXD"_s);
        QVERIFY(!json.value(u"report"_s).toObject().contains(u"province"_s));
        const std::optional<StatisticsResult> result = StatisticsResult::fromJson(json);
        QVERIFY(result);
        QCOMPARE(result->report.agencies.size(), 1);
        QCOMPARE(result->report.agencies.at(0).agencyCode, u"SXD"_s);
        QCOMPARE(result->report.ranking.size(), 1);
        QCOMPARE(result->report.ranking.at(0).rank, 1);
        // Its own sticking point only: R5's processing.
        QCOMPARE(result->report.stickingPoints.longOverdue.size(), 1);
        QCOMPARE(result->report.stickingPoints.longOverdue.at(0).reportId, m_story->id(5));
        // Dispatched to SXD and handled by it.
        QCOMPARE(result->months.at(0), (MonthFigures{ReportPeriod::month(2026, 9), 3, 1}));
    }

    void whoMayRead_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        for (const QString& center : {u"intake"_s, u"editor"_s, u"supervisor"_s, u"admin"_s}) {
            QTest::addRow("%s province", qPrintable(center)) << center << u"period=2026"_s << 200;
            QTest::addRow("%s agency", qPrintable(center)) << center << u"period=2026&agency=NUOC"_s << 200;
        }
        QTest::newRow("leader, own agency") << u"ward.leader"_s << u"period=2026&agency=UBND-06673"_s << 200;
        QTest::newRow("leader, province") << u"ward.leader"_s << u"period=2026"_s << 403;
        QTest::newRow("leader, other agency") << u"ward.leader"_s << u"period=2026&agency=SXD"_s << 403;
        QTest::newRow("specialist, own agency") << u"sxd.specialist"_s << u"period=2026&agency=SXD"_s << 403;
        QTest::newRow("unknown agency") << u"supervisor"_s << u"period=2026&agency=XYZ"_s << 400;
    }

    void whoMayRead()
    {
        QFETCH(QString, user);
        QFETCH(QString, query);
        QFETCH(int, status);
        const Reply reply = statistics(user, query);
        QCOMPARE(reply.status, status);
        if (status == 403)
            QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    }

    void needsALogin() { QCOMPARE(m_store->get(u"/api/v1/statistics?period=2026"_s).status, 401); }

    void badPeriods_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("none") << QString();
        QTest::newRow("month 13") << u"period=2026-13"_s;
        QTest::newRow("quarter 5") << u"period=2026-Q5"_s;
        QTest::newRow("words") << u"period=september"_s;
        QTest::newRow("no such day") << u"period=2026-02-30..2026-03-01"_s;
        QTest::newRow("reversed") << u"period=2026-09-15..2026-09-01"_s;
    }

    void badPeriods()
    {
        QFETCH(QString, query);
        const Reply reply = statistics(u"supervisor"_s, query);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"invalid_query"_s);
        QCOMPARE(error.value(u"field"_s).toString(), u"period"_s);
    }

    // The console computes from its cache what the store computes from its database.
    void sameNumbersFromTheLocalCache_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("agency");
        QTest::newRow("month") << u"2026-09"_s << QString();
        QTest::newRow("quarter") << u"2026-Q3"_s << QString();
        QTest::newRow("year") << u"2026"_s << QString();
        QTest::newRow("days") << u"2026-09-01..2026-09-15"_s << QString();
        QTest::newRow("SXD") << u"2026-Q3"_s << u"SXD"_s;
        QTest::newRow("ward") << u"2026-09"_s << u"UBND-06673"_s;
    }

    void sameNumbersFromTheLocalCache()
    {
        QFETCH(QString, period);
        QFETCH(QString, agency);
        TestConsole console(m_store->url(QString()), m_store->clock());
        QVERIFY(console.login(u"supervisor"_s, StoreFixture::password()));
        QVERIFY(console.startAndSync());
        QTRY_COMPARE(console.cache().reports().size(), 7);
        QTRY_COMPARE(console.cache().directory().agencies.size(), 3);
        // The state secret reaches the supervisor without its content, with its stages.
        QCOMPARE(console.cache().report(m_story->id(5))->description, u"[state secret]"_s);
        QCOMPARE(console.cache().report(m_story->id(5))->assignments.size(), 1);

        const QList<Report> reports = console.cache().reports();
        QList<Event> events;
        for (const Report& report : reports)
            events << console.cache().events(report.id);
        const WorkingCalendar calendar = WorkingCalendar::regulationDefaults();
        const StatisticsResult local = StatisticsResult::compute(
            PeriodStatistics(calendar), *ReportPeriod::fromLabel(period), reports, events,
            console.cache().directory().agencies.keys(), agency, m_store->clock().now());

        const QString query =
            agency.isEmpty() ? u"period=%1"_s.arg(period) : u"period=%1&agency=%2"_s.arg(period, agency);
        const QJsonObject stored = statistics(u"supervisor"_s, query).json();
        const QJsonObject computed = local.toJson();
        QCOMPARE(QJsonDocument(stored.value(u"report"_s).toObject()).toJson(),
                 QJsonDocument(computed.value(u"report"_s).toObject()).toJson());
        QCOMPARE(stored.value(u"months"_s), computed.value(u"months"_s));
        // And the store's document reads back as the same figures.
        QCOMPARE(StatisticsResult::fromJson(stored)->report, local.report);
    }
};

QTEST_GUILESS_MAIN(TestStatsStore)
#include "tst_stats_store.moc"
