#include "StatsFixture.h"
#include "cache/LocalCache.h"
#include "calendar/WorkingCalendar.h"
#include "stats/PeriodStatistics.h"
#include "stats/StageHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;
using paht::test::StatsFixture;
using paht::test::vn;

// The periodic report statistics on the fixture of StatsFixture.cpp. Every expected number
// below was worked out by hand from the fixture, with the working time shown, under the Labour Code
// calendar without a yearly table (WorkingCalendar()): Monday–Friday 07:30–11:30 and 13:30–17:00
// (7.5 h = 27 000 s a day), 1 and 2 September 2026 (Tuesday, Wednesday) off for National Day.
// September 2026 is [2026-09-01 00:00, 2026-10-01 00:00) local time; 1 October is a Thursday.
class TestStatsPeriod : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void calendarOfTheFixture();
    void periodBounds();
    void wholeWorkingDays();
    void nearestRank();
    void septemberProvince();
    void septemberOverdueByStage();
    void septemberWorkingTime();
    void septemberAgencies();
    void septemberStickingPoints();
    void septemberRanking();
    void receivedBeforeThePeriodHandledWithin();
    void backlogAgeAcrossAWeekend();
    void emptyPeriod();
    void quarter();
    void json();
    void sameNumbersFromTheLocalCache();

private:
    PeriodReport compute(const ReportPeriod& period) const
    {
        return PeriodStatistics(m_calendar)
            .compute(period, m_fixture.reports, m_fixture.events, StatsFixture::agencies());
    }
    static QString id(int number) { return StatsFixture::reportId(number); }

    const WorkingCalendar m_calendar;
    StatsFixture m_fixture;
    PeriodReport m_september;
};

void TestStatsPeriod::initTestCase()
{
    m_fixture = StatsFixture::build();
    QCOMPARE(m_fixture.reports.size(), 15);
    m_september = compute(ReportPeriod::month(2026, 9));
}

void TestStatsPeriod::calendarOfTheFixture()
{
    QVERIFY(m_calendar.isWorkingDay(QDate(2026, 8, 31)));
    QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 9, 1)));
    QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 9, 2)));
    QVERIFY(m_calendar.isWorkingDay(QDate(2026, 9, 3)));
    QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 9, 5)));
    QVERIFY(m_calendar.isWorkingDay(QDate(2026, 10, 1)));
}

void TestStatsPeriod::periodBounds()
{
    const ReportPeriod september = ReportPeriod::month(2026, 9);
    QCOMPARE(september.from(), vn("2026-09-01 00:00"));
    QCOMPARE(september.to(), vn("2026-10-01 00:00"));
    QCOMPARE(september.from(), QDateTime(QDate(2026, 8, 31), QTime(17, 0), Qt::UTC));
    QVERIFY(september.contains(vn("2026-09-01 00:00")));
    QVERIFY(september.contains(vn("2026-09-30 23:59")));
    QVERIFY(!september.contains(vn("2026-10-01 00:00")));
    QVERIFY(!september.contains(vn("2026-08-31 23:59")));
    QCOMPARE(september.label(), u"2026-09"_s);

    const ReportPeriod february = ReportPeriod::month(2028, 2);
    QCOMPARE(february.last, QDate(2028, 2, 29));

    const ReportPeriod q3 = ReportPeriod::quarter(2026, 3);
    QCOMPARE(q3.first, QDate(2026, 7, 1));
    QCOMPARE(q3.last, QDate(2026, 9, 30));
    QCOMPARE(q3.to(), september.to());
    QCOMPARE(q3.label(), u"2026-Q3"_s);
    QCOMPARE(ReportPeriod::quarter(2026, 4).last, QDate(2026, 12, 31));

    const ReportPeriod year = ReportPeriod::year(2026);
    QCOMPARE(year.from(), vn("2026-01-01 00:00"));
    QCOMPARE(year.to(), vn("2027-01-01 00:00"));
    QCOMPARE(year.label(), u"2026"_s);

    const ReportPeriod days = ReportPeriod::days(QDate(2026, 9, 1), QDate(2026, 9, 15));
    QCOMPARE(days.to(), vn("2026-09-16 00:00"));
    QCOMPARE(days.label(), u"2026-09-01..2026-09-15"_s);
    QVERIFY(ReportPeriod::days(QDate(2026, 9, 2), QDate(2026, 9, 1)).isEmpty());
    QVERIFY(!ReportPeriod::days(QDate(2026, 9, 2), QDate(2026, 9, 1)).contains(vn("2026-09-01 12:00")));
}

