#include "CalendarTestSupport.h"
#include "calendar/WorkingCalendar.h"
#include "calendar/WorkingHours.h"

#include <QJsonDocument>
#include <QTest>

#include <thread>
#include <vector>

Q_DECLARE_METATYPE(paht::HoursProfile)

using namespace paht;
using paht::test::day;
using paht::test::vn;

namespace {

QList<HoursProfile> seasonalProfiles()
{
    // Summer and winter office hours, as provinces set them; winter wraps across the new year.
    HoursProfile summer;
    summer.name = QStringLiteral("summer");
    summer.fromMonth = 4;
    summer.fromDay = 15;
    summer.toMonth = 10;
    summer.toDay = 14;
    summer.periods = {{QTime(7, 0), QTime(11, 30)}, {QTime(14, 0), QTime(17, 0)}};
    HoursProfile winter;
    winter.name = QStringLiteral("winter");
    winter.fromMonth = 10;
    winter.fromDay = 15;
    winter.toMonth = 4;
    winter.toDay = 14;
    winter.periods = {{QTime(7, 30), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}};
    return {summer, winter};
}

QString periodsText(const QList<WorkingPeriod>& periods)
{
    QStringList parts;
    for (const WorkingPeriod& period : periods)
        parts << period.toString();
    return parts.join(QLatin1Char(' '));
}

} // namespace

// Working time (requirements, "Time rules"): Monday–Friday, office hours by season (default 07:30–11:30
// and 13:30–17:00), Asia/Ho_Chi_Minh = UTC+7, minus the days off of the holiday calendar.
class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void standardHours();
    void seasonalProfileSwitching_data();
    void seasonalProfileSwitching();
    void profileValidation_data();
    void profileValidation();
    void workingHoursJsonRoundTrip();
    void workingHoursJsonErrors_data();
    void workingHoursJsonErrors();
    void workingDays_data();
    void workingDays();
    void workingPeriodsAreUtcInstants();
    void seasonalHoursOnAWorkingDay();
    void nonWorkingDaysWithReasons();
    void calendarJsonRoundTrip();
    void timeZoneIsFixedUtcPlus7();
    void sharedAcrossThreads();
};

void TestWorkingCalendar::standardHours()
{
    const WorkingHours hours;
    QCOMPARE(hours.profiles().size(), 1);
    QCOMPARE(periodsText(hours.periodsOn(day("2026-03-02"))), QStringLiteral("07:30-11:30 13:30-17:00"));
    QCOMPARE(periodsText(hours.periodsOn(day("2026-07-02"))), QStringLiteral("07:30-11:30 13:30-17:00"));
}

void TestWorkingCalendar::seasonalProfileSwitching_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("periods");
    const QString summer = QStringLiteral("07:00-11:30 14:00-17:00");
    const QString winter = QStringLiteral("07:30-11:30 13:30-17:00");
    QTest::newRow("1 January: winter (wraps)") << day("2026-01-01") << winter;
    QTest::newRow("14 April: last winter day") << day("2026-04-14") << winter;
    QTest::newRow("15 April: first summer day") << day("2026-04-15") << summer;
    QTest::newRow("14 October: last summer day") << day("2026-10-14") << summer;
    QTest::newRow("15 October: winter again") << day("2026-10-15") << winter;
    QTest::newRow("31 December: winter") << day("2026-12-31") << winter;
    QTest::newRow("29 February: winter") << day("2028-02-29") << winter;
}

void TestWorkingCalendar::seasonalProfileSwitching()
{
    QFETCH(QDate, date);
    QFETCH(QString, periods);
    QString error;
    const WorkingHours hours = WorkingHours::fromProfiles(seasonalProfiles(), &error);
    QCOMPARE(error, QString());
    QCOMPARE(periodsText(hours.periodsOn(date)), periods);
}

