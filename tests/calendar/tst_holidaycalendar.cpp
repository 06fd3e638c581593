#include "CalendarTestSupport.h"
#include "calendar/CalendarOverrides.h"
#include "calendar/HolidayCalendar.h"
#include "calendar/WorkingCalendar.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace paht;
using paht::test::day;

namespace {

QString describe(const QList<DayOff>& days)
{
    QStringList parts;
    for (const DayOff& off : days) {
        parts << off.date.toString(Qt::ISODate) + QLatin1Char(' ') + dayOffReasonName(off.reason) +
                     (off.holidayKey.isEmpty() ? QString() : QLatin1Char(':') + off.holidayKey);
    }
    return parts.join(QLatin1String(", "));
}

std::optional<DayOff> find(const CalendarYear& year, const QDate& date, DayOffReason reason)
{
    for (const DayOff& off : year.daysOff) {
        if (off.date == date && off.reason == reason)
            return off;
    }
    return std::nullopt;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

// Labour Code 2019 Art. 112 (public holidays) and Art. 111(3) (compensatory days off), with the yearly
// table of government notices (requirements, "Time rules": "not working time").
class TestHolidayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void statutoryHolidaysOfAYear();
    void holidayNames();
    void hungKings2026FallsOnSundaySoMondayIsOff();
    void newYearOnAWeekend_data();
    void newYearOnAWeekend();
    void twoHolidaysOnOneWeekend();
    void nationalDayAdjacentDefault_data();
    void nationalDayAdjacentDefault();
    void defaultTetIsEveAndFourDays();
    void defaultTetWeekendDaysAreMadeUpAfterTheBreak();
    void table2025();
    void table2026();
    void yearOutsideTheTableUsesDefaults();
    void wholeYearOverrideReplacesComputedDays();
    void extraDaysOffAndCrossYearSwaps();
    void overridesRoundTrip();
    void embeddedTableRoundTripsExactly();
    void overridesErrorsNameTheField_data();
    void overridesErrorsNameTheField();
    void everyYearOfTheRangeHasItsHolidays();
};

void TestHolidayCalendar::statutoryHolidaysOfAYear()
{
    const HolidayCalendar calendar;
    const QList<Holiday> holidays = calendar.statutoryHolidays(2027);
    // Tết 2027 is Saturday 6 February: the break is New Year's Eve (5 Feb) and days 1–4.
    const QList<Holiday> expected{
        {QStringLiteral("new_year"), day("2027-01-01")},
        {QStringLiteral("tet"), day("2027-02-05")},
        {QStringLiteral("tet"), day("2027-02-06")},
        {QStringLiteral("tet"), day("2027-02-07")},
        {QStringLiteral("tet"), day("2027-02-08")},
        {QStringLiteral("tet"), day("2027-02-09")},
        {QStringLiteral("hung_kings"), day("2027-04-16")},
        {QStringLiteral("reunification"), day("2027-04-30")},
        {QStringLiteral("labour_day"), day("2027-05-01")},
        {QStringLiteral("national_day_adjacent"), day("2027-09-01")}, // a Wednesday
        {QStringLiteral("national_day"), day("2027-09-02")},
    };
    QCOMPARE(holidays, expected);
}

void TestHolidayCalendar::holidayNames()
{
    const QStringList keys = Holiday::keys();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("new_year"), QStringLiteral("tet"), QStringLiteral("hung_kings"),
                          QStringLiteral("reunification"), QStringLiteral("labour_day"),
                          QStringLiteral("national_day"), QStringLiteral("national_day_adjacent")}));
    for (const QString& key : keys) {
        QVERIFY(Holiday::englishName(key) != nullptr);
        QVERIFY(!Holiday::vietnameseName(key).isEmpty());
        QCOMPARE((Holiday{key, QDate()}).displayName(), QString::fromLatin1(Holiday::englishName(key)));
    }
    QCOMPARE(Holiday::vietnameseName(QStringLiteral("tet")), QStringLiteral("Tết Nguyên Đán"));
    QCOMPARE(Holiday::vietnameseName(QStringLiteral("hung_kings")), QStringLiteral("Giỗ Tổ Hùng Vương"));
    QVERIFY(Holiday::englishName(QStringLiteral("christmas")) == nullptr);
    QCOMPARE((Holiday{QStringLiteral("christmas"), QDate()}).displayName(), QStringLiteral("christmas"));
}

