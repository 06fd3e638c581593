#include "CalendarTestSupport.h"
#include "calendar/SlaClock.h"
#include "calendar/WorkingCalendar.h"

#include <QElapsedTimer>
#include <QTest>

Q_DECLARE_METATYPE(paht::StageStatus)

using namespace paht;
using paht::test::vn;
using paht::test::vnText;

// The working-time clock of requirements "Time rules used by every deadline". Instants in the tables are
// Vietnamese wall-clock time. The calendar is the shipped one (Labour Code + the 2025/2026 notices).
class TestSlaClock : public QObject
{
    Q_OBJECT

private slots:
    void effectiveStart_data();
    void effectiveStart();
    void addWorkingDays_data();
    void addWorkingDays();
    void addWorkingHours_data();
    void addWorkingHours();
    void workingSecondsBetween_data();
    void workingSecondsBetween();
    void deadlineByDuration();
    void seasonalProfilesAndShorterDays_data();
    void seasonalProfilesAndShorterDays();
    void statusValues_data();
    void statusValues();
    void remainingWorkingSeconds_data();
    void remainingWorkingSeconds();
    void pauseAndResumeMoveTheDeadline();
    void pauseOverNonWorkingTimeKeepsTheDeadline();
    void pauseAndResumeEdgeCases();
    void completeWhilePaused();
    void millisecondsSurvive();
    void calendarWithoutWorkingDays();
    void fastEnough();

private:
    const WorkingCalendar m_calendar = WorkingCalendar::regulationDefaults();
    const SlaClock m_clock{m_calendar};
};

void TestSlaClock::effectiveStart_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("expected");
    QTest::newRow("within the morning") << "2026-03-10 09:15"
                                        << "2026-03-10 09:15";
    QTest::newRow("start of the day") << "2026-03-10 07:30"
                                      << "2026-03-10 07:30";
    QTest::newRow("end of the day") << "2026-03-10 17:00"
                                    << "2026-03-10 17:00";
    QTest::newRow("lunch counts from 11:30") << "2026-03-10 12:00"
                                             << "2026-03-10 11:30";
    QTest::newRow("night counts from 17:00") << "2026-03-10 22:00"
                                             << "2026-03-10 17:00";
    QTest::newRow("before 07:30: the previous evening") << "2026-03-10 06:00"
                                                        << "2026-03-09 17:00";
    QTest::newRow("Saturday: Friday 17:00") << "2026-03-07 10:00"
                                            << "2026-03-06 17:00";
    QTest::newRow("Monday 07:00: Friday 17:00") << "2026-03-09 07:00"
                                                << "2026-03-06 17:00";
    QTest::newRow("holiday 1 Jan 2026: 31 Dec 17:00") << "2026-01-01 10:00"
                                                      << "2025-12-31 17:00";
    QTest::newRow("Tết 2026: Friday 13 Feb 17:00") << "2026-02-18 10:00"
                                                   << "2026-02-13 17:00";
    QTest::newRow("after midnight UTC+7") << "2026-03-11 00:30"
                                          << "2026-03-10 17:00";
}

void TestSlaClock::effectiveStart()
{
    QFETCH(QString, at);
    QFETCH(QString, expected);
    QCOMPARE(vnText(m_clock.effectiveStart(vn(at))), expected);
}

