// The working-calendar editor's models (issue [5/6] item 4; requirements "Time rules"): the administrator's
// draft of a year's notice (Tết days and their compensatory days, the day beside National Day, swapped
// days, extra days off, the notice's name) and the seasonal office hours, every edit decided by the domain
// and refused with a reason next to its field; the preview of the year's non-working days and the marks
// of the month grid; the editable table of office hours.
#include "calendar/WorkingCalendar.h"
#include "items/CalendarDraft.h"
#include "items/HoursProfileModel.h"
#include "items/NonWorkingDayModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QList<QDate> days(std::initializer_list<const char*> isos)
{
    QList<QDate> result;
    for (const char* iso : isos)
        result << day(iso);
    return result;
}

std::optional<DayOffReason> reasonOn(const CalendarDraft& draft, const char* iso)
{
    const std::optional<DayOff> off = draft.calendar().dayOff(day(iso));
    return off ? std::optional<DayOffReason>(off->reason) : std::nullopt;
}

HoursProfile profile(const QString& name, int fromMonth, int fromDay, int toMonth, int toDay,
                     const QList<WorkingPeriod>& periods)
{
    HoursProfile result;
    result.name = name;
    result.fromMonth = fromMonth;
    result.fromDay = fromDay;
    result.toMonth = toMonth;
    result.toDay = toDay;
    result.periods = periods;
    return result;
}

const QList<WorkingPeriod> kSummer{{QTime(7, 0), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}};
const QList<WorkingPeriod> kWinter{{QTime(7, 30), QTime(11, 30)}, {QTime(13, 0), QTime(16, 30)}};

// "date status detail" per row of the preview.
QStringList linesOf(const NonWorkingDayModel& model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < NonWorkingDayModel::ColumnCount; ++column)
            cells << model.index(row, column).data().toString();
        lines << cells.join(u" | "_s);
    }
    return lines;
}

} // namespace

class CalendarEditingTest : public QObject
{
    Q_OBJECT

private slots:
    void startsFromTheShippedNotice();
    void swapMakesASaturdayWorkAndAWeekdayOff();
    void swapOnTheWrongDaysIsRefusedNextToTheField();
    void extraDaysOffAreListedOnceAndNearTheYear();
    void tetDaysFollowTheNoticeOrTheLunarCalendar();
    void tetCompensatoryDaysReplaceTheComputedOnes();
    void nationalDayAdjacentIsTheFirstOrTheThird();
    void aYearWithNothingDecidedLeavesTheTable();
    void hoursProfilesAreCheckedByTheDomain();
    void draftKnowsWhenItWasSaved();
    void previewListsTheNonWorkingDaysWithTheirReasons();
    void previewFollowsTheDraftAndShowsSwappedSaturdaysAsWorking();
    void previewMarksTheMonthGrid();
    void hoursTableEditsParseAndRefuse();
};

void CalendarEditingTest::startsFromTheShippedNotice()
{
    const CalendarDraft draft;
    QVERIFY(draft.decisions(2026).source.contains(u"2026 holiday notice"_s));
    QCOMPARE(draft.tetDays(2026),
             days({"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"}));
    QCOMPARE(draft.computedTetDays(2026), draft.tetDays(2026));
    // The break runs from the Saturday before to the Sunday after (Sat 14 – Sun 22 February 2026).
    const TetBreak tet = draft.tetBreak(2026);
    QCOMPARE(tet.first, day("2026-02-14"));
    QCOMPARE(tet.last, day("2026-02-22"));
    QCOMPARE(tet.days(), 9);
    // 2025: the notice put the Saturday's compensation before the break (Monday 27 January).
    QCOMPARE(draft.tetCompensatoryDays(2025), days({"2025-01-27"}));
    QCOMPARE(draft.tetBreak(2025).first, day("2025-01-25"));
    QCOMPARE(draft.tetBreak(2025).last, day("2025-02-02"));
    QVERIFY(!draft.isModified());
}