void TestStatsPeriod::wholeWorkingDays()
{
    // Friday 16:00 → Tuesday 00:00: Monday 16:00 has passed, Tuesday 16:00 has not.
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-09-25 16:00"), vn("2026-09-29 00:00")), 1);
    // Friday 16:00 → Monday 00:00 (two and a third calendar days): none.
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-09-25 16:00"), vn("2026-09-28 00:00")), 0);
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-09-25 16:00"), vn("2026-09-28 16:00")), 1);
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-09-25 16:00"), vn("2026-09-28 15:59")), 0);
    // Monday 31 August 09:00 → Thursday 3 September: the holidays do not count.
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-08-31 09:00"), vn("2026-09-03 08:59")), 0);
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-08-31 09:00"), vn("2026-09-03 09:00")), 1);
    // Saturday stands at Friday 17:00: Monday 17:00 is one working day later.
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-09-26 10:00"), vn("2026-09-28 16:59")), 0);
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-09-26 10:00"), vn("2026-09-28 17:00")), 1);
    QCOMPARE(paht::wholeWorkingDays(m_calendar, vn("2026-09-28 10:00"), vn("2026-09-28 09:00")), 0);
}

void TestStatsPeriod::nearestRank()
{
    QCOMPARE(StageWorkingTime::nearestRank({}, 50), std::optional<qint64>());
    QCOMPARE(StageWorkingTime::nearestRank({7}, 90), std::optional<qint64>(7));
    // n = 4: the median is the 2nd value (⌈2⌉), the 90th percentile the 4th (⌈3.6⌉).
    QCOMPARE(StageWorkingTime::nearestRank({10, 20, 30, 40}, 50), std::optional<qint64>(20));
    QCOMPARE(StageWorkingTime::nearestRank({10, 20, 30, 40}, 90), std::optional<qint64>(40));
    // n = 10: ⌈9⌉ = 9th. n = 11: ⌈5.5⌉ = 6th and ⌈9.9⌉ = 10th.
    QCOMPARE(StageWorkingTime::nearestRank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90), std::optional<qint64>(9));
    QCOMPARE(StageWorkingTime::nearestRank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 50),
             std::optional<qint64>(6));
    QCOMPARE(StageWorkingTime::nearestRank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90),
             std::optional<qint64>(10));
    const StageWorkingTime summary = StageWorkingTime::of(SlaStage::Approval, {30, 10, 20});
    QCOMPARE(summary.count, 3);
    QCOMPARE(summary.medianSeconds, std::optional<qint64>(20));
    QCOMPARE(summary.p90Seconds, std::optional<qint64>(30));
}

