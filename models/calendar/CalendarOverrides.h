#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace paht {

// A Saturday or Sunday worked in exchange for a weekday off (the yearly notice makes "bridge" days so).
struct DaySwap
{
    QDate worked; // a Saturday or Sunday that becomes a working day
    QDate off;    // a weekday that becomes a day off
    QString note;

    friend bool operator==(const DaySwap& a, const DaySwap& b)
    {
        return a.worked == b.worked && a.off == b.off && a.note == b.note;
    }
};

// A day named in the table: an extra day off, or one day of a whole-year override.
struct ListedDay
{
    QDate date;
    QString holidayKey; // optional: which holiday the day belongs to (see Holiday::keys())
    QString note;

    friend bool operator==(const ListedDay& a, const ListedDay& b)
    {
        return a.date == b.date && a.holidayKey == b.holidayKey && a.note == b.note;
    }
};

// What the government's notice for one year decided. Anything left unset falls back to the Labour Code
// defaults computed by HolidayCalendar.
struct YearOverride
{
    int year = 0;
    QString source; // which notice, for the administrator
    // The days of Tết (Labour Code Art. 112(1)(b): 5 days, chosen yearly).
    std::optional<QList<QDate>> tetDays;
    // When set, these replace the computed compensation for Tết days that fall on a weekend: notices
    // sometimes put that day before the break rather than after it (2025: Monday 27 January).
    std::optional<QList<QDate>> tetCompensatoryDays;
    QDate nationalDayAdjacent; // 1 or 3 September; null = default rule
    QList<DaySwap> swaps;
    QList<ListedDay> extraDaysOff;
    // When set, the whole list of days off of that year (besides weekends): it replaces the computed
    // holidays and compensatory days. Swaps and extra days off still apply.
    std::optional<QList<ListedDay>> nonWorkingDays;

    friend bool operator==(const YearOverride& a, const YearOverride& b)
    {
        return a.year == b.year && a.source == b.source && a.tetDays == b.tetDays &&
               a.tetCompensatoryDays == b.tetCompensatoryDays &&
               a.nationalDayAdjacent == b.nationalDayAdjacent && a.swaps == b.swaps &&
               a.extraDaysOff == b.extraDaysOff && a.nonWorkingDays == b.nonWorkingDays;
    }
    friend bool operator!=(const YearOverride& a, const YearOverride& b) { return !(a == b); }
};

// The editable table of yearly holiday decisions (resources/calendar-overrides.json), keyed by the year of
// the notice. Dates are local (Asia/Ho_Chi_Minh), written "yyyy-MM-dd".
class CalendarOverrides
{
public:
    static constexpr const char* kResourcePath = ":/paht/calendar-overrides.json";

    CalendarOverrides() = default;

    // The table shipped in the binary. A broken resource is a build defect: it is logged and an empty
    // table (pure Labour Code defaults) is used.
    static CalendarOverrides regulationDefaults();
    static CalendarOverrides load(const QString& path, QString* error);
    // On error: an empty table, and *error = "<field path>: <reason>" (e.g. "years.2025.swaps[0].worked:
    // ...").
    static CalendarOverrides fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;

    const YearOverride* forYear(int year) const;
    QList<int> years() const { return m_years.keys(); }
    // Returns an empty string, or the reason the entry was refused.
    QString setYear(const YearOverride& entry);
    void removeYear(int year) { m_years.remove(year); }

    QString about() const { return m_about; }
    void setAbout(const QString& about) { m_about = about; }

    friend bool operator==(const CalendarOverrides& a, const CalendarOverrides& b)
    {
        return a.m_about == b.m_about && a.m_years == b.m_years;
    }
    friend bool operator!=(const CalendarOverrides& a, const CalendarOverrides& b) { return !(a == b); }

private:
    QString m_about;
    QMap<int, YearOverride> m_years;
};

} // namespace paht