void CalendarEditingTest::swapMakesASaturdayWorkAndAWeekdayOff()
{
    CalendarDraft draft;
    QVERIFY(draft.calendar().isWorkingDay(day("2026-01-02")));
    QVERIFY(!draft.calendar().isWorkingDay(day("2026-01-10")));
    const RuleProblem problem =
        draft.addSwap(2026, DaySwap{day("2026-01-10"), day("2026-01-02"), u"  bridge after New Year  "_s});
    QVERIFY2(problem.ok(), qPrintable(problem.message));
    QCOMPARE(problem.field, u"swaps"_s);
    QVERIFY(draft.calendar().isWorkingDay(day("2026-01-10")));
    const std::optional<DayOff> off = draft.calendar().dayOff(day("2026-01-02"));
    QVERIFY(off);
    QCOMPARE(off->reason, DayOffReason::Swapped);
    QCOMPARE(off->relatedDate, day("2026-01-10"));
    QCOMPARE(off->note, u"bridge after New Year"_s);
    // The shipped decisions of the year are kept.
    QCOMPARE(draft.decisions(2026).tetDays, std::optional<QList<QDate>>(draft.computedTetDays(2026)));
    QVERIFY(draft.isModified());

    draft.removeSwap(2026, 0);
    QVERIFY(draft.calendar().isWorkingDay(day("2026-01-02")));
    QVERIFY(!draft.calendar().isWorkingDay(day("2026-01-10")));
    QVERIFY(!draft.isModified());
}

void CalendarEditingTest::swapOnTheWrongDaysIsRefusedNextToTheField()
{
    CalendarDraft draft;
    const QJsonObject before = draft.toJson();
    RuleProblem problem = draft.addSwap(2026, DaySwap{day("2026-01-12"), day("2026-01-02"), {}});
    QCOMPARE(problem.field, u"swaps"_s);
    QCOMPARE(problem.message, u"The day worked must be a Saturday or a Sunday."_s);
    problem = draft.addSwap(2026, DaySwap{day("2026-01-10"), day("2026-01-11"), {}});
    QCOMPARE(problem.message, u"The day off in exchange must be a weekday (Monday to Friday)."_s);
    problem = draft.addSwap(2026, DaySwap{day("2028-01-08"), day("2026-01-02"), {}});
    QCOMPARE(problem.message, u"08/01/2028 is too far from 2026."_s);
    QCOMPARE(draft.toJson(), before);

    QVERIFY(draft.addSwap(2026, DaySwap{day("2026-01-10"), day("2026-01-02"), {}}).ok());
    problem = draft.addSwap(2026, DaySwap{day("2026-01-10"), day("2026-01-05"), {}});
    QCOMPARE(problem.message, u"A swap already names 10/01/2026."_s);
    QCOMPARE(draft.decisions(2026).swaps.size(), 1);
}

void CalendarEditingTest::extraDaysOffAreListedOnceAndNearTheYear()
{
    CalendarDraft draft;
    RuleProblem problem = draft.addExtraDayOff(2026, ListedDay{day("2026-12-31"), {}, u"Year-end"_s});
    QVERIFY2(problem.ok(), qPrintable(problem.message));
    QCOMPARE(reasonOn(draft, "2026-12-31"), DayOffReason::Extra);
    // Earlier days come first whatever the order they were added in.
    QVERIFY(draft.addExtraDayOff(2026, ListedDay{day("2026-06-01"), {}, {}}).ok());
    QCOMPARE(draft.decisions(2026).extraDaysOff.first().date, day("2026-06-01"));

    problem = draft.addExtraDayOff(2026, ListedDay{day("2026-12-31"), {}, {}});
    QCOMPARE(problem.field, u"extraDaysOff"_s);
    QCOMPARE(problem.message, u"31/12/2026 is already listed."_s);
    problem = draft.addExtraDayOff(2026, ListedDay{day("2028-03-01"), {}, {}});
    QCOMPARE(problem.message, u"01/03/2028 is too far from 2026."_s);
    QCOMPARE(draft.decisions(2026).extraDaysOff.size(), 2);

    draft.removeExtraDayOff(2026, 1);
    QVERIFY(draft.calendar().isWorkingDay(day("2026-12-31")));
    draft.removeExtraDayOff(2026, 5); // out of range: nothing happens
    QCOMPARE(draft.decisions(2026).extraDaysOff.size(), 1);
}