void TestStatsPeriod::septemberProvince()
{
    const ProvinceFigures& p = m_september.province;
    // Received in September: R1, R3–R12, R14, R15 (R2 and R13 came in August).
    QCOMPARE(p.received, 13);
    // First dispatch in September: R1, R3, R4, R5, R9, R10, R14, R15 (R2 was dispatched on 31 August).
    QCOMPARE(p.dispatched, 8);
    QCOMPARE(p.rejected.value(RejectionKind::Complaint), 2); // R6, R8
    QCOMPARE(p.rejected.value(RejectionKind::Duplicate), 1); // R7
    QCOMPARE(p.rejected.value(RejectionKind::Denunciation), 0);
    QCOMPARE(p.rejected.value(RejectionKind::LegalAdvice), 0);
    QCOMPARE(p.rejected.value(RejectionKind::Abusive), 0);
    QCOMPARE(p.rejected.size(), 5);
    QCOMPARE(p.rejectedTotal(), 3);

    // Handled (last awaited result approved) in September: R1 (7th), R2 (10th), R3 (14th), R4 (14th: the
    // ward; SXD had returned it), R9 (21st), R15 (14th, NUOC after SXD). R13 was handled in August, R14 on
    // 2 October.
    const HandlingFigures& h = p.handling;
    QCOMPARE(h.handled, 6);
    // On time: R1, R4 (SXD's return within its day, the ward's stages met), R9 (met after the rework).
    // Not: R2 (approval 11:00 > 10:00), R3 (processing 14th > 10th), R15 (NUOC's approval 09:00 > 08:00).
    QCOMPARE(h.handledOnTime, 3);
    QCOMPARE(h.onTimeShare(), std::optional<double>(0.5));

    // Backlog at 1 October 00:00, whole working days since receipt:
    //   R5  Wed 9 Sep 08:00   → 15 (Wed 30 Sep 08:00 passed)   over 10
    //   R10 Fri 18 Sep 16:00  → 8                              6–10
    //   R11 Fri 25 Sep 16:00  → 3 (Mon, Tue, Wed)              2–5
    //   R12 Wed 30 Sep 15:00  → 0                              0–1
    //   R14 Tue 29 Sep 08:00  → 1 (approved only on 2 Oct)     0–1
    QCOMPARE(h.backlog.upToOne, 2);
    QCOMPARE(h.backlog.twoToFive, 1);
    QCOMPARE(h.backlog.sixToTen, 1);
    QCOMPARE(h.backlog.overTen, 1);
    QCOMPARE(h.backlog.total(), 5);

    // Returns in September (from the events): R4 by SXD, R5 by NUOC then by SXD.
    QCOMPARE(h.returned, 3);
    QCOMPARE(p.returnedBy, (QMap<QString, int>{{u"NUOC"_s, 1}, {u"SXD"_s, 2}}));

    // Ratings given in September: R13 very satisfied, R2 and R9 satisfied, R15 neutral, R1 dissatisfied,
    // R3 very dissatisfied. Satisfied share = (1 + 2) / 6.
    QCOMPARE(h.ratings.levels.value(Rating::VerySatisfied), 1);
    QCOMPARE(h.ratings.levels.value(Rating::Satisfied), 2);
    QCOMPARE(h.ratings.levels.value(Rating::Neutral), 1);
    QCOMPARE(h.ratings.levels.value(Rating::Dissatisfied), 1);
    QCOMPARE(h.ratings.levels.value(Rating::VeryDissatisfied), 1);
    QCOMPARE(h.ratings.total(), 6);
    QCOMPARE(h.ratings.satisfied(), 3);
    QCOMPARE(h.ratings.satisfactionShare(), std::optional<double>(0.5));

    // Escalations: R15 on the 10th (resolved on the 16th), R5 on the 22nd (standing).
    QCOMPARE(p.escalations.opened, 2);
    QCOMPARE(p.escalations.resolved, 1);
    QCOMPARE(p.escalations.standingAtEnd, QStringList{id(5)});
}

void TestStatsPeriod::septemberOverdueByStage()
{
    const HandlingFigures& h = m_september.province.handling;
    QCOMPARE(h.overdue.size(), 7);
    const auto check = [&h](SlaStage stage, int missed, int overdueAtEnd) {
        const StageOverdue* entry = h.overdueFor(stage);
        QVERIFY2(entry, qPrintable(slaStageName(stage)));
        QCOMPARE(entry->missed, missed);
        QCOMPARE(entry->overdueAtEnd, overdueAtEnd);
    };
    // Intake: R7 linked on Fri 11th 15:00, deadline 14:00. R11 is paused, R12 is due on 1 October.
    check(SlaStage::Intake, 1, 0);
    // Acceptance: R10 (Tue 22nd 09:00 > 08:00). SXD's acceptance on R5 ended late too, but by a return
    // without accepting: the return stage judges it.
    check(SlaStage::Acceptance, 1, 0);
    // Return: R5 by SXD (Fri 11th 09:00 > 08:00); R4 by SXD was in time.
    check(SlaStage::Return, 1, 0);
    // Processing: R3 late; R5 at NUOC (due 21st) and R10 at SXD (due 25th) still open.
    check(SlaStage::Processing, 1, 2);
    // Approval: R2 and R15 at NUOC, an hour late each. R14's approval, late on 2 October, was still
    // within its deadline (1 October 16:00) at the end of September.
    check(SlaStage::Approval, 2, 0);
    // Publication: R3 (Tue 15th 08:30 > Mon 14th 17:00); R4 never published (due 14th 11:00).
    check(SlaStage::Publication, 1, 1);
    // The reporter's question on R9, due Wed 30th 10:00, unanswered.
    check(SlaStage::CitizenClarification, 0, 1);
}