void TestHolidayCalendar::hungKings2026FallsOnSundaySoMondayIsOff()
{
    // Art. 111(3): a holiday on the weekly rest day is made up on the next working day. No table entry is
    // needed for it: the rule alone must give Monday 27 April 2026.
    const HolidayCalendar rulesOnly;
    const CalendarYear year = rulesOnly.year(2026);
    QVERIFY(year.holidays.contains(Holiday{QStringLiteral("hung_kings"), day("2026-04-26")}));
    const auto monday = find(year, day("2026-04-27"), DayOffReason::Compensatory);
    QVERIFY2(monday.has_value(), qPrintable(describe(year.daysOff)));
    QCOMPARE(monday->holidayKey, QStringLiteral("hung_kings"));
    QCOMPARE(monday->relatedDate, day("2026-04-26"));

    const WorkingCalendar shipped = WorkingCalendar::regulationDefaults();
    QVERIFY(!shipped.isWorkingDay(day("2026-04-27")));
    QVERIFY(shipped.isWorkingDay(day("2026-04-28")));
    QVERIFY(!shipped.isWorkingDay(day("2026-04-30")));
    QVERIFY(!shipped.isWorkingDay(day("2026-05-01")));
}

void TestHolidayCalendar::newYearOnAWeekend_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("compensatory");
    QTest::newRow("2022: Saturday -> Monday 3 Jan") << 2022 << day("2022-01-03");
    QTest::newRow("2023: Sunday -> Monday 2 Jan") << 2023 << day("2023-01-02");
    QTest::newRow("2028: Saturday -> Monday 3 Jan") << 2028 << day("2028-01-03");
}

void TestHolidayCalendar::newYearOnAWeekend()
{
    QFETCH(int, year);
    QFETCH(QDate, compensatory);
    const WorkingCalendar calendar; // rules only
    QVERIFY(QDate(year, 1, 1).dayOfWeek() >= Qt::Saturday);
    const auto off = calendar.dayOff(compensatory);
    QVERIFY(off.has_value());
    QCOMPARE(off->reason, DayOffReason::Compensatory);
    QCOMPARE(off->holidayKey, QStringLiteral("new_year"));
    QVERIFY(calendar.isWorkingDay(compensatory.addDays(1)));
}

void TestHolidayCalendar::twoHolidaysOnOneWeekend()
{
    // 2022: 30 April was a Saturday and 1 May a Sunday; both were made up, on Monday and Tuesday.
    const CalendarYear year = HolidayCalendar().year(2022);
    const auto monday = find(year, day("2022-05-02"), DayOffReason::Compensatory);
    const auto tuesday = find(year, day("2022-05-03"), DayOffReason::Compensatory);
    QVERIFY2(monday && tuesday, qPrintable(describe(year.daysOff)));
    QCOMPARE(monday->holidayKey, QStringLiteral("reunification"));
    QCOMPARE(tuesday->holidayKey, QStringLiteral("labour_day"));
}

void TestHolidayCalendar::nationalDayAdjacentDefault_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("adjacent");
    QTest::addColumn<QDate>("compensatory"); // null when 2 September is a weekday
    QTest::newRow("2023: Fri 1 + Sat 2 -> Mon 4 made up") << 2023 << day("2023-09-01") << day("2023-09-04");
    QTest::newRow("2024: Sun 1 is a weekend -> Tue 3") << 2024 << day("2024-09-03") << QDate();
    QTest::newRow("2029: Sat 1 -> Mon 3, Sun 2 -> Tue 4") << 2029 << day("2029-09-03") << day("2029-09-04");
    QTest::newRow("2027: Wed 1") << 2027 << day("2027-09-01") << QDate();
}

void TestHolidayCalendar::nationalDayAdjacentDefault()
{
    QFETCH(int, year);
    QFETCH(QDate, adjacent);
    QFETCH(QDate, compensatory);
    QCOMPARE(HolidayCalendar::defaultNationalDayAdjacent(year), adjacent);
    const CalendarYear plan = HolidayCalendar().year(year);
    QVERIFY(plan.holidays.contains(Holiday{QStringLiteral("national_day_adjacent"), adjacent}));
    if (compensatory.isValid()) {
        const auto off = find(plan, compensatory, DayOffReason::Compensatory);
        QVERIFY2(off.has_value(), qPrintable(describe(plan.daysOff)));
        QCOMPARE(off->holidayKey, QStringLiteral("national_day"));
    }
}