void TestWorkingCalendar::profileValidation_data()
{
    QTest::addColumn<QList<HoursProfile>>("profiles");
    QTest::addColumn<QString>("error");

    QList<HoursProfile> gap = seasonalProfiles();
    gap[0].fromDay = 16;
    QTest::newRow("a day without hours") << gap << QStringLiteral("profiles: no profile covers 04-15");
    QList<HoursProfile> overlap = seasonalProfiles();
    overlap[0].toDay = 15;
    QTest::newRow("two profiles on a day")
        << overlap << QStringLiteral("profiles[1]: overlaps profiles[0] on 10-15");
    QList<HoursProfile> leap = seasonalProfiles();
    leap[1].fromMonth = 3;
    leap[1].fromDay = 1;
    leap[1].toMonth = 4;
    leap[1].toDay = 14;
    leap << HoursProfile{QString(), 10, 15, 2, 28, leap[1].periods};
    QTest::newRow("29 February forgotten") << leap << QStringLiteral("profiles: no profile covers 02-29");
    QList<HoursProfile> reversed = seasonalProfiles();
    reversed[0].periods = {{QTime(11, 30), QTime(7, 0)}};
    QTest::newRow("period backwards")
        << reversed << QStringLiteral("profiles[0].periods[0]: the start must come before the end");
    QList<HoursProfile> overlapping = seasonalProfiles();
    overlapping[1].periods = {{QTime(7, 30), QTime(11, 30)}, {QTime(11, 0), QTime(17, 0)}};
    QTest::newRow("periods overlap")
        << overlapping
        << QStringLiteral("profiles[1].periods[1]: overlaps or comes before the previous period");
    QList<HoursProfile> empty = seasonalProfiles();
    empty[0].periods.clear();
    QTest::newRow("no period") << empty
                               << QStringLiteral("profiles[0].periods: at least one period is needed");
    QTest::newRow("no profile") << QList<HoursProfile>()
                                << QStringLiteral("profiles: at least one profile is needed");
}

void TestWorkingCalendar::profileValidation()
{
    QFETCH(QList<HoursProfile>, profiles);
    QFETCH(QString, error);
    QString actual;
    const WorkingHours hours = WorkingHours::fromProfiles(profiles, &actual);
    QCOMPARE(actual, error);
    QVERIFY(hours == WorkingHours::standard()); // a refused table leaves the standard hours
}

void TestWorkingCalendar::workingHoursJsonRoundTrip()
{
    QString error;
    const WorkingHours seasonal = WorkingHours::fromProfiles(seasonalProfiles(), &error);
    for (const WorkingHours& original : {seasonal, WorkingHours::standard()}) {
        const WorkingHours decoded = WorkingHours::fromJson(original.toJson(), &error);
        QCOMPARE(error, QString());
        QVERIFY(decoded == original);
    }
    const QJsonObject written = seasonal.toJson();
    QCOMPARE(
        QJsonDocument(written).toJson(QJsonDocument::Compact),
        QByteArray(R"({"profiles":[{"from":"04-15","name":"summer","periods":["07:00-11:30","14:00-17:00"],)"
                   R"("to":"10-14"},{"from":"10-15","name":"winter","periods":["07:30-11:30","13:30-17:00"],)"
                   R"("to":"04-14"}]})"));
}

void TestWorkingCalendar::workingHoursJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no profiles") << QByteArray("{}")
                                 << QStringLiteral("profiles: expected an array of profiles");
    QTest::newRow("bad from")
        << QByteArray(R"({"profiles":[{"from":"13-01","to":"12-31","periods":["07:30-11:30"]}]})")
        << QStringLiteral("profiles[0].from: not a valid month and day \"MM-dd\": \"13-01\"");
    QTest::newRow("bad period")
        << QByteArray(R"({"profiles":[{"from":"01-01","to":"12-31","periods":["07:30-25:00"]}]})")
        << QStringLiteral("profiles[0].periods[0]: not a valid time range \"HH:mm-HH:mm\": \"07:30-25:00\"");
    QTest::newRow("misspelt key")
        << QByteArray(R"({"profiles":[{"form":"01-01","to":"12-31","periods":["07:30-11:30"]}]})")
        << QStringLiteral("profiles[0].form: unknown field");
}

