// The administrator's time rules, offscreen (issue [5/6] items 4 and 6; requirements "Time rules used by
// every deadline"): the working-calendar editor edits a year (a swapped Saturday, an extra day off, other
// Tết days) and its preview and month grid follow before anything is saved; a refused edit is shown next to
// its field; the SLA policy editor holds R-10's cap; and, against a real store on loopback, only the
// administrator's console has the Administration menu, which opens the editors on the store's rules.
#include "CalendarEditor.h"
#include "CalendarPreview.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "SlaPolicyEditor.h"
#include "StoreFixture.h"
#include "UiConsole.h"

#include "items/HoursProfileModel.h"
#include "items/NonWorkingDayModel.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;
using namespace paht::ui;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;
using paht::ui::testing::Console;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

template <typename Widget>
Widget* child(QWidget* parent, const QString& name)
{
    auto* found = parent->findChild<Widget*>(name);
    if (!found)
        qWarning("no %s named %s", Widget::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Fills a day list's inputs and presses its Add button.
void addDay(QWidget* editor, const QString& list, const QDate& first, const QDate& second = {},
            const QString& note = {})
{
    child<QDateEdit>(editor, list + u"First"_s)->setDate(first);
    if (second.isValid())
        child<QDateEdit>(editor, list + u"Second"_s)->setDate(second);
    if (!note.isEmpty())
        child<QLineEdit>(editor, list + u"Note"_s)->setText(note);
    QTest::mouseClick(child<QPushButton>(editor, list + u"Add"_s), Qt::LeftButton);
}

// The preview's status and detail columns for `date`, or "" when the date is not listed.
QString previewOf(CalendarEditor& editor, const QDate& date)
{
    const NonWorkingDayModel* model = editor.preview()->model();
    const int row = model->rowOf(date);
    if (row < 0)
        return {};
    return model->index(row, NonWorkingDayModel::StatusColumn).data().toString() + u" | "_s +
           model->index(row, NonWorkingDayModel::DetailColumn).data().toString();
}

DayMark gridMark(CalendarEditor& editor, const QDate& date)
{
    return DayMark(
        editor.preview()->grid()->dateTextFormat(date).property(QTextFormat::UserProperty).toInt());
}

QStringList linesOf(QListWidget* list)
{
    QStringList lines;
    for (int row = 0; row < list->count(); ++row)
        lines << list->item(row)->text();
    return lines;
}

// The intake deadline the store stamped on a report, in Vietnamese wall-clock time.
QString intakeDeadline(StoreFixture& store, const QString& reportId)
{
    const QJsonObject report = store.get(u"/api/v1/reports/"_s + reportId, store.login(u"supervisor"_s))
                                   .json()
                                   .value(u"report"_s)
                                   .toObject();
    const QDateTime deadline = QDateTime::fromString(
        report.value(u"intake"_s).toObject().value(u"deadline"_s).toString(), Qt::ISODateWithMs);
    return deadline.toTimeZone(WorkingCalendar::timeZone()).toString(u"ddd dd/MM HH:mm"_s);
}

Directory smallDirectory()
{
    Directory directory;
    Agency sxd;
    sxd.code = u"SXD"_s;
    sxd.name = u"Sở Xây dựng"_s;
    directory.add(sxd);
    Category water;
    water.code = u"cap_nuoc"_s;
    water.name = u"Cấp nước"_s;
    directory.add(water);
    return directory;
}

} // namespace

class AdminCalendarUiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    QSettings settings() const { return QSettings(m_settingsDir.filePath(u"c.ini"_s), QSettings::IniFormat); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void editingAYearUpdatesThePreviewBeforeSaving()
    {
        CalendarEditor editor(WorkingCalendar::regulationDefaults(), 2026);
        editor.show();
        auto* save = child<QPushButton>(&editor, u"save"_s);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        QCOMPARE(previewOf(editor, day("2026-01-02")), QString());
        QCOMPARE(gridMark(editor, day("2026-01-10")), DayMark::Weekend);
        QVERIFY(linesOf(child<QListWidget>(&editor, u"holidays"_s))
                    .contains(u"Sun 26/04/2026 — Hung Kings' Commemoration Day"_s));

        // Saturday 10 January worked for Friday 2 January off, the bridge after New Year's Day.
        addDay(&editor, u"swaps"_s, day("2026-01-10"), day("2026-01-02"), u"bridge after New Year"_s);
        QCOMPARE(linesOf(child<QListWidget>(&editor, u"swapsList"_s)),
                 QStringList{u"Sat 10/01/2026 worked, Fri 02/01/2026 off — bridge after New Year"_s});
        QCOMPARE(previewOf(editor, day("2026-01-02")),
                 u"Day off (swapped) | Worked instead on 10/01/2026 · bridge after New Year"_s);
        QCOMPARE(previewOf(editor, day("2026-01-10")),
                 u"Working day (swapped) | Worked in exchange for 02/01/2026 · bridge after New Year"_s);
        QCOMPARE(gridMark(editor, day("2026-01-10")), DayMark::WorkedRestDay);
        QCOMPARE(gridMark(editor, day("2026-01-02")), DayMark::DayOff);
        QVERIFY(child<QLineEdit>(&editor, u"swapsNote"_s)->text().isEmpty());
        QVERIFY(save->isEnabled());

        // A Monday cannot be the day worked: refused next to the swaps, nothing added.
        addDay(&editor, u"swaps"_s, day("2026-01-12"), day("2026-01-09"));
        auto* swapProblem = child<QLabel>(&editor, u"swapsProblem"_s);
        QVERIFY(swapProblem->isVisible());
        QCOMPARE(swapProblem->text(), u"The day worked must be a Saturday or a Sunday."_s);
        QCOMPARE(child<QListWidget>(&editor, u"swapsList"_s)->count(), 1);
        QCOMPARE(previewOf(editor, day("2026-01-09")), QString());

        // An extra day off on New Year's Eve.
        addDay(&editor, u"extraDays"_s, day("2026-12-31"), {}, u"Year-end"_s);
        QCOMPARE(previewOf(editor, day("2026-12-31")), u"Extra day off | Year-end"_s);
        QCOMPARE(gridMark(editor, day("2026-12-31")), DayMark::DayOff);
        // Its line in the preview turns the grid to December.
        QCOMPARE(editor.preview()->grid()->monthShown(), 1);
        QTableView* table = editor.preview()->table();
        const QModelIndex line =
            table->model()->index(editor.preview()->model()->rowOf(day("2026-12-31")), 0);
        table->scrollTo(line);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(line).center());
        QCOMPARE(editor.preview()->grid()->monthShown(), 12);
        QCOMPARE(editor.preview()->grid()->selectedDate(), day("2026-12-31"));

        // Tết: the notice adds Monday 23 February and gives back Monday 16 February.
        QVERIFY(child<QCheckBox>(&editor, u"tetFromNotice"_s)->isChecked()); // the shipped 2026 notice
        addDay(&editor, u"tet"_s, day("2026-02-23"));
        QCOMPARE(previewOf(editor, day("2026-02-23")), u"Public holiday | Lunar New Year (Tet)"_s);
        QCOMPARE(gridMark(editor, day("2026-02-23")), DayMark::Holiday);
        QCOMPARE(child<QLabel>(&editor, u"tetBreak"_s)->text(),
                 u"Tết break: Sat 14/02/2026 to Mon 23/02/2026 (10 days)"_s);
        auto* tetList = child<QListWidget>(&editor, u"tetList"_s);
        QCOMPARE(tetList->item(0)->text(), u"Mon 16/02/2026"_s);
        tetList->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&editor, u"tetRemove"_s), Qt::LeftButton);
        QCOMPARE(previewOf(editor, day("2026-02-16")), QString());
        QCOMPARE(gridMark(editor, day("2026-02-16")), DayMark::Working);
        QCOMPARE(tetList->count(), 5);

        // Back to the lunar calendar's days: the list is read-only again and 23 February works.
        child<QCheckBox>(&editor, u"tetFromNotice"_s)->setChecked(false);
        QVERIFY(!child<QPushButton>(&editor, u"tetAdd"_s)->isVisibleTo(&editor));
        QCOMPARE(previewOf(editor, day("2026-02-23")), QString());
        QCOMPARE(previewOf(editor, day("2026-02-16")), u"Public holiday | Lunar New Year (Tet)"_s);

        // The draft holds every decision, ready to send.
        const YearOverride decisions = editor.draft().decisions(2026);
        QCOMPARE(decisions.swaps.size(), 1);
        QCOMPARE(decisions.extraDaysOff.size(), 1);
        QVERIFY(!decisions.tetDays);
        QSignalSpy saveRequested(&editor, &CalendarEditor::saveRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saveRequested.size(), 1);
    }

    void anotherYearShowsItsOwnDecisions()
    {
        CalendarEditor editor(WorkingCalendar::regulationDefaults(), 2026);
        editor.show();
        addDay(&editor, u"extraDays"_s, day("2029-01-02"));
        QVERIFY(child<QLabel>(&editor, u"extraDaysProblem"_s)->isVisible());
        child<QSpinBox>(&editor, u"year"_s)->setValue(2027);
        QVERIFY(!child<QLabel>(&editor, u"extraDaysProblem"_s)->isVisible()); // it was about 2026
        QCOMPARE(editor.preview()->model()->year(), 2027);
        QCOMPARE(editor.preview()->grid()->yearShown(), 2027);
        // Lunar New Year 2027 is a Saturday: its weekend days are made up on Wednesday 10 and Thursday 11.
        QCOMPARE(linesOf(child<QListWidget>(&editor, u"compensatoryList"_s)),
                 QStringList({u"Wed 10/02/2027"_s, u"Thu 11/02/2027"_s}));
        QVERIFY(!child<QCheckBox>(&editor, u"compensatoryFromNotice"_s)->isChecked());
        QCOMPARE(previewOf(editor, day("2027-02-11")),
                 u"Compensatory day off | Makes up for Lunar New Year (Tet) (07/02/2027)"_s);

        // The notice makes one of them up before the break instead.
        child<QCheckBox>(&editor, u"compensatoryFromNotice"_s)->setChecked(true);
        auto* list = child<QListWidget>(&editor, u"compensatoryList"_s);
        list->setCurrentRow(1);
        QTest::mouseClick(child<QPushButton>(&editor, u"compensatoryRemove"_s), Qt::LeftButton);
        addDay(&editor, u"compensatory"_s, day("2027-02-04"));
        QCOMPARE(linesOf(list), QStringList({u"Thu 04/02/2027"_s, u"Wed 10/02/2027"_s}));
        QCOMPARE(previewOf(editor, day("2027-02-11")), QString());
        QCOMPARE(gridMark(editor, day("2027-02-04")), DayMark::DayOff);

        // The notice's name, and the day beside National Day moved to 3 September.
        auto* source = child<QLineEdit>(&editor, u"source"_s);
        source->setText(u"Thông báo 6150/TB-LĐTBXH"_s);
        emit source->editingFinished();
        QCOMPARE(editor.draft().decisions(2027).source, u"Thông báo 6150/TB-LĐTBXH"_s);
        auto* nationalDay = child<QComboBox>(&editor, u"nationalDayAdjacent"_s);
        const int third = nationalDay->findData(day("2027-09-03"));
        QVERIFY(third > 0);
        nationalDay->setCurrentIndex(third);
        emit nationalDay->activated(third);
        QCOMPARE(previewOf(editor, day("2027-09-03")), u"Public holiday | National Day (adjacent day)"_s);
        QCOMPARE(nationalDay->currentIndex(), third);

        // Back in 2026, its decisions are untouched.
        child<QSpinBox>(&editor, u"year"_s)->setValue(2026);
        QVERIFY(child<QLineEdit>(&editor, u"source"_s)->text().startsWith(u"2026 holiday notice"_s));
        QCOMPARE(previewOf(editor, day("2026-09-01")), u"Public holiday | National Day (adjacent day)"_s);
    }

    void officeHoursAreCheckedBeforeSaving()
    {
        CalendarEditor editor(WorkingCalendar::regulationDefaults(), 2026);
        editor.show();
        auto* table = child<QTableView>(&editor, u"hoursTable"_s);
        QAbstractItemModel* hours = table->model();
        auto* save = child<QPushButton>(&editor, u"save"_s);
        auto* problem = child<QLabel>(&editor, u"hoursProblem"_s);

        // Summer hours from 15 April to 14 October, winter hours the rest of the year. On the way the table
        // passes through states the domain refuses: each is shown, and saving waits.
        hours->setData(hours->index(0, HoursProfileModel::FromColumn), u"15/04"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"No profile covers 01/01: the profiles must cover the whole year."_s);
        QVERIFY(!save->isEnabled());
        hours->setData(hours->index(0, HoursProfileModel::ToColumn), u"14/10"_s);
        QTest::mouseClick(child<QPushButton>(&editor, u"hoursAdd"_s), Qt::LeftButton);
        QCOMPARE(hours->rowCount(), 2);
        QCOMPARE(problem->text(), u"The profiles all year and #2 both cover 15/04."_s);
        hours->setData(hours->index(1, HoursProfileModel::FromColumn), u"15/10"_s);
        QCOMPARE(problem->text(), u"No profile covers 01/01: the profiles must cover the whole year."_s);
        QVERIFY(!save->isEnabled());
        hours->setData(hours->index(1, HoursProfileModel::ToColumn), u"14/04"_s);
        hours->setData(hours->index(1, HoursProfileModel::PeriodsColumn), u"07:30-11:30, 13:00-16:30"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(save->isEnabled());
        const QList<WorkingPeriod> winter{{QTime(7, 30), QTime(11, 30)}, {QTime(13, 0), QTime(16, 30)}};
        QCOMPARE(editor.draft().calendar().workingHours().periodsOn(day("2026-11-02")), winter);

        QVERIFY(!hours->setData(hours->index(1, HoursProfileModel::PeriodsColumn), u"after lunch"_s));
        QCOMPARE(problem->text(),
                 u"\"after lunch\" is not a list of office hours, e.g. 07:30-11:30, 13:30-17:00."_s);
    }

    void slaPolicyEditorHoldsTheLimitsOfTheRegulation()
    {
        SlaPolicyEditor editor(SlaPolicy::regulationDefaults(), smallDirectory());
        editor.show();
        auto* save = child<QPushButton>(&editor, u"save"_s);
        QVERIFY(!save->isEnabled());
        auto* processing = child<QSpinBox>(&editor, u"duration_processing"_s);
        auto* problem = child<QLabel>(&editor, u"problem_processing"_s);
        QCOMPARE(processing->value(), 5);
        QCOMPARE(child<QSpinBox>(&editor, u"dueSoon_publication"_s)->value(), 15);

        processing->setValue(6);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"Handling may take at most 5 working days (R-10)."_s);
        QVERIFY(!save->isEnabled());
        processing->setValue(4);
        QVERIFY(!problem->isVisible());
        QVERIFY(save->isEnabled());
        auto* unit = child<QComboBox>(&editor, u"unit_processing"_s);
        unit->setCurrentIndex(1); // working hours
        QCOMPARE(problem->text(), u"Handling is counted in working days (R-10)."_s);
        QVERIFY(!save->isEnabled());
        unit->setCurrentIndex(0);
        QVERIFY(save->isEnabled());
        child<QSpinBox>(&editor, u"dueSoon_intake"_s)->setValue(90);
        child<QSpinBox>(&editor, u"duration_publication"_s)->setValue(2);
        QCOMPARE(editor.draft().policy().duration(SlaStage::Processing), SlaDuration::workingDays(4));
        QCOMPARE(editor.draft().policy().duration(SlaStage::Publication), SlaDuration::workingHours(2));
        QCOMPARE(editor.draft().dueSoonMinutes(SlaStage::Intake), 90);

        // SXD handles within 3 working days; 8 is refused next to the overrides.
        auto* code = child<QComboBox>(&editor, u"overrideCode"_s);
        QCOMPARE(code->currentText(), u"SXD — Sở Xây dựng"_s);
        auto* amount = child<QSpinBox>(&editor, u"overrideAmount"_s);
        amount->setValue(8);
        QTest::mouseClick(child<QPushButton>(&editor, u"overrideAdd"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&editor, u"overrideProblem"_s)->text(),
                 u"Handling may take at most 5 working days (R-10)."_s);
        amount->setValue(3);
        QTest::mouseClick(child<QPushButton>(&editor, u"overrideAdd"_s), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&editor, u"overrideProblem"_s)->isVisible());
        auto* overrides = child<QTableView>(&editor, u"overrideTable"_s);
        QCOMPARE(overrides->model()->rowCount(), 1);
        QCOMPARE(overrides->model()->index(0, 1).data().toString(), u"SXD — Sở Xây dựng"_s);
        QCOMPARE(editor.draft().policy().duration(SlaStage::Processing, u"SXD"_s),
                 SlaDuration::workingDays(3));
        // The category list follows the scope.
        child<QComboBox>(&editor, u"overrideScope"_s)->setCurrentIndex(1);
        QCOMPARE(code->currentText(), u"cap_nuoc — Cấp nước"_s);

        overrides->setCurrentIndex(overrides->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(&editor, u"overrideRemove"_s), Qt::LeftButton);
        QCOMPARE(overrides->model()->rowCount(), 0);

        QSignalSpy saveRequested(&editor, &SlaPolicyEditor::saveRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saveRequested.size(), 1);
    }

    void onlyTheAdministratorHasTheAdministrationMenu()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString url = store.url(QString()).toString();
        QSettings s = settings();
        {
            Console supervisor(store.clock());
            QVERIFY(supervisor.login(url, u"supervisor"_s));
            MainWindow window(supervisor.session, s);
            QCOMPARE(window.menuBar()->findChild<QMenu*>(u"adminMenu"_s), nullptr);
            QCOMPARE(window.findChild<QAction*>(u"calendarEditorAction"_s), nullptr);
        }
        Console admin(store.clock());
        QVERIFY(admin.login(url, u"admin"_s));
        MainWindow window(admin.session, s);
        window.show();
        auto* menu = window.menuBar()->findChild<QMenu*>(u"adminMenu"_s);
        QVERIFY(menu);
        QVERIFY(menu->menuAction()->isVisible());

        // The editors open on the store's current rules, on the year of the store's clock.
        window.findChild<QAction*>(u"calendarEditorAction"_s)->trigger();
        CalendarEditor* calendar = nullptr;
        QTRY_VERIFY((calendar = window.findChild<CalendarEditor*>()) != nullptr);
        QVERIFY(calendar->isVisible());
        QCOMPARE(calendar->year(), 2026);
        QCOMPARE(previewOf(*calendar, day("2026-02-16")), u"Public holiday | Lunar New Year (Tet)"_s);
        window.findChild<QAction*>(u"calendarEditorAction"_s)->trigger(); // raises the open one
        QTest::qWait(50);
        QCOMPARE(window.findChildren<CalendarEditor*>().size(), 1);

        window.findChild<QAction*>(u"slaPolicyAction"_s)->trigger();
        SlaPolicyEditor* policy = nullptr;
        QTRY_VERIFY((policy = window.findChild<SlaPolicyEditor*>()) != nullptr);
        QCOMPARE(child<QSpinBox>(policy, u"duration_processing"_s)->value(), 5);
        // The store's directory names the agencies an override may apply to.
        QVERIFY(child<QComboBox>(policy, u"overrideCode"_s)->findData(u"SXD"_s) >= 0);
    }

    void savedRulesComeBackFromTheStoreAndSetLaterDeadlines()
    {
        StoreFixture store; // Monday 9 March 2026, 09:00 in Hạ Long
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString intake = store.login(u"intake"_s);
        QCOMPARE(intakeDeadline(store, store.submitReport(intake)), u"Tue 10/03 09:00"_s);
        Console admin(store.clock());
        QVERIFY(admin.login(store.url(QString()).toString(), u"admin"_s));
        QSettings s = settings();
        MainWindow window(admin.session, s);
        window.show();

        // Tuesday 10 March off: a storm.
        window.findChild<QAction*>(u"calendarEditorAction"_s)->trigger();
        CalendarEditor* calendar = nullptr;
        QTRY_VERIFY((calendar = window.findChild<CalendarEditor*>()) != nullptr);
        addDay(calendar, u"extraDays"_s, day("2026-03-10"), {}, u"Bão số 3"_s);
        addDay(calendar, u"swaps"_s, day("2026-03-21"), day("2026-03-20"), u"bridge"_s);
        auto* status = child<QLabel>(calendar, u"status"_s);
        QTest::mouseClick(child<QPushButton>(calendar, u"save"_s), Qt::LeftButton);
        QTRY_COMPARE(status->text(), u"Saved: deadlines set from now on follow this calendar."_s);
        QVERIFY(!child<QPushButton>(calendar, u"save"_s)->isEnabled());

        const QString token = store.login(u"admin"_s);
        QJsonObject current = store.get(u"/api/v1/sla-policy"_s, token).json();
        QString error;
        const WorkingCalendar stored =
            WorkingCalendar::fromJson(current.value(u"calendar"_s).toObject(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.dayOff(day("2026-03-10"))->note, u"Bão số 3"_s);
        QVERIFY(stored.isWorkingDay(day("2026-03-21")));
        QCOMPARE(stored.yearPlan(2026).source, calendar->draft().decisions(2026).source);
        // The console's own previews follow at once.
        QVERIFY(!admin.session.calendar().isWorkingDay(day("2026-03-10")));
        QCOMPARE(intakeDeadline(store, store.submitReport(intake)), u"Wed 11/03 09:00"_s);

        // Intake within 2 working days, and SXD handles within 3.
        window.findChild<QAction*>(u"slaPolicyAction"_s)->trigger();
        SlaPolicyEditor* policy = nullptr;
        QTRY_VERIFY((policy = window.findChild<SlaPolicyEditor*>()) != nullptr);
        child<QSpinBox>(policy, u"duration_intake"_s)->setValue(2);
        auto* code = child<QComboBox>(policy, u"overrideCode"_s);
        code->setCurrentIndex(code->findData(u"SXD"_s));
        child<QSpinBox>(policy, u"overrideAmount"_s)->setValue(3);
        QTest::mouseClick(child<QPushButton>(policy, u"overrideAdd"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(policy, u"save"_s), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(policy, u"status"_s)->text(),
                     u"Saved: deadlines set from now on follow these time limits."_s);

        current = store.get(u"/api/v1/sla-policy"_s, token).json();
        const SlaPolicy storedPolicy = SlaPolicy::fromJson(current.value(u"policy"_s).toObject(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(storedPolicy.duration(SlaStage::Intake), SlaDuration::workingDays(2));
        QCOMPARE(storedPolicy.duration(SlaStage::Processing, u"SXD"_s), SlaDuration::workingDays(3));
        QCOMPARE(admin.session.policy().duration(SlaStage::Intake), SlaDuration::workingDays(2));
        // The calendar saved before still holds: 2 working days from Monday skip the storm's Tuesday.
        QCOMPARE(intakeDeadline(store, store.submitReport(intake)), u"Thu 12/03 09:00"_s);
    }

    void theStoreRefusesTheRulesOfANonAdministrator()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString supervisor = store.login(u"supervisor"_s);
        const QJsonObject calendar{{u"calendar"_s, WorkingCalendar::regulationDefaults().toJson()}};
        QCOMPARE(
            store.request("PUT", u"/api/v1/admin/calendar"_s, QJsonDocument(calendar).toJson(), supervisor)
                .status,
            403);
        const QJsonObject policy{{u"policy"_s, SlaPolicy::regulationDefaults().toJson()}};
        QCOMPARE(
            store.request("PUT", u"/api/v1/admin/sla-policy"_s, QJsonDocument(policy).toJson(), supervisor)
                .status,
            403);
    }
};

QTEST_MAIN(AdminCalendarUiTest)
#include "tst_ui_admin_calendar.moc"