void TestHolidayCalendar::defaultTetIsEveAndFourDays()
{
    const HolidayCalendar calendar;
    // Tết 2026 is Tuesday 17 February; Eve Monday 16: the default gives the days the notice chose.
    QCOMPARE(calendar.defaultTetDays(2026),
             (QList<QDate>{day("2026-02-16"), day("2026-02-17"), day("2026-02-18"), day("2026-02-19"),
                           day("2026-02-20")}));
}

void TestHolidayCalendar::defaultTetWeekendDaysAreMadeUpAfterTheBreak()
{
    // Tết 2027: Fri 5 (Eve) … Tue 9 February; Saturday 6 and Sunday 7 are made up on Wed 10 and Thu 11.
    const WorkingCalendar calendar;
    for (const char* date : {"2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"})
        QVERIFY2(!calendar.isWorkingDay(day(date)), date);
    QCOMPARE(calendar.dayOff(day("2027-02-10"))->reason, DayOffReason::Compensatory);
    QCOMPARE(calendar.dayOff(day("2027-02-10"))->relatedDate, day("2027-02-06"));
    QCOMPARE(calendar.dayOff(day("2027-02-11"))->relatedDate, day("2027-02-07"));
    QVERIFY(calendar.isWorkingDay(day("2027-02-12")));
    QVERIFY(calendar.isWorkingDay(day("2027-02-04")));
}

void TestHolidayCalendar::table2025()
{
    const WorkingCalendar calendar = WorkingCalendar::regulationDefaults();
    // Tết: the break ran from Saturday 25 January to Sunday 2 February; Saturday 1 February (day 4) was
    // made up on Monday 27 January, as the notice chose, not after the break.
    for (QDate date = day("2025-01-25"); date <= day("2025-02-02"); date = date.addDays(1))
        QVERIFY2(!calendar.isWorkingDay(date), qPrintable(date.toString(Qt::ISODate)));
    QCOMPARE(calendar.dayOff(day("2025-01-27"))->reason, DayOffReason::Compensatory);
    QCOMPARE(calendar.dayOff(day("2025-01-27"))->relatedDate, day("2025-02-01"));
    QVERIFY(calendar.isWorkingDay(day("2025-01-24")));
    QVERIFY(calendar.isWorkingDay(day("2025-02-03")));
    // Swap: Saturday 26 April worked, Friday 2 May off.
    QVERIFY(calendar.isWorkingDay(day("2025-04-26")));
    QVERIFY(!calendar.isWorkingDay(day("2025-05-02")));
    QCOMPARE(calendar.dayOff(day("2025-05-02"))->reason, DayOffReason::Swapped);
    QCOMPARE(calendar.dayOff(day("2025-05-02"))->relatedDate, day("2025-04-26"));
    // National Day: Monday 1 and Tuesday 2 September.
    QCOMPARE(calendar.dayOff(day("2025-09-01"))->holidayKey, QStringLiteral("national_day_adjacent"));
    QCOMPARE(calendar.dayOff(day("2025-09-02"))->holidayKey, QStringLiteral("national_day"));
    QVERIFY(calendar.isWorkingDay(day("2025-09-03")));
    const CalendarYear plan = calendar.yearPlan(2025);
    QCOMPARE(plan.workedRestDays,
             (QList<WorkedRestDay>{{day("2025-04-26"), day("2025-05-02"),
                                    QStringLiteral("bridge day between Labour Day and the weekend")}}));
    QVERIFY(!plan.source.isEmpty());
}

void TestHolidayCalendar::table2026()
{
    const WorkingCalendar calendar = WorkingCalendar::regulationDefaults();
    QVERIFY(calendar.isWorkingDay(day("2026-02-13")));
    for (QDate date = day("2026-02-14"); date <= day("2026-02-22"); date = date.addDays(1))
        QVERIFY2(!calendar.isWorkingDay(date), qPrintable(date.toString(Qt::ISODate)));
    QVERIFY(calendar.isWorkingDay(day("2026-02-23")));
    QCOMPARE(calendar.dayOff(day("2026-02-16"))->holidayKey, QStringLiteral("tet"));
}