void TestStatsPeriod::septemberWorkingTime()
{
    const HandlingFigures& h = m_september.province.handling;
    const auto check = [&h](SlaStage stage, int count, std::optional<qint64> median,
                            std::optional<qint64> p90) {
        const StageWorkingTime* entry = h.workingTimeFor(stage);
        QVERIFY2(entry, qPrintable(slaStageName(stage)));
        QCOMPARE(entry->count, count);
        QCOMPARE(entry->medianSeconds, median);
        QCOMPARE(entry->p90Seconds, p90);
    };
    // Intake (11 ended in September; R2's ended in August): 1 h for R4, R5, R6, R8, R9, R14, R15; 1.5 h for
    // R10 (Fri 16:00–17:00 + Mon 07:30–08:00); 2 h for R1, R3; 8.5 h for R7. Sorted: 3600 ×7, 5400, 7200,
    // 7200, 30600. Median = 6th = 3600; p90 = 10th = 7200.
    check(SlaStage::Intake, 11, 3600, 7200);
    // Acceptance (10; SXD's on R4 and R5 closed by returns are left out): R14, R15/SXD 1 h; R1, R3, R4,
    // R9 2 h; R2 6.5 h (Mon 31 Aug 09:00–17:00 = 6 h, the holidays, Thu 07:30–08:00), R5/NUOC 6.5 h,
    // R15/NUOC 6.5 h; R10 8.5 h. Median = 5th = 7200; p90 = 9th = 23400.
    check(SlaStage::Acceptance, 10, 7200, 23400);
    // Return: R4/SXD 5.5 h (Tue 11:00–17:00 = 4 h, Wed 07:30–09:00), R5/SXD 8.5 h. Median = 1st, p90 = 2nd.
    check(SlaStage::Return, 2, 19800, 30600);
    // Processing (8): R14 11.5 h = 41400; R1 15 h = 54000; R4/ward 16 h = 57600; R15/SXD 21.5 h = 77400;
    // R9 28 h = 100800; R2 32 h = 115200; R15/NUOC 36.5 h = 131400; R3 37.5 h = 135000.
    // Median = 4th = 77400; p90 = ⌈7.2⌉ = 8th = 135000.
    check(SlaStage::Processing, 8, 77400, 135000);
    // Approval (7): R3 1 h; R1 2 h; R9, R15/SXD 3 h; R4 4.5 h (Fri 15:00–17:00, Mon 07:30–10:00);
    // R2, R15/NUOC 8.5 h. Median = 4th = 10800; p90 = ⌈6.3⌉ = 7th = 30600.
    check(SlaStage::Approval, 7, 10800, 30600);
    // Publication (5): R1, R9, R15 30 min; R2 45 min (11:00–11:30, 13:30–13:45); R3 2 h.
    check(SlaStage::Publication, 5, 1800, 7200);
    check(SlaStage::CitizenClarification, 0, std::nullopt, std::nullopt);
}

