#pragma once

#include "calendar/WorkingCalendar.h"
#include "stats/ReportPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace paht {

class Clock;
class LocalCache;

// One periodic report the Provincial Office owes the Provincial People's Committee or the ranking
// report for the administrative-reform evaluation, due before `dueDate`.
struct DueReport
{
    enum class Kind
    {
        Monthly,   // before the 20th of each month
        Quarterly, // before the 20th of the quarter's last month
        Yearly,    // before 20 December
        Ranking,   // before 15 November
    };

    Kind kind = Kind::Monthly;
    QDate dueDate;       // local; the report must be in before this day starts
    ReportPeriod period; // the days its figures cover
    int reportingYear = 0;
    int reportingPart = 0; // the month (1–12) or the quarter (1–4) reported on; 0 for the others

    // What a reminder once told is remembered by in the local cache: "report-due:monthly:2026-10-20".
    QString key() const;
    // The period as the report's title says it: "for month 9 of 2026", "for quarter III of 2026", …
    QString subject() const;
    // "Report for month 9 of 2026".
    QString name() const;

    friend bool operator==(const DueReport& a, const DueReport& b)
    {
        return a.kind == b.kind && a.dueDate == b.dueDate && a.period == b.period;
    }
};

// When each report is due and when to remind the supervisor of it.
//
// The figures follow the cut-off of Decree 09/2019/NĐ-CP Art. 12 for periodic reports of state
// administrative bodies, whose submission dates the regulation's 20th matches: a monthly report covers
// the 15th of the previous month to the 14th of its month; a quarterly one the 15th of the month before
// the quarter to the 14th of the quarter's last month; the yearly one 15 December of the previous year to
// 14 December. The ranking report (before 15 November) covers the twelve months up to 31 October.
//
// A report is due before its day starts (local midnight). Its reminder runs from the start of the
// `leadWorkingDays`-th working day before the due date until then.
class ReportDueDates
{
    Q_DECLARE_TR_FUNCTIONS(paht::ReportDueDates)

public:
    // The calendar must outlive this object.
    explicit ReportDueDates(const WorkingCalendar& calendar, int leadWorkingDays = 3)
        : m_calendar(calendar), m_leadWorkingDays(leadWorkingDays)
    {}

    // Every report due in `year`, by due date (a monthly before a quarterly before a yearly on one day).
    static QList<DueReport> dueIn(int year);
    QDateTime deadline(const DueReport& report) const; // UTC
    QDateTime remindFrom(const DueReport& report) const;
    // The reports whose reminder runs at `now`.
    QList<DueReport> remindersAt(const QDateTime& now) const;
    // The first report whose deadline has not passed at `now`.
    std::optional<DueReport> next(const QDateTime& now) const;

private:
    const WorkingCalendar& m_calendar;
    int m_leadWorkingDays;
};

// The reminders the supervisor has not been told about yet: each due report once, remembered in the local
// cache (next to ReminderInbox's, under keys of their own), so that neither the next check nor a restart
// tells it again.
class DueReportInbox
{
public:
    // Keeps references: the cache, the due dates and the clock must outlive the inbox.
    DueReportInbox(LocalCache& cache, const ReportDueDates& dates, const Clock& clock)
        : m_cache(cache), m_dates(dates), m_clock(clock)
    {}

    QList<DueReport> takeNew();

private:
    LocalCache& m_cache;
    const ReportDueDates& m_dates;
    const Clock& m_clock;
};

} // namespace paht
