#pragma once

#include "calendar/Holiday.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paht {

// Why a date is not a working day. Stable names: see dayOffReasonName().
enum class DayOffReason
{
    Weekend,      // Saturday or Sunday
    Holiday,      // a day of a Labour Code Art. 112 holiday
    Compensatory, // Art. 111(3): a holiday fell on a weekend, this working day is off instead
    Swapped,      // a weekday off in exchange for a weekend day worked (yearly notice)
    Extra,        // an extra day off listed in the yearly table
    Override,     // listed by a whole-year override of the table
};

QString dayOffReasonName(DayOffReason reason); // "weekend", "holiday", "compensatory", "swapped", "extra",
                                               // "override"
bool dayOffReasonFromName(const QString& name, DayOffReason* out);

struct DayOff
{
    QDate date;
    DayOffReason reason = DayOffReason::Weekend;
    QString holidayKey; // Holiday: that holiday; Compensatory: the holiday compensated; else optional
    QDate relatedDate;  // Compensatory: the holiday's date; Swapped: the weekend day worked instead
    QString note;       // from the table

    friend bool operator==(const DayOff& a, const DayOff& b)
    {
        return a.date == b.date && a.reason == b.reason && a.holidayKey == b.holidayKey &&
               a.relatedDate == b.relatedDate && a.note == b.note;
    }
};

// A Saturday or Sunday that is a working day because of a swap.
struct WorkedRestDay
{
    QDate date;
    QDate dayOff; // the weekday taken off in exchange
    QString note;

    friend bool operator==(const WorkedRestDay& a, const WorkedRestDay& b)
    {
        return a.date == b.date && a.dayOff == b.dayOff && a.note == b.note;
    }
};

// Everything the rules (and the yearly table) decide for one year: what `calendar --year Y` prints and the
// administrator previews. Weekends are not listed, except a holiday or override day that falls on one.
struct CalendarYear
{
    int year = 0;
    bool overridden = false; // the table replaced the computed holidays for this year
    QString source;          // the notice the table cites; empty when only defaults were used
    QList<Holiday> holidays; // each day of each holiday, including those on a Saturday or Sunday
    QList<DayOff> daysOff;   // holiday days, compensatory, swapped, extra and override days; by date
    QList<WorkedRestDay> workedRestDays;
};

} // namespace paht