void TestStatsPeriod::septemberAgencies()
{
    QCOMPARE(m_september.agencies.size(), 4);
    QStringList codes;
    for (const AgencyFigures& agency : m_september.agencies)
        codes << agency.agencyCode;
    QCOMPARE(codes, StatsFixture::agencies());

    // SXD: dispatched R1, R3, R4, R5, R10, R15. Handled R1, R15 on time and R3 late. Open: R10 since Mon
    // 21st 08:00 → 7 working days. Returned R4 and R5. Ratings: R1 dissatisfied, R3 very dissatisfied, R15
    // neutral.
    const AgencyFigures* sxd = m_september.agency(u"SXD"_s);
    QVERIFY(sxd);
    QCOMPARE(sxd->dispatched, 6);
    QCOMPARE(sxd->handling.handled, 3);
    QCOMPARE(sxd->handling.handledOnTime, 2);
    QCOMPARE(sxd->handling.backlog, (BacklogAges{0, 0, 1, 0}));
    QCOMPARE(sxd->handling.returned, 2);
    QCOMPARE(sxd->handling.ratings.total(), 3);
    QCOMPARE(sxd->handling.ratings.satisfactionShare(), std::optional<double>(0.0));
    QCOMPARE(sxd->handling.overdue.size(), 5); // the agency's own stages
    QVERIFY(!sxd->handling.overdueFor(SlaStage::Intake));
    QCOMPARE(*sxd->handling.overdueFor(SlaStage::Acceptance), (StageOverdue{SlaStage::Acceptance, 1, 0}));
    QCOMPARE(*sxd->handling.overdueFor(SlaStage::Return), (StageOverdue{SlaStage::Return, 1, 0}));
    QCOMPARE(*sxd->handling.overdueFor(SlaStage::Processing), (StageOverdue{SlaStage::Processing, 1, 1}));
    QCOMPARE(*sxd->handling.overdueFor(SlaStage::Approval), (StageOverdue{SlaStage::Approval, 0, 0}));
    // Acceptance 1 h, 2 h, 2 h, 8.5 h; processing 15 h, 21.5 h, 37.5 h; approval 1 h, 2 h, 3 h.
    QCOMPARE(*sxd->handling.workingTimeFor(SlaStage::Acceptance),
             (StageWorkingTime{SlaStage::Acceptance, 4, 7200, 30600}));
    QCOMPARE(*sxd->handling.workingTimeFor(SlaStage::Processing),
             (StageWorkingTime{SlaStage::Processing, 3, 77400, 135000}));
    QCOMPARE(*sxd->handling.workingTimeFor(SlaStage::Approval),
             (StageWorkingTime{SlaStage::Approval, 3, 7200, 10800}));
    QCOMPARE(*sxd->handling.workingTimeFor(SlaStage::Return),
             (StageWorkingTime{SlaStage::Return, 2, 19800, 30600}));

    // NUOC: dispatched R15 and R5 twice. Handled R2 and R15, both approved late. Open: R5 since Fri 11th
    // 10:00 → 13 working days. Returned R5 once. Ratings R2 satisfied, R13 very satisfied, R15 neutral.
    const AgencyFigures* nuoc = m_september.agency(u"NUOC"_s);
    QVERIFY(nuoc);
    QCOMPARE(nuoc->dispatched, 3);
    QCOMPARE(nuoc->handling.handled, 2);
    QCOMPARE(nuoc->handling.handledOnTime, 0);
    QCOMPARE(nuoc->handling.backlog, (BacklogAges{0, 0, 0, 1}));
    QCOMPARE(nuoc->handling.returned, 1);
    QCOMPARE(nuoc->handling.ratings.satisfied(), 2);
    QCOMPARE(nuoc->handling.ratings.total(), 3);
    QCOMPARE(*nuoc->handling.overdueFor(SlaStage::Approval), (StageOverdue{SlaStage::Approval, 2, 0}));
    QCOMPARE(*nuoc->handling.overdueFor(SlaStage::Processing), (StageOverdue{SlaStage::Processing, 0, 1}));
    // Acceptance 6.5 h three times (R2 over the holidays); processing 32 h and 36.5 h: the median of two
    // values is the 1st by nearest rank.
    QCOMPARE(*nuoc->handling.workingTimeFor(SlaStage::Acceptance),
             (StageWorkingTime{SlaStage::Acceptance, 3, 23400, 23400}));
    QCOMPARE(*nuoc->handling.workingTimeFor(SlaStage::Processing),
             (StageWorkingTime{SlaStage::Processing, 2, 115200, 131400}));

    // The ward: dispatched R4, R9, R14; handled R4 and R9 on time; R14 open since Tue 29th 09:00 → 1 day;
    // R9's question overdue; one rating, satisfied.
    const AgencyFigures* ward = m_september.agency(u"UBND-06673"_s);
    QVERIFY(ward);
    QCOMPARE(ward->dispatched, 3);
    QCOMPARE(ward->handling.handled, 2);
    QCOMPARE(ward->handling.handledOnTime, 2);
    QCOMPARE(ward->handling.backlog, (BacklogAges{1, 0, 0, 0}));
    QCOMPARE(ward->handling.returned, 0);
    QCOMPARE(ward->handling.ratings.satisfactionShare(), std::optional<double>(1.0));
    QCOMPARE(*ward->handling.overdueFor(SlaStage::CitizenClarification),
             (StageOverdue{SlaStage::CitizenClarification, 0, 1}));
    QCOMPARE(*ward->handling.workingTimeFor(SlaStage::Processing),
             (StageWorkingTime{SlaStage::Processing, 3, 57600, 100800}));

    // DIEN had no work: listed with zeros.
    const AgencyFigures* dien = m_september.agency(u"DIEN"_s);
    QVERIFY(dien);
    QVERIFY(!dien->hasWork());
    QCOMPARE(dien->dispatched, 0);
    QCOMPARE(dien->handling.handled, 0);
    QCOMPARE(dien->handling.onTimeShare(), std::optional<double>());
    QCOMPARE(dien->handling.backlog.total(), 0);
    QCOMPARE(dien->handling.ratings.satisfactionShare(), std::optional<double>());
}