void TestSlaClock::addWorkingDays_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");
    // Requirements, "Time rules": the same point of the working day, N working days later.
    QTest::newRow("Friday 16:00 + 1 = Monday 16:00") << "2026-03-06 16:00" << 1 << "2026-03-09 16:00";
    QTest::newRow("Friday 16:55 + 1 = Monday 16:55") << "2026-03-06 16:55" << 1 << "2026-03-09 16:55";
    QTest::newRow("Saturday: end of Monday's hours") << "2026-03-07 10:00" << 1 << "2026-03-09 17:00";
    QTest::newRow("Tuesday 22:00 counts from 17:00") << "2026-03-10 22:00" << 1 << "2026-03-11 17:00";
    QTest::newRow("lunch 12:00 counts from 11:30") << "2026-03-10 12:00" << 1 << "2026-03-11 11:30";
    QTest::newRow("end of morning stays 11:30") << "2026-03-10 11:30" << 1 << "2026-03-11 11:30";
    QTest::newRow("13:30 = 4h elapsed = 11:30") << "2026-03-10 13:30" << 1 << "2026-03-11 11:30";
    QTest::newRow("afternoon") << "2026-03-10 14:45" << 1 << "2026-03-11 14:45";
    QTest::newRow("start of day") << "2026-03-10 07:30" << 1 << "2026-03-11 07:30";
    QTest::newRow("06:00 counts from the evening before") << "2026-03-10 06:00" << 1 << "2026-03-10 17:00";
    QTest::newRow("5 days, a plain week (R-10)") << "2026-03-02 09:00" << 5 << "2026-03-09 09:00";
    QTest::newRow("0 days = effective start") << "2026-03-10 12:00" << 0 << "2026-03-10 11:30";
    // Across Tết 2026: 14–22 February are off (16–20 from the table, weekends around).
    QTest::newRow("across Tết 2026") << "2026-02-13 10:00" << 1 << "2026-02-23 10:00";
    // 2025 notice: Saturday 26 April worked, Friday 2 May off.
    QTest::newRow("onto a worked Saturday") << "2025-04-25 10:00" << 1 << "2025-04-26 10:00";
    QTest::newRow("from a worked Saturday") << "2025-04-26 10:00" << 1 << "2025-04-28 10:00";
    QTest::newRow("arrival on a holiday (30 Apr 2025)") << "2025-04-30 09:00" << 1 << "2025-05-05 17:00";
    QTest::newRow("Hùng Kings' Monday 2026 is skipped") << "2026-04-24 10:00" << 1 << "2026-04-28 10:00";
    QTest::newRow("5 days across 30 Apr/1 May 2026") << "2026-04-28 10:00" << 5 << "2026-05-07 10:00";
    QTest::newRow("New Year 2026") << "2025-12-31 15:00" << 1 << "2026-01-02 15:00";
}

void TestSlaClock::addWorkingDays()
{
    QFETCH(QString, from);
    QFETCH(int, days);
    QFETCH(QString, expected);
    const QDateTime result = m_clock.addWorkingDays(vn(from), days);
    QCOMPARE(vnText(result), expected);
    QCOMPARE(result.timeSpec(), Qt::UTC);
}

void TestSlaClock::addWorkingHours_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QString>("expected");
    // A working hour is 60 minutes of working time; the earliest instant that reaches it.
    QTest::newRow("Friday 16:55 + 1h = Monday 08:25") << "2026-03-06 16:55" << 1 << "2026-03-09 08:25";
    QTest::newRow("lunch 12:00 + 1h = 14:30") << "2026-03-10 12:00" << 1 << "2026-03-10 14:30";
    QTest::newRow("11:00 + 1h spans lunch") << "2026-03-10 11:00" << 1 << "2026-03-10 14:00";
    QTest::newRow("10:30 + 1h = 11:30, not 13:30") << "2026-03-10 10:30" << 1 << "2026-03-10 11:30";
    QTest::newRow("Tuesday 22:00 + 1h") << "2026-03-10 22:00" << 1 << "2026-03-11 08:30";
    QTest::newRow("Saturday + 1h") << "2026-03-07 10:00" << 1 << "2026-03-09 08:30";
    QTest::newRow("8h is more than a 7.5h day") << "2026-03-10 09:00" << 8 << "2026-03-11 09:30";
    QTest::newRow("publication across Tết 2026 (R-14)") << "2026-02-13 16:30" << 1 << "2026-02-23 08:00";
    QTest::newRow("arrival on a holiday (1 Jan 2026)") << "2026-01-01 10:00" << 1 << "2026-01-02 08:30";
    QTest::newRow("0h = effective start") << "2026-03-07 10:00" << 0 << "2026-03-06 17:00";
}

void TestSlaClock::addWorkingHours()
{
    QFETCH(QString, from);
    QFETCH(int, hours);
    QFETCH(QString, expected);
    QCOMPARE(vnText(m_clock.addWorkingHours(vn(from), hours)), expected);
    QCOMPARE(vnText(m_clock.addWorkingSeconds(vn(from), hours * 3600)), expected);
}

