#include "calendar/LunarCalendar.h"

#include <QTest>

using paht::LunarCalendar;
using paht::LunarDate;

// The Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm at UTC+7): it places Tết, which the Labour Code
// makes a holiday, and Hùng Kings' day (10/3 lunar).
class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    void tet_data();
    void tet();
    void hungKings_data();
    void hungKings();
    void solarToLunar_data();
    void solarToLunar();
    void leapMonth_data();
    void leapMonth();
    void leapMonthDates();
    void roundTripEveryDay_data();
    void roundTripEveryDay();
    void julianDayNumbers();
    void nonexistentLunarDates();
    void outsideTheRange();

private:
    LunarCalendar m_lunar;
};

void TestLunarCalendar::tet_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2020") << 2020 << QDate(2020, 1, 25);
    QTest::newRow("2021") << 2021 << QDate(2021, 2, 12);
    QTest::newRow("2022") << 2022 << QDate(2022, 2, 1);
    QTest::newRow("2023") << 2023 << QDate(2023, 1, 22);
    QTest::newRow("2024") << 2024 << QDate(2024, 2, 10);
    QTest::newRow("2025") << 2025 << QDate(2025, 1, 29);
    QTest::newRow("2026") << 2026 << QDate(2026, 2, 17);
    // Where Vietnam (UTC+7) and China (UTC+8) differ: the new moon falls on either side of midnight.
    QTest::newRow("2030 (China: 3 Feb)") << 2030 << QDate(2030, 2, 2);
    QTest::newRow("1985 (China: 20 Feb)") << 1985 << QDate(1985, 1, 21);
}

void TestLunarCalendar::tet()
{
    QFETCH(int, lunarYear);
    QFETCH(QDate, expected);
    QCOMPARE(m_lunar.lunarNewYear(lunarYear), expected);
    QCOMPARE(m_lunar.toLunar(expected), (LunarDate{1, 1, lunarYear, false}));
    // The day before is the last day of the 12th month of the previous lunar year.
    const LunarDate eve = m_lunar.toLunar(expected.addDays(-1));
    QCOMPARE(eve.month, 12);
    QCOMPARE(eve.year, lunarYear - 1);
    QVERIFY(eve.day == 29 || eve.day == 30);
}

void TestLunarCalendar::hungKings_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2023") << 2023 << QDate(2023, 4, 29);
    QTest::newRow("2024") << 2024 << QDate(2024, 4, 18);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 7);
    QTest::newRow("2026, a Sunday") << 2026 << QDate(2026, 4, 26);
}

void TestLunarCalendar::hungKings()
{
    QFETCH(int, lunarYear);
    QFETCH(QDate, expected);
    QCOMPARE(m_lunar.toSolar(10, 3, lunarYear), expected);
    if (lunarYear == 2026)
        QCOMPARE(expected.dayOfWeek(), int(Qt::Sunday));
}

void TestLunarCalendar::solarToLunar_data()
{
    QTest::addColumn<QDate>("solar");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::newRow("mid-autumn 2024") << QDate(2024, 9, 17) << 15 << 8 << 2024 << false;
    QTest::newRow("1 Jan 2026 is still Ất Tỵ") << QDate(2026, 1, 1) << 13 << 11 << 2025 << false;
    QTest::newRow("New Year's Eve 2026") << QDate(2026, 2, 16) << 29 << 12 << 2025 << false;
    QTest::newRow("first day of 1900") << QDate(1900, 1, 1) << 1 << 12 << 1899 << false;
}

void TestLunarCalendar::solarToLunar()
{
    QFETCH(QDate, solar);
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);
    QCOMPARE(m_lunar.toLunar(solar), (LunarDate{day, month, year, leap}));
}

void TestLunarCalendar::leapMonth_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<int>("expected");
    QTest::newRow("2020: leap 4") << 2020 << 4;
    QTest::newRow("2023: leap 2") << 2023 << 2;
    QTest::newRow("2024: none") << 2024 << 0;
    QTest::newRow("2025: leap 6") << 2025 << 6;
    QTest::newRow("2026: none") << 2026 << 0;
    QTest::newRow("2028: leap 5") << 2028 << 5;
}