void CalendarEditingTest::tetDaysFollowTheNoticeOrTheLunarCalendar()
{
    CalendarDraft draft;
    QVERIFY(draft.calendar().isWorkingDay(day("2026-02-23")));
    QVERIFY(draft.addTetDay(2026, day("2026-02-23")).ok());
    QCOMPARE(reasonOn(draft, "2026-02-23"), DayOffReason::Holiday);
    QCOMPARE(draft.tetBreak(2026).last, day("2026-02-23"));
    QCOMPARE(draft.tetBreak(2026).days(), 10);

    RuleProblem problem = draft.addTetDay(2026, day("2026-02-23"));
    QCOMPARE(problem.field, u"tet.days"_s);
    QCOMPARE(problem.message, u"23/02/2026 is already a day of Tết."_s);
    problem = draft.addTetDay(2026, day("2027-01-04"));
    QCOMPARE(problem.message, u"The days of Tết and their compensatory days must fall in 2026."_s);

    QVERIFY(draft.removeTetDay(2026, day("2026-02-16")).ok());
    QVERIFY(draft.calendar().isWorkingDay(day("2026-02-16")));
    QCOMPARE(draft.tetBreak(2026).first, day("2026-02-17"));

    // Every day removed: the domain refuses, and says how to go back to the lunar calendar's days.
    problem = draft.setTetDays(2026, QList<QDate>{});
    QVERIFY(problem.message.startsWith(u"Tết needs at least one day"_s));
    QVERIFY(draft.setTetDays(2026, std::nullopt).ok());
    QVERIFY(!draft.decisions(2026).tetDays);
    QCOMPARE(draft.tetDays(2026), draft.computedTetDays(2026));
    QVERIFY(draft.calendar().isWorkingDay(day("2026-02-23")));
}

void CalendarEditingTest::tetCompensatoryDaysReplaceTheComputedOnes()
{
    // Lunar New Year 2027 is Saturday 6 February: Tết is Fri 5 – Tue 9, and its weekend days are made up
    // on the next working days, Wednesday 10 and Thursday 11.
    CalendarDraft draft;
    QCOMPARE(draft.tetDays(2027),
             days({"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"}));
    QCOMPARE(draft.tetCompensatoryDays(2027), days({"2027-02-10", "2027-02-11"}));

    // The notice makes one of them up before the break instead.
    QVERIFY(draft.removeTetCompensatoryDay(2027, day("2027-02-11")).ok());
    QVERIFY(draft.addTetCompensatoryDay(2027, day("2027-02-04")).ok());
    QCOMPARE(draft.decisions(2027).tetCompensatoryDays,
             std::optional<QList<QDate>>(days({"2027-02-04", "2027-02-10"})));
    QVERIFY(draft.calendar().isWorkingDay(day("2027-02-11")));
    QCOMPARE(reasonOn(draft, "2027-02-04"), DayOffReason::Compensatory);
    QCOMPARE(draft.tetBreak(2027).first, day("2027-02-04"));
    QCOMPARE(draft.tetBreak(2027).last, day("2027-02-10"));

    RuleProblem problem = draft.addTetCompensatoryDay(2027, day("2027-02-04"));
    QCOMPARE(problem.field, u"tet.compensatoryDays"_s);
    QCOMPARE(problem.message, u"04/02/2027 is already a compensatory day."_s);
    problem = draft.addTetCompensatoryDay(2027, day("2026-12-31"));
    QCOMPARE(problem.message, u"The days of Tết and their compensatory days must fall in 2027."_s);

    QVERIFY(draft.setTetCompensatoryDays(2027, std::nullopt).ok());
    QCOMPARE(draft.tetCompensatoryDays(2027), days({"2027-02-10", "2027-02-11"}));
    QCOMPARE(draft.calendar().overrides().forYear(2027), nullptr);
}