void TestStatsPeriod::septemberStickingPoints()
{
    const StickingPoints& s = m_september.stickingPoints;
    QCOMPARE(s.longOverdueWorkingDays, 5);
    // Open at the end and overdue by 5 working days or more: R4's publication, due Mon 14th 11:00 (12 days:
    // Wed 30th 11:00 passed, Thu 1 Oct 11:00 not), and R5 at NUOC, due Mon 21st 09:00 (7 days). R10 at SXD
    // (3 days) and R9's question (0) are overdue, not long overdue.
    QCOMPARE(s.longOverdue.size(), 2);
    QCOMPARE(s.longOverdue.at(0),
             (LongOverdue{id(4), QString(), SlaStage::Publication, vn("2026-09-14 11:00"), 12}));
    QCOMPARE(s.longOverdue.at(1),
             (LongOverdue{id(5), u"NUOC"_s, SlaStage::Processing, vn("2026-09-21 09:00"), 7}));
    // R5 was returned by NUOC, then by SXD.
    QCOMPARE(s.returnedMoreThanOnce.size(), 1);
    QCOMPARE(s.returnedMoreThanOnce.at(0), (RepeatedReturn{id(5), {u"NUOC"_s, u"SXD"_s}}));
    QCOMPARE(s.returnedMoreThanOnce.at(0).returns(), 2);
}

void TestStatsPeriod::septemberRanking()
{
    // score = 50·T + 30·S + 20·(1 − B), B = backlog ÷ (handled + backlog):
    //   UBND-06673: T = 2/2, S = 1/1, B = 1/3 → 50 + 30 + 13.333 = 93.33
    //   SXD:        T = 2/3, S = 0/3, B = 1/4 → 33.333 + 0 + 15   = 48.33
    //   NUOC:       T = 0/2, S = 2/3, B = 1/3 → 0 + 20 + 13.333   = 33.33
    //   DIEN:       no work → listed, not ranked
    const QList<RankingEntry>& ranking = m_september.ranking;
    QCOMPARE(ranking.size(), 4);
    QCOMPARE(ranking.at(0).agencyCode, u"UBND-06673"_s);
    QCOMPARE(ranking.at(0).rank, 1);
    QCOMPARE(ranking.at(0).score, std::optional<double>(93.33));
    QCOMPARE(ranking.at(1).agencyCode, u"SXD"_s);
    QCOMPARE(ranking.at(1).rank, 2);
    QCOMPARE(ranking.at(1).score, std::optional<double>(48.33));
    QCOMPARE(ranking.at(1).onTimeShare, 2.0 / 3.0);
    QCOMPARE(ranking.at(1).backlogShare, 0.25);
    QCOMPARE(ranking.at(1).satisfactionShare, std::optional<double>(0.0));
    QCOMPARE(ranking.at(2).agencyCode, u"NUOC"_s);
    QCOMPARE(ranking.at(2).rank, 3);
    QCOMPARE(ranking.at(2).score, std::optional<double>(33.33));
    QCOMPARE(ranking.at(3).agencyCode, u"DIEN"_s);
    QCOMPARE(ranking.at(3).rank, 0);
    QCOMPARE(ranking.at(3).score, std::optional<double>());
}

void TestStatsPeriod::receivedBeforeThePeriodHandledWithin()
{
    // R2 alone: received and dispatched in August, accepted, handled and rated in September.
    const Report r2 = m_fixture.reports.at(1);
    QCOMPARE(r2.id, id(2));
    const PeriodReport report =
        PeriodStatistics(m_calendar)
            .compute(ReportPeriod::month(2026, 9), {r2}, m_fixture.events, StatsFixture::agencies());
    QCOMPARE(report.province.received, 0);
    QCOMPARE(report.province.dispatched, 0);
    QCOMPARE(report.province.handling.handled, 1);
    QCOMPARE(report.province.handling.handledOnTime, 0);
    QCOMPARE(report.province.handling.backlog.total(), 0);
    const AgencyFigures* nuoc = report.agency(u"NUOC"_s);
    QCOMPARE(nuoc->dispatched, 0);
    QCOMPARE(nuoc->handling.handled, 1);
    // Its intake ended in August: no intake time in September; its acceptance ended in September.
    QCOMPARE(report.province.handling.workingTimeFor(SlaStage::Intake)->count, 0);
    QCOMPARE(*report.province.handling.workingTimeFor(SlaStage::Acceptance),
             (StageWorkingTime{SlaStage::Acceptance, 1, 23400, 23400}));
    // In August it was received, dispatched and still open at the end, 1 working day old: from Fri 28th
    // 15:00, Mon 31st 15:00 has passed by 1 Sep 00:00 (and 1 September is a holiday anyway).
    const PeriodReport august =
        PeriodStatistics(m_calendar)
            .compute(ReportPeriod::month(2026, 8), {r2}, m_fixture.events, StatsFixture::agencies());
    QCOMPARE(august.province.received, 1);
    QCOMPARE(august.province.dispatched, 1);
    QCOMPARE(august.province.handling.handled, 0);
    QCOMPARE(august.province.handling.backlog, (BacklogAges{1, 0, 0, 0}));
    QCOMPARE(august.agency(u"NUOC"_s)->dispatched, 1);
}