void TestWorkingCalendar::workingHoursJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    WorkingHours::fromJson(QJsonDocument::fromJson(json).object(), &actual);
    QCOMPARE(actual, error);
}

void TestWorkingCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ordinary Tuesday") << day("2026-03-03") << true << QString();
    QTest::newRow("Saturday") << day("2026-03-07") << false << QStringLiteral("weekend");
    QTest::newRow("Sunday") << day("2026-03-08") << false << QStringLiteral("weekend");
    QTest::newRow("1 January 2026 (Thursday)") << day("2026-01-01") << false << QStringLiteral("holiday");
    QTest::newRow("Hùng Kings on Sunday 2026") << day("2026-04-26") << false << QStringLiteral("holiday");
    QTest::newRow("its Monday 2026") << day("2026-04-27") << false << QStringLiteral("compensatory");
    QTest::newRow("worked Saturday 2025-04-26") << day("2025-04-26") << true << QString();
    QTest::newRow("swapped Friday 2025-05-02") << day("2025-05-02") << false << QStringLiteral("swapped");
    QTest::newRow("2 September 2026") << day("2026-09-02") << false << QStringLiteral("holiday");
}

void TestWorkingCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QFETCH(QString, reason);
    const WorkingCalendar calendar = WorkingCalendar::regulationDefaults();
    QCOMPARE(calendar.isWorkingDay(date), working);
    const auto off = calendar.dayOff(date);
    QCOMPARE(off ? dayOffReasonName(off->reason) : QString(), reason);
    QCOMPARE(calendar.workingHoursOn(date).isEmpty(), !working);
}

void TestWorkingCalendar::workingPeriodsAreUtcInstants()
{
    const WorkingCalendar calendar;
    const QList<WorkingInterval> periods = calendar.workingPeriods(day("2026-03-02"));
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods[0].start, QDateTime(day("2026-03-02"), QTime(0, 30), Qt::UTC));
    QCOMPARE(periods[0].end, QDateTime(day("2026-03-02"), QTime(4, 30), Qt::UTC));
    QCOMPARE(periods[1].start, vn(QStringLiteral("2026-03-02 13:30")));
    QCOMPARE(periods[1].end, vn(QStringLiteral("2026-03-02 17:00")));
    QCOMPARE(periods[0].start.timeSpec(), Qt::UTC);
    QVERIFY(calendar.workingPeriods(day("2026-03-07")).isEmpty());
    // An instant late in the UTC day belongs to the next Vietnamese day.
    QCOMPARE(WorkingCalendar::localDate(QDateTime(day("2026-03-01"), QTime(17, 0), Qt::UTC)),
             day("2026-03-02"));
}

void TestWorkingCalendar::seasonalHoursOnAWorkingDay()
{
    QString error;
    const WorkingCalendar calendar(CalendarOverrides(),
                                   WorkingHours::fromProfiles(seasonalProfiles(), &error));
    QCOMPARE(periodsText(calendar.workingHoursOn(day("2026-04-14"))),
             QStringLiteral("07:30-11:30 13:30-17:00"));
    QCOMPARE(periodsText(calendar.workingHoursOn(day("2026-04-15"))),
             QStringLiteral("07:00-11:30 14:00-17:00"));
    QVERIFY(calendar.workingHoursOn(day("2026-04-18")).isEmpty()); // Saturday
}

