// When the periodic reports are due (R-22: before the 20th of each month, the 20th of a quarter's last
// month, 20 December; R-23: the ranking before 15 November), which days their figures cover, and when the
// supervisor is reminded, once per due date, remembered across restarts. The calendar is the Labour Code's
// without a yearly table (WorkingCalendar()).
#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "stats/ReportDueDates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QDateTime vn(const QDate& date, int hour = 0, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), WorkingCalendar::timeZone()).toUTC();
}

QStringList keys(const QList<DueReport>& reports)
{
    QStringList out;
    for (const DueReport& report : reports)
        out << report.key();
    return out;
}

} // namespace

class TestStatsDue : public QObject
{
    Q_OBJECT

    const WorkingCalendar m_calendar;
    const ReportDueDates m_dates{m_calendar};

    DueReport find(int year, DueReport::Kind kind, int month) const
    {
        for (const DueReport& report : ReportDueDates::dueIn(year)) {
            if (report.kind == kind && report.dueDate.month() == month)
                return report;
        }
        return {};
    }

private slots:
    void theYearsDueDates()
    {
        const QList<DueReport> due = ReportDueDates::dueIn(2026);
        // 12 monthly, 4 quarterly, 1 yearly, 1 ranking report, by date.
        QCOMPARE(due.size(), 18);
        for (qsizetype i = 1; i < due.size(); ++i)
            QVERIFY(due.at(i - 1).dueDate <= due.at(i).dueDate);
        QCOMPARE(keys(due.mid(0, 4)),
                 (QStringList{u"report-due:monthly:2026-01-20"_s, u"report-due:monthly:2026-02-20"_s,
                              u"report-due:monthly:2026-03-20"_s, u"report-due:quarterly:2026-03-20"_s}));
        QCOMPARE(keys(due.mid(13)),
                 (QStringList{u"report-due:ranking:2026-11-15"_s, u"report-due:monthly:2026-11-20"_s,
                              u"report-due:monthly:2026-12-20"_s, u"report-due:quarterly:2026-12-20"_s,
                              u"report-due:yearly:2026-12-20"_s}));
    }

    // Decree 09/2019/NĐ-CP Art. 12: figures from the 15th before to the 14th of the reporting month.
    void theDaysTheirFiguresCover()
    {
        const DueReport october = find(2026, DueReport::Kind::Monthly, 10);
        QCOMPARE(october.dueDate, QDate(2026, 10, 20));
        QCOMPARE(october.period, ReportPeriod::days(QDate(2026, 9, 15), QDate(2026, 10, 14)));
        QCOMPARE(october.subject(), u"for month 10 of 2026"_s);
        QCOMPARE(october.name(), u"Report for month 10 of 2026"_s);
        const DueReport january = find(2026, DueReport::Kind::Monthly, 1);
        QCOMPARE(january.period, ReportPeriod::days(QDate(2025, 12, 15), QDate(2026, 1, 14)));
        const DueReport q3 = find(2026, DueReport::Kind::Quarterly, 9);
        QCOMPARE(q3.dueDate, QDate(2026, 9, 20));
        QCOMPARE(q3.period, ReportPeriod::days(QDate(2026, 6, 15), QDate(2026, 9, 14)));
        QCOMPARE(q3.subject(), u"for quarter III of 2026"_s);
        const DueReport year = find(2026, DueReport::Kind::Yearly, 12);
        QCOMPARE(year.dueDate, QDate(2026, 12, 20));
        QCOMPARE(year.period, ReportPeriod::days(QDate(2025, 12, 15), QDate(2026, 12, 14)));
        QCOMPARE(year.subject(), u"for the year 2026"_s);
        const DueReport ranking = find(2026, DueReport::Kind::Ranking, 11);
        QCOMPARE(ranking.dueDate, QDate(2026, 11, 15));
        QCOMPARE(ranking.period, ReportPeriod::days(QDate(2025, 11, 1), QDate(2026, 10, 31)));
        QCOMPARE(ranking.subject(), u"for the administrative-reform ranking of 2026"_s);
    }

