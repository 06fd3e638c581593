#pragma once

#include <QDate>

namespace paht {

// A date of the Vietnamese lunisolar calendar (âm lịch). `leap` marks the intercalary month that
// repeats `month` (e.g. 2023 has a leap second month, "tháng 2 nhuận").
struct LunarDate
{
    int day = 0;   // 1..30
    int month = 0; // 1..12
    int year = 0;  // the lunar year, e.g. 2026 for Bính Ngọ (starts at Tết)
    bool leap = false;

    bool isValid() const { return day > 0 && month > 0; }

    friend bool operator==(const LunarDate& a, const LunarDate& b)
    {
        return a.day == b.day && a.month == b.month && a.year == b.year && a.leap == b.leap;
    }
    friend bool operator!=(const LunarDate& a, const LunarDate& b) { return !(a == b); }
};

// Hồ Ngọc Đức's astronomical algorithm (the one Vietnamese calendars are printed from), evaluated at
// UTC+7: new moons and solar terms are placed on Vietnamese civil days, which is why Tết sometimes falls
// on another day than in China (2030, 1985). Valid for solar dates 1900-01-01 … 2199-12-31; outside it the
// conversions answer invalid values rather than guess.
class LunarCalendar
{
public:
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2199;

    explicit LunarCalendar(double timeZoneHours = 7.0) : m_timeZone(timeZoneHours) {}

    // Invalid LunarDate when `date` is outside 1900–2199.
    LunarDate toLunar(const QDate& date) const;
    // Invalid QDate when the lunar date does not exist (day 30 of a 29-day month, a leap flag on a month
    // that is not leap that year) or falls outside 1900–2199.
    QDate toSolar(const LunarDate& date) const;
    QDate toSolar(int day, int month, int lunarYear, bool leap = false) const
    {
        return toSolar(LunarDate{day, month, lunarYear, leap});
    }

    // The first day of the lunar year (Tết Nguyên Đán), and the number of the month that is repeated in
    // that lunar year (0 when none).
    QDate lunarNewYear(int lunarYear) const { return toSolar(1, 1, lunarYear); }
    int leapMonth(int lunarYear) const;

    // The building blocks of the algorithm, public so that tests can pin them.
    static int jdFromDate(int day, int month, int year);
    static QDate jdToDate(int julianDay);
    int newMoonDay(int k) const;           // local day (Julian day number) of the k-th new moon since 1900
    int sunLongitudeSector(int jdn) const; // sun longitude at local midnight, in 30° sectors 0..11
    int lunarMonth11(int year) const;      // Julian day of the start of the month holding the winter solstice
    int leapMonthOffset(int month11) const; // offset, from month 11, of the month without a major solar term

private:
    static bool inRange(const QDate& date);

    double m_timeZone;
};

} // namespace paht