void TestStatsPeriod::backlogAgeAcrossAWeekend()
{
    // 1–28 September ends on Tuesday 29th 00:00.
    const PeriodReport report = compute(ReportPeriod::days(QDate(2026, 9, 1), QDate(2026, 9, 28)));
    // R11, received Fri 25th 16:00, is 1 working day old (Mon 28th 16:00 passed), though 3⅓ days have gone.
    // R10, Fri 18th 16:00: Mon 21st … Mon 28th = 6. R5, Wed 9th 08:00: 10, 11, 14–18, 21–25, 28 = 13.
    QCOMPARE(report.province.handling.backlog, (BacklogAges{1, 0, 1, 1}));
    // R11's intake was paused on Monday 09:00, before the end: not overdue.
    QCOMPARE(report.province.handling.overdueFor(SlaStage::Intake)->overdueAtEnd, 0);
    // R10 at SXD, dispatched Mon 21st 08:00: 22–25, 28 = 5 (Tue 29th 08:00 not reached).
    QCOMPARE(report.agency(u"SXD"_s)->handling.backlog, (BacklogAges{0, 1, 0, 0}));
}

void TestStatsPeriod::emptyPeriod()
{
    const PeriodReport july = compute(ReportPeriod::month(2026, 7));
    QCOMPARE(july.province.received, 0);
    QCOMPARE(july.province.dispatched, 0);
    QCOMPARE(july.province.rejectedTotal(), 0);
    QCOMPARE(july.province.handling.handled, 0);
    QCOMPARE(july.province.handling.onTimeShare(), std::optional<double>());
    QCOMPARE(july.province.handling.backlog.total(), 0);
    QCOMPARE(july.province.handling.ratings.satisfactionShare(), std::optional<double>());
    QCOMPARE(july.province.escalations, EscalationFigures());
    for (const StageOverdue& entry : july.province.handling.overdue)
        QCOMPARE(entry.total(), 0);
    for (const StageWorkingTime& entry : july.province.handling.workingTime) {
        QCOMPARE(entry.count, 0);
        QCOMPARE(entry.medianSeconds, std::optional<qint64>());
    }
    QVERIFY(july.stickingPoints.longOverdue.isEmpty());
    QVERIFY(july.stickingPoints.returnedMoreThanOnce.isEmpty());
    QCOMPARE(july.agencies.size(), 4);
    QStringList unranked;
    for (const RankingEntry& entry : july.ranking) {
        QCOMPARE(entry.rank, 0);
        unranked << entry.agencyCode;
    }
    QCOMPARE(unranked, StatsFixture::agencies());

    // No reports at all, and an empty period, give the same empty figures.
    const PeriodReport nothing =
        PeriodStatistics(m_calendar).compute(ReportPeriod::month(2026, 9), {}, {}, StatsFixture::agencies());
    QCOMPARE(nothing.province, july.province);
    const PeriodReport reversed = compute(ReportPeriod::days(QDate(2026, 9, 30), QDate(2026, 9, 1)));
    QCOMPARE(reversed.province, july.province);
}

void TestStatsPeriod::quarter()
{
    // Q3 2026 adds August: R2 and R13 received; R2 and R13 dispatched; R13 handled (26 Aug, on time).
    const PeriodReport q3 = compute(ReportPeriod::quarter(2026, 3));
    QCOMPARE(q3.province.received, 15);
    QCOMPARE(q3.province.dispatched, 10);
    QCOMPARE(q3.province.handling.handled, 7);
    QCOMPARE(q3.province.handling.handledOnTime, 4);
    // The backlog is measured at the same instant as September's.
    QCOMPARE(q3.province.handling.backlog, m_september.province.handling.backlog);
    QCOMPARE(q3.agency(u"NUOC"_s)->dispatched, 5); // R2, R13 in August
}