void TestSlaClock::workingSecondsBetween_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("within a period") << "2026-03-10 08:00"
                                     << "2026-03-10 10:00" << qint64(7200);
    QTest::newRow("across lunch") << "2026-03-10 11:00"
                                  << "2026-03-10 14:00" << qint64(3600);
    QTest::newRow("both within lunch") << "2026-03-10 11:45"
                                       << "2026-03-10 13:15" << qint64(0);
    QTest::newRow("across the night") << "2026-03-10 16:00"
                                      << "2026-03-11 08:30" << qint64(7200);
    QTest::newRow("across a weekend") << "2026-03-06 16:00"
                                      << "2026-03-09 08:30" << qint64(7200);
    QTest::newRow("a whole week") << "2026-03-02 07:30"
                                  << "2026-03-09 07:30" << qint64(5 * 27000);
    QTest::newRow("Saturday to Sunday") << "2026-03-07 08:00"
                                        << "2026-03-08 16:00" << qint64(0);
    QTest::newRow("across Tết 2026") << "2026-02-13 16:00"
                                     << "2026-02-23 08:30" << qint64(7200);
    QTest::newRow("over Hùng Kings' weekend 2026") << "2026-04-24 17:00"
                                                   << "2026-04-28 07:30" << qint64(0);
    QTest::newRow("b before a") << "2026-03-10 10:00"
                                << "2026-03-10 08:00" << qint64(0);
    QTest::newRow("b equals a") << "2026-03-10 10:00"
                                << "2026-03-10 10:00" << qint64(0);
    QTest::newRow("night to night") << "2026-03-09 20:00"
                                    << "2026-03-10 20:00" << qint64(27000);
}

void TestSlaClock::workingSecondsBetween()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qint64, seconds);
    QCOMPARE(m_clock.workingSecondsBetween(vn(a), vn(b)), seconds);
}

void TestSlaClock::deadlineByDuration()
{
    const QDateTime start = vn(QStringLiteral("2026-03-06 16:55"));
    QCOMPARE(vnText(m_clock.deadline(start, SlaDuration::workingDays(1))),
             QStringLiteral("2026-03-09 16:55"));
    QCOMPARE(vnText(m_clock.deadline(start, SlaDuration::workingHours(1))),
             QStringLiteral("2026-03-09 08:25"));
    const StageTiming timing = m_clock.start(SlaStage::Intake, start, SlaDuration::workingDays(1));
    QCOMPARE(timing.stage, SlaStage::Intake);
    QCOMPARE(timing.startedAt, start);
    QCOMPARE(timing.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(vnText(timing.deadline), QStringLiteral("2026-03-09 16:55"));
    QVERIFY(timing.isOpen());
    QVERIFY(!timing.isPaused());
}

void TestSlaClock::seasonalProfilesAndShorterDays_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("expected");
    // Until 14 April: 07:30–11:30, 13:30–17:00 (7.5 h); from 15 April: 08:00–12:00 only (4 h).
    QTest::newRow("same point, shorter day") << "2026-04-14 10:00"
                                             << "1d"
                                             << "2026-04-15 10:30";
    QTest::newRow("capped at the shorter day's end") << "2026-04-14 16:00"
                                                     << "1d"
                                                     << "2026-04-15 12:00";
    QTest::newRow("back to a longer day") << "2026-04-15 11:00"
                                          << "1d"
                                          << "2026-04-16 11:00";
    QTest::newRow("hours across the switch") << "2026-04-14 16:30"
                                             << "1h"
                                             << "2026-04-15 08:30";
    QTest::newRow("short-day evening") << "2026-04-15 15:00"
                                       << "1h"
                                       << "2026-04-16 09:00";
}