void TestWorkingCalendar::nonWorkingDaysWithReasons()
{
    const WorkingCalendar calendar = WorkingCalendar::regulationDefaults();
    const QList<DayOff> days = calendar.nonWorkingDays(2026);
    QVERIFY(std::is_sorted(days.begin(), days.end(),
                           [](const DayOff& a, const DayOff& b) { return a.date < b.date; }));
    QHash<QDate, DayOff> byDate;
    for (const DayOff& off : days) {
        QVERIFY2(!byDate.contains(off.date), "one entry per date");
        byDate.insert(off.date, off);
    }
    // 2026 has 104 Saturdays and Sundays; the weekday days off are 1 Jan, 16–20 Feb (Tết), 27 Apr
    // (compensating Hùng Kings' Sunday), 30 Apr, 1 May, 1 and 2 Sep.
    QCOMPARE(days.size(), 104 + 11);
    QCOMPARE(byDate.value(day("2026-04-26")).reason, DayOffReason::Holiday); // the holiday, though a Sunday
    QCOMPARE(byDate.value(day("2026-04-26")).holidayKey, QStringLiteral("hung_kings"));
    QCOMPARE(byDate.value(day("2026-04-27")).reason, DayOffReason::Compensatory);
    QCOMPARE(byDate.value(day("2026-02-14")).reason, DayOffReason::Weekend);
    QCOMPARE(byDate.value(day("2026-02-18")).holidayKey, QStringLiteral("tet"));

    const QList<DayOff> days2025 = calendar.nonWorkingDays(2025);
    const auto dates2025 = [&] {
        QSet<QDate> set;
        for (const DayOff& off : days2025)
            set.insert(off.date);
        return set;
    }();
    QVERIFY(!dates2025.contains(day("2025-04-26"))); // the worked Saturday
    QVERIFY(dates2025.contains(day("2025-05-02")));
}

void TestWorkingCalendar::calendarJsonRoundTrip()
{
    QString error;
    const WorkingCalendar original(CalendarOverrides::regulationDefaults(),
                                   WorkingHours::fromProfiles(seasonalProfiles(), &error));
    const WorkingCalendar decoded = WorkingCalendar::fromJson(original.toJson(), &error);
    QCOMPARE(error, QString());
    QVERIFY(decoded.workingHours() == original.workingHours());
    QVERIFY(decoded.overrides() == original.overrides());
    QCOMPARE(decoded.nonWorkingDays(2025), original.nonWorkingDays(2025));

    WorkingCalendar::fromJson(QJsonObject{{QStringLiteral("workingHours"), QJsonObject()}}, &error);
    QCOMPARE(error, QStringLiteral("workingHours.profiles: expected an array of profiles"));
    WorkingCalendar::fromJson(
        QJsonDocument::fromJson(R"({"overrides": {"years": {"2025": {"nationalDayAdjacent": "x"}}}})")
            .object(),
        &error);
    QVERIFY2(error.startsWith(QLatin1String("overrides.years.2025.nationalDayAdjacent:")), qPrintable(error));
}

void TestWorkingCalendar::timeZoneIsFixedUtcPlus7()
{
    // No daylight saving, no tzdata: the same offset in any season and any year.
    QCOMPARE(WorkingCalendar::timeZone().offsetFromUtc(QDateTime(day("2026-01-15"), QTime(0, 0), Qt::UTC)),
             7 * 3600);
    QCOMPARE(WorkingCalendar::timeZone().offsetFromUtc(QDateTime(day("2026-07-15"), QTime(0, 0), Qt::UTC)),
             7 * 3600);
}

void TestWorkingCalendar::sharedAcrossThreads()
{
    // Copies share one cache; concurrent readers must all see the same answers.
    const WorkingCalendar calendar = WorkingCalendar::regulationDefaults();
    QList<int> years;
    for (int year = 2000; year < 2064; ++year)
        years << year;
    QList<int> counts(years.size());
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t, copy = calendar] {
            for (qsizetype i = t; i < years.size(); i += 4)
                counts[i] = int(copy.nonWorkingDays(years[i]).size());
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    const WorkingCalendar fresh = WorkingCalendar::regulationDefaults();
    for (qsizetype i = 0; i < years.size(); ++i)
        QCOMPARE(counts[i], int(fresh.nonWorkingDays(years[i]).size()));
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