void CalendarEditingTest::nationalDayAdjacentIsTheFirstOrTheThird()
{
    CalendarDraft draft;
    QCOMPARE(reasonOn(draft, "2026-09-01"), DayOffReason::Holiday);
    QVERIFY(draft.setNationalDayAdjacent(2026, day("2026-09-03")).ok());
    QCOMPARE(reasonOn(draft, "2026-09-03"), DayOffReason::Holiday);
    QVERIFY(draft.calendar().isWorkingDay(day("2026-09-01")));
    const RuleProblem problem = draft.setNationalDayAdjacent(2026, day("2026-09-04"));
    QCOMPARE(problem.field, u"nationalDayAdjacent"_s);
    QCOMPARE(problem.message, u"The day beside National Day is 1 or 3 September."_s);
    QVERIFY(draft.setNationalDayAdjacent(2026, QDate()).ok());
    QCOMPARE(reasonOn(draft, "2026-09-01"), DayOffReason::Holiday);
}

void CalendarEditingTest::aYearWithNothingDecidedLeavesTheTable()
{
    CalendarDraft draft;
    QVERIFY(draft.setSource(2030, u"  Thông báo 6150/TB-LĐTBXH  "_s).ok());
    QCOMPARE(draft.decisions(2030).source, u"Thông báo 6150/TB-LĐTBXH"_s);
    QVERIFY(draft.calendar().overrides().forYear(2030));
    QVERIFY(draft.setSource(2030, QString()).ok());
    QCOMPARE(draft.calendar().overrides().forYear(2030), nullptr);
    QCOMPARE(draft.decisions(2030).year, 2030);
    QCOMPARE(draft.setSource(2300, u"x"_s).message, u"The calendar covers the years 1900 to 2199."_s);
}

void CalendarEditingTest::hoursProfilesAreCheckedByTheDomain()
{
    CalendarDraft draft;
    const QList<HoursProfile> seasons{profile(u"summer"_s, 4, 15, 10, 14, kSummer),
                                      profile(u"winter"_s, 10, 15, 4, 14, kWinter)};
    RuleProblem problem = draft.setHoursProfiles(seasons);
    QVERIFY2(problem.ok(), qPrintable(problem.message));
    QCOMPARE(draft.calendar().workingHours().periodsOn(day("2026-07-01")), kSummer);
    QCOMPARE(draft.calendar().workingHours().periodsOn(day("2026-12-01")), kWinter);

    QList<HoursProfile> overlapping = seasons;
    overlapping[1].fromDay = 10;
    problem = draft.setHoursProfiles(overlapping);
    QCOMPARE(problem.field, u"workingHours"_s);
    QCOMPARE(problem.message, u"The profiles summer and winter both cover 10/10."_s);
    QList<HoursProfile> gap = seasons;
    gap[1].fromDay = 20;
    QCOMPARE(draft.setHoursProfiles(gap).message,
             u"No profile covers 15/10: the profiles must cover the whole year."_s);
    QList<HoursProfile> backwards = seasons;
    backwards[0].periods = {{QTime(11, 30), QTime(7, 0)}};
    QCOMPARE(draft.setHoursProfiles(backwards).message,
             u"Profile summer: each period must start before it ends."_s);
    QList<HoursProfile> crossing = seasons;
    crossing[1].name.clear();
    crossing[1].periods = {{QTime(7, 30), QTime(12, 0)}, {QTime(11, 0), QTime(16, 30)}};
    QCOMPARE(draft.setHoursProfiles(crossing).message,
             u"Profile #2: the periods must follow one another without overlapping."_s);
    QCOMPARE(draft.setHoursProfiles({}).message, u"Keep at least one profile of office hours."_s);
    // Every refusal kept the last accepted hours.
    QCOMPARE(draft.calendar().workingHours().profiles(), seasons);
}

void CalendarEditingTest::draftKnowsWhenItWasSaved()
{
    CalendarDraft draft;
    QVERIFY(draft.addExtraDayOff(2026, ListedDay{day("2026-12-31"), {}, {}}).ok());
    QVERIFY(draft.isModified());
    QString error;
    const WorkingCalendar sent = WorkingCalendar::fromJson(draft.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sent.nonWorkingDays(2026), draft.calendar().nonWorkingDays(2026));
    draft.markSaved();
    QVERIFY(!draft.isModified());
}