    // Three working days before the due date, until the due date starts.
    void whenTheReminderRuns()
    {
        // Tuesday 20 October 2026: Monday 19, Friday 16, Thursday 15.
        const DueReport october = find(2026, DueReport::Kind::Monthly, 10);
        QCOMPARE(m_dates.remindFrom(october), vn(QDate(2026, 10, 15)));
        QCOMPARE(m_dates.deadline(october), vn(QDate(2026, 10, 20)));
        // Sunday 20 September: Friday 18, Thursday 17, Wednesday 16.
        QCOMPARE(m_dates.remindFrom(find(2026, DueReport::Kind::Quarterly, 9)), vn(QDate(2026, 9, 16)));
        // Sunday 15 November: from Wednesday 11.
        QCOMPARE(m_dates.remindFrom(find(2026, DueReport::Kind::Ranking, 11)), vn(QDate(2026, 11, 11)));
        // Holidays do not count: a report due on Thursday 3 September 2026 is reminded from Thursday 27
        // August (Monday 31, Friday 28, Thursday 27), past Tuesday 1 and Wednesday 2 (National Day).
        QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 9, 2)));
        QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 9, 1)));
        DueReport early = october;
        early.dueDate = QDate(2026, 9, 3);
        QCOMPARE(m_dates.remindFrom(early), vn(QDate(2026, 8, 27)));
        // A longer lead.
        QCOMPARE(ReportDueDates(m_calendar, 5).remindFrom(october), vn(QDate(2026, 10, 13)));
    }

    void whichRemindersRun()
    {
        QVERIFY(m_dates.remindersAt(vn(QDate(2026, 10, 14), 23, 59)).isEmpty());
        QCOMPARE(keys(m_dates.remindersAt(vn(QDate(2026, 10, 15)))),
                 QStringList{u"report-due:monthly:2026-10-20"_s});
        QCOMPARE(keys(m_dates.remindersAt(vn(QDate(2026, 10, 19), 23, 59))),
                 QStringList{u"report-due:monthly:2026-10-20"_s});
        QVERIFY(m_dates.remindersAt(vn(QDate(2026, 10, 20))).isEmpty());
        // Friday 18 December: three reports due on Sunday 20.
        QCOMPARE(keys(m_dates.remindersAt(vn(QDate(2026, 12, 18), 9))),
                 (QStringList{u"report-due:monthly:2026-12-20"_s, u"report-due:quarterly:2026-12-20"_s,
                              u"report-due:yearly:2026-12-20"_s}));
    }

    void theNextReport()
    {
        QCOMPARE(m_dates.next(vn(QDate(2026, 10, 5)))->key(), u"report-due:monthly:2026-10-20"_s);
        QCOMPARE(m_dates.next(vn(QDate(2026, 10, 20)))->key(), u"report-due:ranking:2026-11-15"_s);
        // At the end of December the next one is January's, of the next year.
        QCOMPARE(m_dates.next(vn(QDate(2026, 12, 31), 16))->key(), u"report-due:monthly:2027-01-20"_s);
        QCOMPARE(m_dates.remindersAt(vn(QDate(2027, 1, 15), 9)).size(), 1);
    }

    // Each due date is told once, and a restarted console does not tell it again.
    void theInboxTellsOnce()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open(nullptr));
        // An agency reminder told before (ReminderInbox's key) stays as it is.
        QVERIFY(cache.setNotifiedReminders({{u"PAHT-2026-000001@SXD"_s, 2}}));
        ManualClock clock(vn(QDate(2026, 10, 14), 16));
        {
            DueReportInbox inbox(cache, m_dates, clock);
            QVERIFY(inbox.takeNew().isEmpty());
            clock.set(vn(QDate(2026, 10, 15), 8));
            QCOMPARE(keys(inbox.takeNew()), QStringList{u"report-due:monthly:2026-10-20"_s});
            QVERIFY(inbox.takeNew().isEmpty());
            clock.set(vn(QDate(2026, 10, 19), 16));
            QVERIFY(inbox.takeNew().isEmpty());
        }
        DueReportInbox restarted(cache, m_dates, clock);
        QVERIFY(restarted.takeNew().isEmpty());
        clock.set(vn(QDate(2026, 11, 11), 7, 30));
        QCOMPARE(keys(restarted.takeNew()), QStringList{u"report-due:ranking:2026-11-15"_s});
        clock.set(vn(QDate(2026, 12, 16), 9));
        QCOMPARE(restarted.takeNew().size(), 3);
        QCOMPARE(cache.notifiedReminders().value(u"PAHT-2026-000001@SXD"_s), 2);
        QCOMPARE(cache.notifiedReminders().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestStatsDue)
#include "tst_stats_due.moc"