void TestSlaClock::seasonalProfilesAndShorterDays()
{
    QFETCH(QString, from);
    QFETCH(QString, operation);
    QFETCH(QString, expected);
    HoursProfile spring{QStringLiteral("spring"),
                        1,
                        1,
                        4,
                        14,
                        {{QTime(7, 30), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}}};
    HoursProfile mornings{QStringLiteral("mornings"), 4, 15, 12, 31, {{QTime(8, 0), QTime(12, 0)}}};
    QString error;
    const WorkingHours hours = WorkingHours::fromProfiles({spring, mornings}, &error);
    QCOMPARE(error, QString());
    const WorkingCalendar calendar(CalendarOverrides(), hours);
    const SlaClock clock(calendar);
    SlaDuration duration;
    QCOMPARE(SlaDuration::parse(operation, &duration), QString());
    QCOMPARE(vnText(clock.deadline(vn(from), duration)), expected);
}

void TestSlaClock::statusValues_data()
{
    QTest::addColumn<QString>("pausedAt");    // empty: not paused
    QTest::addColumn<QString>("completedAt"); // empty: open
    QTest::addColumn<QString>("now");
    QTest::addColumn<StageStatus>("expected");
    // Intake received Tuesday 3 March 2026 09:00: due Wednesday 09:00; due soon 2 working hours before.
    QTest::newRow("on track") << ""
                              << ""
                              << "2026-03-03 10:00" << StageStatus::OnTrack;
    QTest::newRow("2.5 h left: on track") << ""
                                          << ""
                                          << "2026-03-03 16:00" << StageStatus::OnTrack;
    QTest::newRow("exactly 2 h left: due soon") << ""
                                                << ""
                                                << "2026-03-03 16:30" << StageStatus::DueSoon;
    QTest::newRow("evening, 1.5 h left: due soon") << ""
                                                   << ""
                                                   << "2026-03-03 20:00" << StageStatus::DueSoon;
    QTest::newRow("at the deadline: due soon") << ""
                                               << ""
                                               << "2026-03-04 09:00" << StageStatus::DueSoon;
    QTest::newRow("a minute late: overdue") << ""
                                            << ""
                                            << "2026-03-04 09:01" << StageStatus::Overdue;
    QTest::newRow("paused") << "2026-03-03 10:00"
                            << ""
                            << "2026-03-05 10:00" << StageStatus::Paused;
    QTest::newRow("met at the deadline") << ""
                                         << "2026-03-04 09:00"
                                         << "2026-03-06 10:00" << StageStatus::Met;
    QTest::newRow("missed by a second") << ""
                                        << "2026-03-04 09:00:01"
                                        << "2026-03-04 10:00" << StageStatus::Missed;
}

void TestSlaClock::statusValues()
{
    QFETCH(QString, pausedAt);
    QFETCH(QString, completedAt);
    QFETCH(QString, now);
    QFETCH(StageStatus, expected);
    StageTiming timing =
        m_clock.start(SlaStage::Intake, vn(QStringLiteral("2026-03-03 09:00")), SlaDuration::workingDays(1));
    QCOMPARE(vnText(timing.deadline), QStringLiteral("2026-03-04 09:00"));
    if (!pausedAt.isEmpty())
        timing = m_clock.pause(timing, vn(pausedAt));
    if (!completedAt.isEmpty())
        timing.completedAt = vn(completedAt).toUTC();
    QCOMPARE(stageStatusName(m_clock.status(timing, vn(now), 2 * 3600)), stageStatusName(expected));
}

void TestSlaClock::remainingWorkingSeconds_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("remaining");
    // Deadline Wednesday 4 March 2026 09:00.
    QTest::newRow("Tuesday 10:00: 6.5 h left") << "2026-03-03 10:00" << qint64(23400);
    QTest::newRow("at the deadline: 0") << "2026-03-04 09:00" << qint64(0);
    QTest::newRow("Wednesday evening: 6 h late") << "2026-03-04 20:00" << qint64(-21600);
    QTest::newRow("Thursday 10:00: 8.5 h late") << "2026-03-05 10:00" << qint64(-30600);
}

void TestSlaClock::remainingWorkingSeconds()
{
    QFETCH(QString, now);
    QFETCH(qint64, remaining);
    const StageTiming timing =
        m_clock.start(SlaStage::Intake, vn(QStringLiteral("2026-03-03 09:00")), SlaDuration::workingDays(1));
    QCOMPARE(m_clock.remainingWorkingSeconds(timing, vn(now)), remaining);
}