void TestHolidayCalendar::yearOutsideTheTableUsesDefaults()
{
    const CalendarOverrides table = CalendarOverrides::regulationDefaults();
    QVERIFY(table.forYear(2027) == nullptr);
    const HolidayCalendar withTable(table);
    const HolidayCalendar rulesOnly;
    QCOMPARE(withTable.year(2027).daysOff, rulesOnly.year(2027).daysOff);
    QCOMPARE(withTable.year(2027).source, QString());
    QVERIFY(!withTable.year(2027).overridden);
    // …while a year in the table differs from the defaults where the notice decided otherwise.
    QVERIFY(withTable.year(2025).daysOff != rulesOnly.year(2025).daysOff);
}

void TestHolidayCalendar::wholeYearOverrideReplacesComputedDays()
{
    YearOverride entry;
    entry.year = 2031;
    entry.source = QStringLiteral("test notice");
    entry.nonWorkingDays = QList<ListedDay>{{day("2031-01-01"), QStringLiteral("new_year"), QString()},
                                            {day("2031-03-14"), QString(), QStringLiteral("special day")}};
    CalendarOverrides table;
    QCOMPARE(table.setYear(entry), QString());
    const WorkingCalendar calendar(table, WorkingHours::standard());

    QVERIFY(!calendar.isWorkingDay(day("2031-03-14")));
    QCOMPARE(calendar.dayOff(day("2031-03-14"))->reason, DayOffReason::Override);
    QCOMPARE(calendar.dayOff(day("2031-01-01"))->reason, DayOffReason::Override);
    // The computed 30 April (a Wednesday in 2031) is no longer off; weekends still are.
    QCOMPARE(day("2031-04-30").dayOfWeek(), int(Qt::Wednesday));
    QVERIFY(calendar.isWorkingDay(day("2031-04-30")));
    QVERIFY(!calendar.isWorkingDay(day("2031-05-03")));
    const CalendarYear plan = calendar.yearPlan(2031);
    QVERIFY(plan.overridden);
    QCOMPARE(plan.holidays, (QList<Holiday>{{QStringLiteral("new_year"), day("2031-01-01")}}));
    QCOMPARE(plan.daysOff.size(), 2);
    // Other years keep the computed holidays.
    QVERIFY(!calendar.isWorkingDay(day("2030-04-30")));
}

void TestHolidayCalendar::extraDaysOffAndCrossYearSwaps()
{
    // As in the 2019 notice: Monday 31 December 2018 off, Saturday 5 January 2019 worked (listed under 2019).
    YearOverride entry;
    entry.year = 2019;
    entry.swaps = {DaySwap{day("2019-01-05"), day("2018-12-31"), QString()}};
    entry.extraDaysOff = {ListedDay{day("2019-11-15"), QString(), QStringLiteral("local festival")}};
    CalendarOverrides table;
    QCOMPARE(table.setYear(entry), QString());
    const WorkingCalendar calendar(table, WorkingHours::standard());
    QVERIFY(!calendar.isWorkingDay(day("2018-12-31")));
    QCOMPARE(calendar.dayOff(day("2018-12-31"))->reason, DayOffReason::Swapped);
    QVERIFY(calendar.isWorkingDay(day("2019-01-05")));
    QCOMPARE(calendar.dayOff(day("2019-11-15"))->reason, DayOffReason::Extra);
    QCOMPARE(calendar.dayOff(day("2019-11-15"))->note, QStringLiteral("local festival"));
    const QList<DayOff> days2018 = calendar.nonWorkingDays(2018);
    QCOMPARE(days2018.constLast().date, day("2018-12-31"));
}

void TestHolidayCalendar::overridesRoundTrip()
{
    YearOverride full;
    full.year = 2040;
    full.source = QStringLiteral("every field");
    full.tetDays = QList<QDate>{day("2040-02-10"), day("2040-02-11")};
    full.tetCompensatoryDays = QList<QDate>{};
    full.nationalDayAdjacent = day("2040-09-03");
    full.swaps = {DaySwap{day("2040-04-28"), day("2040-05-02"), QStringLiteral("bridge")}};
    full.extraDaysOff = {ListedDay{day("2040-06-01"), QStringLiteral("tet"), QStringLiteral("odd")}};
    full.nonWorkingDays = QList<ListedDay>{{day("2040-01-01"), QStringLiteral("new_year"), QString()}};
    CalendarOverrides table;
    table.setAbout(QStringLiteral("about text"));
    QCOMPARE(table.setYear(full), QString());
    const CalendarOverrides shipped = CalendarOverrides::regulationDefaults();
    for (const CalendarOverrides& original : {table, shipped, CalendarOverrides()}) {
        QString error;
        const CalendarOverrides decoded = CalendarOverrides::fromJson(original.toJson(), &error);
        QCOMPARE(error, QString());
        QVERIFY(decoded == original);
        QCOMPARE(decoded.toJson(), original.toJson());
    }
}

