#pragma once

#include "calendar/CalendarOverrides.h"
#include "calendar/WorkingCalendar.h"
#include "calendar/WorkingHours.h"
#include "items/RuleProblem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace paht {

// The first and last day of the run of days off around Tết, weekends included.
struct TetBreak
{
    QDate first;
    QDate last;

    int days() const { return first.isValid() ? int(first.daysTo(last)) + 1 : 0; }
};

// The working calendar while the administrator edits it (issue [5/6] item 4): what the government's yearly
// notice decides (Tết days and their compensatory days, the day beside National Day, swapped days, extra
// days off, the notice's name) and the seasonal office hours, changed one decision at a time.
//
// The domain decides what is valid (CalendarOverrides::setYear, WorkingHours::validate): a refused edit
// leaves the draft as it was and says why, so the draft is always a calendar the store accepts. The
// statutory holidays themselves are the Labour Code's and are not edited here.
class CalendarDraft
{
    Q_DECLARE_TR_FUNCTIONS(CalendarDraft)

public:
    explicit CalendarDraft(WorkingCalendar calendar = WorkingCalendar::regulationDefaults());

    const WorkingCalendar& calendar() const { return m_calendar; }
    QJsonObject toJson() const { return m_calendar.toJson(); }
    // Whether the draft differs from the calendar it started from or was last saved as.
    bool isModified() const { return m_calendar.toJson() != m_saved; }
    void markSaved() { m_saved = m_calendar.toJson(); }

    // The notice's decisions for `year` as they stand: an entry with only the year when the table is silent.
    YearOverride decisions(int year) const;
    // The Tết days in force (the notice's, else the lunar default) and the lunar default alone.
    QList<QDate> tetDays(int year) const;
    QList<QDate> computedTetDays(int year) const { return m_calendar.holidays().defaultTetDays(year); }
    // The days off that make up Tết days falling on a weekend, as they stand (the notice's or computed).
    QList<QDate> tetCompensatoryDays(int year) const;
    TetBreak tetBreak(int year) const;

    RuleProblem setSource(int year, const QString& source);
    // nullopt: the lunar default. Adding or removing a day starts from the days in force.
    RuleProblem setTetDays(int year, const std::optional<QList<QDate>>& days);
    RuleProblem addTetDay(int year, const QDate& day);
    RuleProblem removeTetDay(int year, const QDate& day);
    // nullopt: the next working days after the break (Labour Code Art. 111(3)).
    RuleProblem setTetCompensatoryDays(int year, const std::optional<QList<QDate>>& days);
    RuleProblem addTetCompensatoryDay(int year, const QDate& day);
    RuleProblem removeTetCompensatoryDay(int year, const QDate& day);
    // A null date: the default rule (1 September, or 3 September when the 1st is a weekend day).
    RuleProblem setNationalDayAdjacent(int year, const QDate& day);
    RuleProblem addSwap(int year, const DaySwap& swap);
    void removeSwap(int year, int index);
    RuleProblem addExtraDayOff(int year, const ListedDay& day);
    void removeExtraDayOff(int year, int index);
    RuleProblem setHoursProfiles(const QList<HoursProfile>& profiles);

private:
    RuleProblem apply(const YearOverride& entry, const QString& field);
    static QString explainYear(const YearOverride& entry, const QString& reason);
    static QString explainHours(const QList<HoursProfile>& profiles, const QString& reason);

    WorkingCalendar m_calendar;
    QJsonObject m_saved;
};

} // namespace paht
