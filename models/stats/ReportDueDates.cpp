#include "stats/ReportDueDates.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "stats/PeriodWording.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QDateTime localMidnight(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), WorkingCalendar::timeZone()).toUTC();
}

QString kindName(DueReport::Kind kind)
{
    switch (kind) {
    case DueReport::Kind::Monthly:
        return u"monthly"_s;
    case DueReport::Kind::Quarterly:
        return u"quarterly"_s;
    case DueReport::Kind::Yearly:
        return u"yearly"_s;
    case DueReport::Kind::Ranking:
        break;
    }
    return u"ranking"_s;
}

DueReport make(DueReport::Kind kind, const QDate& due, const QDate& first, const QDate& last, int year,
               int part)
{
    return DueReport{kind, due, ReportPeriod::days(first, last), year, part};
}

} // namespace

QString DueReport::key() const
{
    return u"report-due:%1:%2"_s.arg(kindName(kind), dueDate.toString(Qt::ISODate));
}

QString DueReport::subject() const
{
    switch (kind) {
    case Kind::Monthly:
        return PeriodWording::phrase(ReportPeriod::month(reportingYear, reportingPart));
    case Kind::Quarterly:
        return PeriodWording::phrase(ReportPeriod::quarter(reportingYear, reportingPart));
    case Kind::Yearly:
        return PeriodWording::phrase(ReportPeriod::year(reportingYear));
    case Kind::Ranking:
        break;
    }
    //: The ranking report's period in its title (R-23). Vietnamese: "phục vụ đánh giá, xếp hạng cải cách
    //: hành chính năm %1"
    return ReportDueDates::tr("for the administrative-reform ranking of %1").arg(reportingYear);
}

QString DueReport::name() const
{
    //: A report that is due; %1 its period ("tháng 9 năm 2026"). Vietnamese: "Báo cáo %1"
    return ReportDueDates::tr("Report %1").arg(subject());
}

QList<DueReport> ReportDueDates::dueIn(int year)
{
    using K = DueReport::Kind;
    QList<DueReport> reports;
    for (int month = 1; month <= 12; ++month) {
        const QDate due(year, month, 20);
        const QDate cutOff(year, month, 14);
        if (month == 11)
            reports << make(K::Ranking, QDate(year, 11, 15), QDate(year - 1, 11, 1), QDate(year, 10, 31),
                            year, 0);
        reports << make(K::Monthly, due, cutOff.addMonths(-1).addDays(1), cutOff, year, month);
        if (month % 3 == 0)
            reports << make(K::Quarterly, due, cutOff.addMonths(-3).addDays(1), cutOff, year, month / 3);
        if (month == 12)
            reports << make(K::Yearly, due, cutOff.addYears(-1).addDays(1), cutOff, year, 0);
    }
    return reports;
}

QDateTime ReportDueDates::deadline(const DueReport& report) const
{
    return localMidnight(report.dueDate);
}

QDateTime ReportDueDates::remindFrom(const DueReport& report) const
{
    QDate day = report.dueDate;
    // A calendar that never works would loop for ever: a year back is far enough for any real one.
    for (int found = 0, guard = 0; found < m_leadWorkingDays && guard < 366; ++guard) {
        day = day.addDays(-1);
        if (m_calendar.isWorkingDay(day))
            ++found;
    }
    return localMidnight(day);
}

QList<DueReport> ReportDueDates::remindersAt(const QDateTime& now) const
{
    const int year = WorkingCalendar::localDate(now).year();
    QList<DueReport> due;
    // A reminder late in December may be for January's report of the next year.
    for (const DueReport& report : dueIn(year) + dueIn(year + 1)) {
        if (remindFrom(report) <= now && now < deadline(report))
            due << report;
    }
    return due;
}

std::optional<DueReport> ReportDueDates::next(const QDateTime& now) const
{
    const int year = WorkingCalendar::localDate(now).year();
    for (const DueReport& report : dueIn(year) + dueIn(year + 1)) {
        if (now < deadline(report))
            return report;
    }
    return std::nullopt;
}

QList<DueReport> DueReportInbox::takeNew()
{
    QHash<QString, int> told = m_cache.notifiedReminders();
    QList<DueReport> news;
    for (const DueReport& report : m_dates.remindersAt(m_clock.now())) {
        if (told.contains(report.key()))
            continue;
        told.insert(report.key(), 1);
        news << report;
    }
    if (!news.isEmpty())
        m_cache.setNotifiedReminders(told);
    return news;
}

} // namespace paht
