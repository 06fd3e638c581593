#include "calendar/LunarCalendar.h"

#include <cmath>

namespace paht {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180.0;
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoonEpoch = 2415021.076998695; // the new moon of 1 January 1900

int floorToInt(double value)
{
    return static_cast<int>(std::floor(value));
}

// Julian day (with fraction, UT) of the k-th new moon after 1900-01-01 (Meeus, "Astronomical Algorithms").
double newMoon(int k)
{
    const double T = k / 1236.85; // Julian centuries since 1900-01-01
    const double T2 = T * T;
    const double T3 = T2 * T;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * kDegree);
    const double M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;    // sun's anomaly
    const double Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's anomaly
    const double F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;    // moon's latitude
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * kDegree) + 0.0021 * std::sin(2 * kDegree * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * kDegree) + 0.0161 * std::sin(kDegree * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(kDegree * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(kDegree * 2 * F) - 0.0051 * std::sin(kDegree * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(kDegree * (M - Mpr)) + 0.0004 * std::sin(kDegree * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(kDegree * (2 * F - M)) - 0.0006 * std::sin(kDegree * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(kDegree * (2 * F - Mpr)) + 0.0005 * std::sin(kDegree * (2 * Mpr + M));
    double deltaT;
    if (T < -11)
        deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
    else
        deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
    return jd1 + c1 - deltaT;
}

// The sun's apparent longitude, in radians 0..2π, at Julian day `jdn` (UT).
double sunLongitude(double jdn)
{
    const double T = (jdn - 2451545.0) / 36525; // Julian centuries since J2000
    const double T2 = T * T;
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double dl = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(kDegree * M);
    dl += (0.019993 - 0.000101 * T) * std::sin(kDegree * 2 * M) + 0.000290 * std::sin(kDegree * 3 * M);
    double longitude = (L0 + dl) * kDegree;
    longitude -= kPi * 2 * std::floor(longitude / (kPi * 2));
    return longitude;
}

} // namespace

int LunarCalendar::jdFromDate(int day, int month, int year)
{
    const int a = (14 - month) / 12;
    const int y = year + 4800 - a;
    const int m = month + 12 * a - 3;
    int jd = day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    if (jd < 2299161) // before the Gregorian reform: the algorithm's dates are Julian there
        jd = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
    return jd;
}

QDate LunarCalendar::jdToDate(int julianDay)
{
    int b;
    int c;
    if (julianDay > 2299160) {
        const int a = julianDay + 32044;
        b = (4 * a + 3) / 146097;
        c = a - (b * 146097) / 4;
    } else {
        b = 0;
        c = julianDay + 32082;
    }
    const int d = (4 * c + 3) / 1461;
    const int e = c - (1461 * d) / 4;
    const int m = (5 * e + 2) / 153;
    const int day = e - (153 * m + 2) / 5 + 1;
    const int month = m + 3 - 12 * (m / 10);
    const int year = b * 100 + d - 4800 + m / 10;
    return QDate(year, month, day);
}

int LunarCalendar::newMoonDay(int k) const
{
    return floorToInt(newMoon(k) + 0.5 + m_timeZone / 24);
}

int LunarCalendar::sunLongitudeSector(int jdn) const
{
    return floorToInt(sunLongitude(jdn - 0.5 - m_timeZone / 24) / kPi * 6);
}

int LunarCalendar::lunarMonth11(int year) const
{
    const int off = jdFromDate(31, 12, year) - 2415021;
    const int k = floorToInt(off / kSynodicMonth);
    const int nm = newMoonDay(k);
    // The month that contains the winter solstice (sector 9 starts at 270°) is month 11.
    if (sunLongitudeSector(nm) >= 9)
        return newMoonDay(k - 1);
    return nm;
}

int LunarCalendar::leapMonthOffset(int month11) const
{
    const int k = floorToInt((month11 - kNewMoonEpoch) / kSynodicMonth + 0.5);
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i));
    int last;
    // The leap month is the first one in which the sun stays in the same sector (no major solar term).
    do {
        last = arc;
        ++i;
        arc = sunLongitudeSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
}

bool LunarCalendar::inRange(const QDate& date)
{
    return date.isValid() && date.year() >= kFirstYear && date.year() <= kLastYear;
}

LunarDate LunarCalendar::toLunar(const QDate& date) const
{
    if (!inRange(date))
        return {};
    const int dayNumber = jdFromDate(date.day(), date.month(), date.year());
    const int k = floorToInt((dayNumber - kNewMoonEpoch) / kSynodicMonth);
    int monthStart = newMoonDay(k + 1);
    if (monthStart > dayNumber)
        monthStart = newMoonDay(k);
    int a11 = lunarMonth11(date.year());
    int b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
        lunarYear = date.year();
        a11 = lunarMonth11(date.year() - 1);
    } else {
        lunarYear = date.year() + 1;
        b11 = lunarMonth11(date.year() + 1);
    }
    LunarDate result;
    result.day = dayNumber - monthStart + 1;
    const int diff = floorToInt((monthStart - a11) / 29.0);
    result.month = diff + 11;
    if (b11 - a11 > 365) { // 13 months between two winter solstices: one of them is leap
        const int leapDiff = leapMonthOffset(a11);
        if (diff >= leapDiff) {
            result.month = diff + 10;
            result.leap = diff == leapDiff;
        }
    }
    if (result.month > 12)
        result.month -= 12;
    if (result.month >= 11 && diff < 4)
        lunarYear -= 1;
    result.year = lunarYear;
    return result;
}

QDate LunarCalendar::toSolar(const LunarDate& date) const
{
    if (date.day < 1 || date.day > 30 || date.month < 1 || date.month > 12 || date.year < kFirstYear - 1 ||
        date.year > kLastYear + 1)
        return {};
    int a11;
    int b11;
    if (date.month < 11) {
        a11 = lunarMonth11(date.year - 1);
        b11 = lunarMonth11(date.year);
    } else {
        a11 = lunarMonth11(date.year);
        b11 = lunarMonth11(date.year + 1);
    }
    const int k = floorToInt(0.5 + (a11 - kNewMoonEpoch) / kSynodicMonth);
    int off = date.month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11);
        int leapMonthNumber = leapOff - 2;
        if (leapMonthNumber < 0)
            leapMonthNumber += 12;
        if (date.leap && date.month != leapMonthNumber)
            return {};
        if (date.leap || off >= leapOff)
            off += 1;
    } else if (date.leap) {
        return {};
    }
    const int monthStart = newMoonDay(k + off);
    const QDate solar = jdToDate(monthStart + date.day - 1);
    // Day 30 of a 29-day month would land in the next month: refuse it rather than answer that day.
    if (!inRange(solar) || toLunar(solar) != date)
        return {};
    return solar;
}

int LunarCalendar::leapMonth(int lunarYear) const
{
    // A month is repeated in that year exactly when the first day of its leap copy exists.
    for (int month = 1; month <= 12; ++month) {
        if (toSolar(1, month, lunarYear, true).isValid())
            return month;
    }
    return 0;
}

} // namespace paht