void TestStatsPeriod::json()
{
    const QJsonObject json = m_september.toJson();
    QCOMPARE(json.value(u"period"_s).toObject().value(u"label"_s).toString(), u"2026-09"_s);
    QCOMPARE(json.value(u"period"_s).toObject().value(u"from"_s).toString(), u"2026-08-31T17:00:00.000Z"_s);
    const QJsonObject province = json.value(u"province"_s).toObject();
    QCOMPARE(province.value(u"received"_s).toInt(), 13);
    QCOMPARE(province.value(u"onTimeShare"_s).toDouble(), 0.5);
    QCOMPARE(
        province.value(u"rejected"_s).toObject().value(u"byKind"_s).toObject().value(u"complaint"_s).toInt(),
        2);
    QCOMPARE(province.value(u"backlog"_s).toObject().value(u"over10"_s).toInt(), 1);
    QCOMPARE(
        province.value(u"ratings"_s).toObject().value(u"levels"_s).toObject().value(u"neutral"_s).toInt(), 1);
    const QJsonArray workingTime = province.value(u"workingTime"_s).toArray();
    QCOMPARE(workingTime.at(3).toObject().value(u"stage"_s).toString(), u"processing"_s);
    QCOMPARE(workingTime.at(3).toObject().value(u"medianSeconds"_s).toInteger(), 77400);
    QVERIFY(workingTime.at(6).toObject().value(u"medianSeconds"_s).isNull());

    const QJsonObject ranking = json.value(u"ranking"_s).toObject();
    QVERIFY(ranking.value(u"formula"_s).toString().contains(u"50 × T + 30 × S + 20 × (1 − B)"_s));
    QCOMPARE(ranking.value(u"entries"_s).toArray().at(0).toObject().value(u"score"_s).toDouble(), 93.33);
    QVERIFY(ranking.value(u"entries"_s).toArray().at(3).toObject().value(u"rank"_s).isNull());
    const QJsonObject notes = json.value(u"notes"_s).toObject();
    for (const QString& key :
         {u"handled"_s, u"onTime"_s, u"overdue"_s, u"backlog"_s, u"returned"_s, u"workingTime"_s,
          u"satisfaction"_s, u"escalations"_s, u"stickingPoints"_s, u"ranking"_s})
        QVERIFY2(!notes.value(key).toString().isEmpty(), qPrintable(key));
    QVERIFY(notes.value(u"stickingPoints"_s).toString().contains(u"overdue by 5 working day"_s));
    QCOMPARE(json.value(u"agencies"_s).toArray().size(), 4);
    QCOMPARE(json.value(u"stickingPoints"_s).toObject().value(u"longOverdue"_s).toArray().size(), 2);
}

void TestStatsPeriod::sameNumbersFromTheLocalCache()
{
    // The console computes from its cache what the store computes from its database: put the fixture
    // through a LocalCache and compute again.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalCache cache(dir.filePath(u"cache.sqlite"_s));
    QString error;
    QVERIFY2(cache.open(&error), qPrintable(error));
    for (const Report& report : m_fixture.reports) {
        QList<Event> events;
        for (const Event& event : m_fixture.events) {
            if (event.reportId == report.id)
                events << event;
        }
        QVERIFY2(cache.upsert(report, events), qPrintable(cache.lastError()));
    }
    const QList<Report> reports = cache.reports();
    QCOMPARE(reports.size(), m_fixture.reports.size());
    QList<Event> events;
    for (const Report& report : reports)
        events << cache.events(report.id);
    QCOMPARE(events.size(), m_fixture.events.size());

    const PeriodReport fromCache =
        PeriodStatistics(m_calendar)
            .compute(ReportPeriod::month(2026, 9), reports, events, StatsFixture::agencies());
    QCOMPARE(fromCache, m_september);
    QCOMPARE(QJsonDocument(fromCache.toJson()).toJson(), QJsonDocument(m_september.toJson()).toJson());
}

QTEST_GUILESS_MAIN(TestStatsPeriod)
#include "tst_stats_period.moc"