void TestSlaClock::pauseAndResumeMoveTheDeadline()
{
    // intake pauses while the center clarifies with the reporter.
    StageTiming timing =
        m_clock.start(SlaStage::Intake, vn(QStringLiteral("2026-03-03 09:00")), SlaDuration::workingDays(1));
    timing = m_clock.pause(timing, vn(QStringLiteral("2026-03-03 10:00")));
    QVERIFY(timing.isPaused());
    const qint64 leftAtPause =
        m_clock.remainingWorkingSeconds(timing, vn(QStringLiteral("2026-03-03 15:00")));
    QCOMPARE(leftAtPause, qint64(23400)); // frozen while paused
    QCOMPARE(m_clock.status(timing, vn(QStringLiteral("2026-03-09 10:00")), 7200), StageStatus::Paused);

    // Paused 10:00–15:00: 1.5 h + 1.5 h of working time, so the deadline moves 3 working hours later.
    timing = m_clock.resume(timing, vn(QStringLiteral("2026-03-03 15:00")));
    QVERIFY(!timing.isPaused());
    QCOMPARE(vnText(timing.deadline), QStringLiteral("2026-03-04 14:00"));
    QCOMPARE(m_clock.remainingWorkingSeconds(timing, vn(QStringLiteral("2026-03-03 15:00"))), leftAtPause);

    // A pause over a weekend counts only its working time: Friday 16:00 – Monday 08:00 = 1.5 h.
    StageTiming weekly = m_clock.start(SlaStage::Processing, vn(QStringLiteral("2026-03-05 09:00")),
                                       SlaDuration::workingDays(5));
    QCOMPARE(vnText(weekly.deadline), QStringLiteral("2026-03-12 09:00"));
    weekly = m_clock.pause(weekly, vn(QStringLiteral("2026-03-06 16:00")));
    weekly = m_clock.resume(weekly, vn(QStringLiteral("2026-03-09 08:00")));
    QCOMPARE(vnText(weekly.deadline), QStringLiteral("2026-03-12 10:30"));
}

void TestSlaClock::pauseOverNonWorkingTimeKeepsTheDeadline()
{
    StageTiming timing =
        m_clock.start(SlaStage::Intake, vn(QStringLiteral("2026-03-06 10:00")), SlaDuration::workingDays(1));
    const QDateTime deadline = timing.deadline;
    timing = m_clock.pause(timing, vn(QStringLiteral("2026-03-07 09:00")));
    timing = m_clock.resume(timing, vn(QStringLiteral("2026-03-08 18:00")));
    QCOMPARE(timing.deadline, deadline);
}

void TestSlaClock::pauseAndResumeEdgeCases()
{
    StageTiming timing =
        m_clock.start(SlaStage::Intake, vn(QStringLiteral("2026-03-03 09:00")), SlaDuration::workingDays(1));
    // Resuming what is not paused changes nothing.
    QCOMPARE(m_clock.resume(timing, vn(QStringLiteral("2026-03-03 10:00"))), timing);
    // Pausing twice keeps the first pause.
    const StageTiming paused = m_clock.pause(timing, vn(QStringLiteral("2026-03-03 10:00")));
    QCOMPARE(m_clock.pause(paused, vn(QStringLiteral("2026-03-03 11:00"))), paused);
    // A completed stage does not pause.
    StageTiming done = m_clock.complete(timing, vn(QStringLiteral("2026-03-03 11:00")));
    QCOMPARE(m_clock.pause(done, vn(QStringLiteral("2026-03-03 12:00"))), done);
    QCOMPARE(m_clock.complete(done, vn(QStringLiteral("2026-03-05 12:00"))), done);
    QCOMPARE(m_clock.status(done, vn(QStringLiteral("2026-03-09 12:00")), 0), StageStatus::Met);
    // A pause taken after the deadline keeps the stage as late as it was.
    StageTiming late = m_clock.pause(timing, vn(QStringLiteral("2026-03-04 10:00")));
    QCOMPARE(m_clock.remainingWorkingSeconds(late, vn(QStringLiteral("2026-03-06 10:00"))), qint64(-3600));
    late = m_clock.resume(late, vn(QStringLiteral("2026-03-05 10:00")));
    QCOMPARE(m_clock.remainingWorkingSeconds(late, vn(QStringLiteral("2026-03-05 10:00"))), qint64(-3600));
}