void TestHolidayCalendar::embeddedTableRoundTripsExactly()
{
    const QJsonObject resource = readJson(QString::fromLatin1(CalendarOverrides::kResourcePath));
    QVERIFY(!resource.isEmpty());
    QString error;
    const CalendarOverrides table =
        CalendarOverrides::load(QString::fromLatin1(CalendarOverrides::kResourcePath), &error);
    QCOMPARE(error, QString());
    QCOMPARE(table.years(), (QList<int>{2025, 2026}));
    QCOMPARE(table.toJson(), resource);
}

void TestHolidayCalendar::overridesErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown top key") << QByteArray(R"({"yeras": {}})") << QStringLiteral("yeras:");
    QTest::newRow("bad year key") << QByteArray(R"({"years": {"20x5": {}}})")
                                  << QStringLiteral("years.20x5:");
    QTest::newRow("year out of range")
        << QByteArray(R"({"years": {"2300": {}}})") << QStringLiteral("years.2300:");
    QTest::newRow("misspelt field") << QByteArray(R"({"years": {"2025": {"swap": []}}})")
                                    << QStringLiteral("years.2025.swap: unknown field");
    QTest::newRow("bad tet date") << QByteArray(R"({"years": {"2025": {"tet": {"days": ["2025-02-30"]}}}})")
                                  << QStringLiteral("years.2025.tet.days[0]:");
    QTest::newRow("tet in another year")
        << QByteArray(R"({"years": {"2025": {"tet": {"days": ["2024-02-10"]}}}})")
        << QStringLiteral("years.2025.tet.days[0]:");
    QTest::newRow("adjacent not beside 2 Sep")
        << QByteArray(R"({"years": {"2025": {"nationalDayAdjacent": "2025-09-05"}}})")
        << QStringLiteral("years.2025.nationalDayAdjacent:");
    QTest::newRow("swap worked on a weekday")
        << QByteArray(R"({"years": {"2025": {"swaps": [{"worked": "2025-04-25", "off": "2025-05-02"}]}}})")
        << QStringLiteral("years.2025.swaps[0].worked:");
    QTest::newRow("swap off on a weekend")
        << QByteArray(R"({"years": {"2025": {"swaps": [{"worked": "2025-04-26", "off": "2025-05-03"}]}}})")
        << QStringLiteral("years.2025.swaps[0].off:");
    QTest::newRow("swap date missing")
        << QByteArray(R"({"years": {"2025": {"swaps": [{"off": "2025-05-02"}]}}})")
        << QStringLiteral("years.2025.swaps[0].worked:");
    QTest::newRow("unknown holiday key")
        << QByteArray(R"({"years": {"2025": {"extraDaysOff": [{"date": "2025-06-02", "holiday": "xmas"}]}}})")
        << QStringLiteral("years.2025.extraDaysOff[0].holiday:");
    QTest::newRow("note not a string")
        << QByteArray(R"({"years": {"2025": {"extraDaysOff": [{"date": "2025-06-02", "note": 3}]}}})")
        << QStringLiteral("years.2025.extraDaysOff[0].note:");
    QTest::newRow("override day in another year")
        << QByteArray(R"({"years": {"2025": {"nonWorkingDays": [{"date": "2026-01-01"}]}}})")
        << QStringLiteral("years.2025.nonWorkingDays[0].date:");
}

void TestHolidayCalendar::overridesErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    const CalendarOverrides table =
        CalendarOverrides::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.startsWith(field), qPrintable(error));
    QVERIFY(table == CalendarOverrides());
}

void TestHolidayCalendar::everyYearOfTheRangeHasItsHolidays()
{
    const HolidayCalendar calendar;
    for (int year = 1900; year <= 2199; ++year) {
        const QList<Holiday> holidays = calendar.statutoryHolidays(year);
        QCOMPARE(holidays.size(), 11); // 1 + 5 (Tết) + 1 + 1 + 1 + 2
        QVERIFY(std::is_sorted(holidays.begin(), holidays.end(),
                               [](const Holiday& a, const Holiday& b) { return a.date < b.date; }));
    }
    // Outside the lunar range only the solar holidays remain.
    QCOMPARE(calendar.statutoryHolidays(2200).size(), 5);
}

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