void TestLunarCalendar::leapMonth()
{
    QFETCH(int, lunarYear);
    QFETCH(int, expected);
    QCOMPARE(m_lunar.leapMonth(lunarYear), expected);
}

void TestLunarCalendar::leapMonthDates()
{
    // 2023: the second month is repeated ("tháng 2 nhuận" from 22 March 2023).
    QCOMPARE(m_lunar.toSolar(1, 2, 2023, false), QDate(2023, 2, 20));
    QCOMPARE(m_lunar.toSolar(1, 2, 2023, true), QDate(2023, 3, 22));
    QCOMPARE(m_lunar.toLunar(QDate(2023, 3, 22)), (LunarDate{1, 2, 2023, true}));
    QCOMPARE(m_lunar.toSolar(1, 3, 2023), QDate(2023, 4, 20));
    // 2025: the sixth month is repeated (from 25 July 2025).
    QCOMPARE(m_lunar.toSolar(1, 6, 2025, true), QDate(2025, 7, 25));
    QCOMPARE(m_lunar.toLunar(QDate(2025, 8, 1)), (LunarDate{8, 6, 2025, true}));
    QCOMPARE(m_lunar.toSolar(1, 7, 2025), QDate(2025, 8, 23));
}

void TestLunarCalendar::roundTripEveryDay_data()
{
    QTest::addColumn<int>("year");
    for (int year : {1900, 1985, 2023, 2025, 2026, 2030, 2033, 2199})
        QTest::newRow(qPrintable(QString::number(year))) << year;
}

void TestLunarCalendar::roundTripEveryDay()
{
    QFETCH(int, year);
    LunarDate previous;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const LunarDate lunar = m_lunar.toLunar(date);
        QVERIFY2(lunar.isValid(), qPrintable(date.toString(Qt::ISODate)));
        QCOMPARE(m_lunar.toSolar(lunar), date);
        // Consecutive days advance the lunar day by one, or start a month after day 29 or 30.
        if (previous.isValid()) {
            if (lunar.day == 1)
                QVERIFY2(previous.day == 29 || previous.day == 30, qPrintable(date.toString(Qt::ISODate)));
            else
                QCOMPARE(lunar.day, previous.day + 1);
        }
        previous = lunar;
    }
}

void TestLunarCalendar::julianDayNumbers()
{
    // The algorithm's own day numbers agree with Qt's proleptic Gregorian ones over the whole range.
    for (QDate date(1900, 1, 1); date.year() <= 2199; date = date.addDays(97)) {
        QCOMPARE(qint64(LunarCalendar::jdFromDate(date.day(), date.month(), date.year())),
                 date.toJulianDay());
        QCOMPARE(LunarCalendar::jdToDate(int(date.toJulianDay())), date);
    }
    QCOMPARE(LunarCalendar::jdFromDate(1, 1, 2000), 2451545);
}

void TestLunarCalendar::nonexistentLunarDates()
{
    // The 12th month of Ất Tỵ (2025) has 29 days: there is no 30th.
    QCOMPARE(m_lunar.toLunar(QDate(2026, 2, 16)).day, 29);
    QVERIFY(!m_lunar.toSolar(30, 12, 2025).isValid());
    // 2026 has no leap month, and 2023's leap month is the second, not the third.
    QVERIFY(!m_lunar.toSolar(1, 5, 2026, true).isValid());
    QVERIFY(!m_lunar.toSolar(1, 3, 2023, true).isValid());
    QVERIFY(!m_lunar.toSolar(0, 1, 2026).isValid());
    QVERIFY(!m_lunar.toSolar(1, 13, 2026).isValid());
}

void TestLunarCalendar::outsideTheRange()
{
    QVERIFY(!m_lunar.toLunar(QDate(1899, 12, 31)).isValid());
    QVERIFY(!m_lunar.toLunar(QDate(2200, 1, 1)).isValid());
    QVERIFY(m_lunar.toLunar(QDate(2199, 12, 31)).isValid());
    QVERIFY(!m_lunar.toSolar(1, 1, 2200).isValid());
    QVERIFY(!m_lunar.toSolar(1, 1, 1850).isValid());
    QVERIFY(m_lunar.lunarNewYear(1900).isValid());
    QVERIFY(m_lunar.lunarNewYear(2199).isValid());
}

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