void TestSlaClock::completeWhilePaused()
{
    StageTiming timing =
        m_clock.start(SlaStage::Intake, vn(QStringLiteral("2026-03-03 09:00")), SlaDuration::workingDays(1));
    timing = m_clock.pause(timing, vn(QStringLiteral("2026-03-03 10:00")));
    // Completed two days later, but the clock was stopped: it met the deadline.
    timing = m_clock.complete(timing, vn(QStringLiteral("2026-03-05 10:00")));
    QVERIFY(!timing.isPaused());
    QCOMPARE(m_clock.status(timing, vn(QStringLiteral("2026-03-06 10:00")), 7200), StageStatus::Met);
    QCOMPARE(m_clock.remainingWorkingSeconds(timing, vn(QStringLiteral("2026-03-06 10:00"))), qint64(23400));
}

void TestSlaClock::millisecondsSurvive()
{
    const QDateTime from = vn(QStringLiteral("2026-03-03 09:00:00")).addMSecs(250);
    QCOMPARE(m_clock.addWorkingHours(from, 1), from.addSecs(3600));
    QCOMPARE(m_clock.addWorkingDays(from, 1), from.addDays(1));
    StageTiming timing = m_clock.start(SlaStage::Intake, from, SlaDuration::workingDays(1));
    timing = m_clock.pause(timing, from.addMSecs(500));
    timing = m_clock.resume(timing, from.addMSecs(1750));
    QCOMPARE(timing.deadline, from.addDays(1).addMSecs(1250));
}

void TestSlaClock::calendarWithoutWorkingDays()
{
    // A table that takes every day off must not hang the clock: it answers null instants.
    YearOverride everything;
    everything.year = 2030;
    QList<ListedDay> days;
    for (QDate date(2030, 1, 1); date.year() == 2030; date = date.addDays(1))
        days << ListedDay{date, QString(), QString()};
    everything.nonWorkingDays = days;
    CalendarOverrides table;
    QCOMPARE(table.setYear(everything), QString());
    for (int year = 2031; year <= 2034; ++year) {
        YearOverride entry = everything;
        entry.year = year;
        QList<ListedDay> yearDays;
        for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1))
            yearDays << ListedDay{date, QString(), QString()};
        entry.nonWorkingDays = yearDays;
        QCOMPARE(table.setYear(entry), QString());
    }
    const WorkingCalendar calendar(table, WorkingHours::standard());
    const SlaClock clock(calendar);
    const QDateTime from = vn(QStringLiteral("2029-12-31 10:00"));
    QVERIFY(!clock.addWorkingDays(from, 2).isValid());
    QVERIFY(!clock.addWorkingHours(from, 8).isValid());
    QCOMPARE(vnText(clock.addWorkingHours(from, 1)), QStringLiteral("2029-12-31 11:00"));
    QVERIFY(!clock.effectiveStart(vn(QStringLiteral("2034-12-31 10:00"))).isValid());
}

void TestSlaClock::fastEnough()
{
    // Days and periods are iterated, never minutes: a few thousand deadlines take well under a second.
    QElapsedTimer timer;
    timer.start();
    QDateTime at = vn(QStringLiteral("2025-01-02 08:00"));
    for (int i = 0; i < 3000; ++i) {
        const QDateTime due = m_clock.addWorkingDays(at, 5);
        QVERIFY(due > at);
        at = at.addSecs(3 * 3600 + 17 * 60);
    }
    QCOMPARE(m_clock.workingSecondsBetween(vn(QStringLiteral("2026-01-01 00:00")),
                                           vn(QStringLiteral("2027-01-01 00:00"))),
             qint64(365 - 115) * 27000); // 115 days off in 2026, see calendar_working
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