void CalendarEditingTest::previewListsTheNonWorkingDaysWithTheirReasons()
{
    NonWorkingDayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDisplayLocale(QLocale::c());
    model.setCalendar(WorkingCalendar::regulationDefaults(), 2026);
    // Hùng Kings' day 2026 (10th day of the 3rd lunar month) is Sunday 26 April: made up on Monday 27.
    QCOMPARE(linesOf(model), QStringList({
                                 u"01/01/2026 | Thursday | Public holiday | New Year's Day"_s,
                                 u"16/02/2026 | Monday | Public holiday | Lunar New Year (Tet)"_s,
                                 u"17/02/2026 | Tuesday | Public holiday | Lunar New Year (Tet)"_s,
                                 u"18/02/2026 | Wednesday | Public holiday | Lunar New Year (Tet)"_s,
                                 u"19/02/2026 | Thursday | Public holiday | Lunar New Year (Tet)"_s,
                                 u"20/02/2026 | Friday | Public holiday | Lunar New Year (Tet)"_s,
                                 u"26/04/2026 | Sunday | Public holiday | Hung Kings' Commemoration Day"_s,
                                 u"27/04/2026 | Monday | Compensatory day off | Makes up for Hung Kings' "
                                 u"Commemoration Day (26/04/2026)"_s,
                                 u"30/04/2026 | Thursday | Public holiday | Reunification Day (30 April)"_s,
                                 u"01/05/2026 | Friday | Public holiday | International Labour Day"_s,
                                 u"01/09/2026 | Tuesday | Public holiday | National Day (adjacent day)"_s,
                                 u"02/09/2026 | Wednesday | Public holiday | National Day"_s,
                             }));
    QCOMPARE(model.index(7, 0).data(NonWorkingDayModel::ReasonRole).toString(), u"compensatory"_s);
    QCOMPARE(model.index(7, 0).data(NonWorkingDayModel::DateRole).toDate(), day("2026-04-27"));
    QCOMPARE(model.headerData(NonWorkingDayModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);

    model.setShowWeekends(true);
    // 104 weekend days in 2026, one of them (26 April) already listed as the holiday.
    QCOMPARE(model.rowCount(), 12 + 104 - 1);
    QCOMPARE(model.index(model.rowOf(day("2026-01-03")), NonWorkingDayModel::StatusColumn).data().toString(),
             u"Weekend"_s);
    QCOMPARE(model.rowOf(day("2026-01-05")), -1);
}

void CalendarEditingTest::previewFollowsTheDraftAndShowsSwappedSaturdaysAsWorking()
{
    NonWorkingDayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDisplayLocale(QLocale::c());
    CalendarDraft draft;
    QVERIFY(draft.addSwap(2026, DaySwap{day("2026-01-10"), day("2026-01-02"), u"bridge"_s}).ok());
    QVERIFY(draft.addExtraDayOff(2026, ListedDay{day("2026-12-31"), {}, u"Year-end"_s}).ok());
    model.setCalendar(draft.calendar(), 2026);

    const int swapped = model.rowOf(day("2026-01-02"));
    QVERIFY(swapped >= 0);
    QCOMPARE(model.index(swapped, NonWorkingDayModel::StatusColumn).data().toString(),
             u"Day off (swapped)"_s);
    QCOMPARE(model.index(swapped, NonWorkingDayModel::DetailColumn).data().toString(),
             u"Worked instead on 10/01/2026 · bridge"_s);
    const int worked = model.rowOf(day("2026-01-10"));
    QVERIFY(worked > swapped);
    QVERIFY(model.index(worked, 0).data(NonWorkingDayModel::WorkingRole).toBool());
    QCOMPARE(model.index(worked, NonWorkingDayModel::StatusColumn).data().toString(),
             u"Working day (swapped)"_s);
    QCOMPARE(model.index(worked, NonWorkingDayModel::DetailColumn).data().toString(),
             u"Worked in exchange for 02/01/2026 · bridge"_s);
    const int extra = model.rowOf(day("2026-12-31"));
    QCOMPARE(model.index(extra, NonWorkingDayModel::StatusColumn).data().toString(), u"Extra day off"_s);
    QCOMPARE(model.index(extra, NonWorkingDayModel::DetailColumn).data().toString(), u"Year-end"_s);

    // A swap of next year's notice that reaches back into this year shows here too.
    QVERIFY(draft.addSwap(2027, DaySwap{day("2026-12-26"), day("2027-01-04"), {}}).ok());
    model.setCalendar(draft.calendar(), 2026);
    QVERIFY(model.index(model.rowOf(day("2026-12-26")), 0).data(NonWorkingDayModel::WorkingRole).toBool());
    QCOMPARE(model.year(), 2026);
}

void CalendarEditingTest::previewMarksTheMonthGrid()
{
    NonWorkingDayModel model;
    CalendarDraft draft;
    QVERIFY(draft.addSwap(2026, DaySwap{day("2026-01-10"), day("2026-01-02"), {}}).ok());
    model.setCalendar(draft.calendar(), 2026);
    QCOMPARE(model.markOn(day("2026-01-01")), DayMark::Holiday);
    QCOMPARE(model.markOn(day("2026-01-02")), DayMark::DayOff);
    QCOMPARE(model.markOn(day("2026-01-03")), DayMark::Weekend);
    QCOMPARE(model.markOn(day("2026-01-05")), DayMark::Working);
    QCOMPARE(model.markOn(day("2026-01-10")), DayMark::WorkedRestDay);
    QCOMPARE(model.markOn(day("2026-04-27")), DayMark::DayOff);
    // Days outside the previewed year are marked too (the grid shows the edges of neighbouring months).
    QCOMPARE(model.markOn(day("2027-01-01")), DayMark::Holiday);
}

void CalendarEditingTest::hoursTableEditsParseAndRefuse()
{
    HoursProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refused(&model, &HoursProfileModel::refused);
    model.setProfiles(WorkingHours::standard().profiles());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HoursProfileModel::FromColumn).data().toString(), u"01/01"_s);
    QCOMPARE(model.index(0, HoursProfileModel::ToColumn).data().toString(), u"31/12"_s);
    QCOMPARE(model.index(0, HoursProfileModel::PeriodsColumn).data().toString(),
             u"07:30-11:30, 13:30-17:00"_s);

    QVERIFY(model.setData(model.index(0, HoursProfileModel::NameColumn), u" summer "_s));
    QVERIFY(model.setData(model.index(0, HoursProfileModel::FromColumn), u"15/4"_s));
    QVERIFY(model.setData(model.index(0, HoursProfileModel::ToColumn), u"14/10"_s));
    QVERIFY(model.setData(model.index(0, HoursProfileModel::PeriodsColumn), u"7:00–11:30; 13:30-17:00"_s));
    QVERIFY(model.insertRows(1, 1));
    QCOMPARE(model.profiles()[1].periods, kSummer); // copied from the row above
    QVERIFY(model.setData(model.index(1, HoursProfileModel::NameColumn), u"winter"_s));
    QVERIFY(model.setData(model.index(1, HoursProfileModel::FromColumn), u"15/10"_s));
    QVERIFY(model.setData(model.index(1, HoursProfileModel::ToColumn), u"14/04"_s));
    QVERIFY(model.setData(model.index(1, HoursProfileModel::PeriodsColumn), u"07:30-11:30, 13:00-16:30"_s));
    QCOMPARE(model.profiles(), QList<HoursProfile>({profile(u"summer"_s, 4, 15, 10, 14, kSummer),
                                                    profile(u"winter"_s, 10, 15, 4, 14, kWinter)}));
    QVERIFY(refused.isEmpty());

    QVERIFY(!model.setData(model.index(1, HoursProfileModel::FromColumn), u"31/02"_s));
    QVERIFY(!model.setData(model.index(1, HoursProfileModel::PeriodsColumn), u"morning"_s));
    QVERIFY(!model.setData(model.index(1, HoursProfileModel::PeriodsColumn), u"25:00-26:00"_s));
    QCOMPARE(refused.size(), 3);
    QCOMPARE(refused.first().first().toString(), u"\"31/02\" is not a day and month (dd/MM), e.g. 15/10."_s);
    QCOMPARE(model.profiles()[1], profile(u"winter"_s, 10, 15, 4, 14, kWinter));
    // 29 February may start or end a season.
    QVERIFY(model.setData(model.index(1, HoursProfileModel::ToColumn), u"29/02"_s));

    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.removeRows(1, 1));
    QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(CalendarEditingTest)
#include "tst_items_calendar_editing.moc"
