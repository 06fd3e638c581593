// DeadlineIndicator and DeadlineGauge: which stage a user sees, its status and words at chosen instants,
// the working day that splits days from hours, and the urgency order.
#include "ItemsFixture.h"
#include "items/DeadlineIndicator.h"

#include <QCoreApplication>
#include <QTest>

#include <algorithm>

using namespace paht;
using namespace Qt::StringLiterals;

class DeadlineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_english); }

    void statusAndText_data();
    void statusAndText();
    void pausedDuringClarification();
    void metAndMissed();
    void agencySeesItsOwnStage();
    void centerSeesMostUrgentStage();
    void workingDayComesFromTheOfficeHours();
    void vietnameseWordOrder();
    void colourAndIconPerStatus();
    void urgencyOrder();
    void nothingBeforeTheFirstInstant();
    void aNewVersionIsReadAgain();

private:
    ItemsWorld m_items;
    EnglishPlurals m_english;
};

void DeadlineTest::statusAndText_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Viewer>("viewer");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<SlaStage>("stage");
    QTest::addColumn<StageStatus>("status");
    QTest::addColumn<QString>("text");

    // Received Monday 2 March 08:00: intake due Tuesday 08:00 (1 working day, R-8); due soon from 2 h.
    const auto at = [](int day, int hour, int minute = 0) {
        return WorkflowWorld::local(2026, 3, day, hour, minute);
    };
    QTest::newRow("on track") << u"received"_s << ItemsWorld::intake() << at(2, 13, 30) << SlaStage::Intake
                              << StageStatus::OnTrack << u"4 working hours left"_s;
    QTest::newRow("due soon") << u"received"_s << ItemsWorld::intake() << at(2, 16, 30) << SlaStage::Intake
                              << StageStatus::DueSoon << u"1 working hour left"_s;
    QTest::newRow("due soon, minutes")
        << u"received"_s << ItemsWorld::intake() << at(2, 16, 45) << SlaStage::Intake << StageStatus::DueSoon
        << u"45 working minutes left"_s;
    QTest::newRow("overdue, minutes")
        << u"received"_s << ItemsWorld::intake() << at(3, 8, 30) << SlaStage::Intake << StageStatus::Overdue
        << u"overdue by 30 minutes"_s;
    // Tuesday 08:00 → 17:00 is 7 h, Wednesday 07:30 → 10:00 another 2.5 h: 9.5 h = 1 day (7.5 h) 2 hours.
    QTest::newRow("overdue 1 day 2 hours")
        << u"received"_s << ItemsWorld::intake() << at(4, 10) << SlaStage::Intake << StageStatus::Overdue
        << u"overdue by 1 day 2 hours"_s;
    QTest::newRow("overdue 2 days") << u"received"_s << ItemsWorld::intake() << at(5, 8) << SlaStage::Intake
                                    << StageStatus::Overdue << u"overdue by 2 days"_s;
    // SXD accepted Monday 08:30: processing due 5 working days later.
    QTest::newRow("5 working days") << u"in_progress"_s << ItemsWorld::specialist(u"SXD"_s) << at(2, 8, 30)
                                    << SlaStage::Processing << StageStatus::OnTrack
                                    << u"5 working days left"_s;
    // 9.5 h used by Tuesday 10:30: 28 h left = 3 days (22.5 h) and 5.5 h.
    QTest::newRow("days and hours") << u"in_progress"_s << ItemsWorld::specialist(u"SXD"_s) << at(3, 10, 30)
                                    << SlaStage::Processing << StageStatus::OnTrack
                                    << u"3 days 5 working hours left"_s;
    QTest::newRow("1 day") << u"dispatched"_s << ItemsWorld::specialist(u"NUOC"_s) << at(2, 8, 20)
                           << SlaStage::Acceptance << StageStatus::OnTrack << u"1 working day left"_s;
}

void DeadlineTest::statusAndText()
{
    QFETCH(QString, scenario);
    QFETCH(Viewer, viewer);
    QFETCH(QDateTime, now);
    QFETCH(SlaStage, stage);
    QFETCH(StageStatus, status);
    QFETCH(QString, text);

    const DeadlineIndicator indicator = m_items.gauge.forReport(m_items.reach(scenario, 1), viewer, now);
    QVERIFY(indicator.valid);
    QCOMPARE(indicator.stage, stage);
    QCOMPARE(indicator.status, status);
    QCOMPARE(indicator.text(), text);
    QCOMPARE(indicator.isOverdue(), status == StageStatus::Overdue);
}

void DeadlineTest::pausedDuringClarification()
{
    // the intake clock stops while the operator checks with the reporter.
    const Report report = m_items.reach(u"clarifying"_s, 2);
    const DeadlineIndicator indicator =
        m_items.gauge.forReport(report, ItemsWorld::intake(), WorkflowWorld::local(2026, 3, 6, 16));
    QCOMPARE(indicator.stage, SlaStage::Intake);
    QCOMPARE(indicator.status, StageStatus::Paused);
    QCOMPARE(indicator.text(), u"paused"_s);
    QVERIFY(!indicator.isOverdue());
    QVERIFY(indicator.isOpen());
}

void DeadlineTest::metAndMissed()
{
    // Published ten minutes after the last approval: the publication hour was kept.
    const Report published = m_items.reach(u"published"_s, 8);
    const DeadlineIndicator met =
        m_items.gauge.forReport(published, ItemsWorld::editor(), WorkflowWorld::local(2026, 3, 10, 9));
    QCOMPARE(met.stage, SlaStage::Publication);
    QCOMPARE(met.status, StageStatus::Met);
    QCOMPARE(met.text(), u"done on time"_s);
    QVERIFY(!met.isOpen());

    // Dispatched on Wednesday 10:00, 1 day 2 hours after the intake deadline.
    Scenario late = Scenario::reach(m_items.world, u"received_classified"_s);
    late.at(WorkflowWorld::local(2026, 3, 4, 10)).run(u"dispatch"_s, u"operator"_s);
    QVERIFY2(late.ok(), qPrintable(late.failure()));
    const DeadlineIndicator missed =
        m_items.gauge.read(late.report().intake, {}, WorkflowWorld::local(2026, 3, 9, 9));
    QCOMPARE(missed.status, StageStatus::Missed);
    QCOMPARE(missed.text(), u"done 1 day 2 hours late"_s);
}

void DeadlineTest::agencySeesItsOwnStage()
{
    // awaiting_approval: SXD's result waits for its leader (approval), NUOC is still processing.
    const Report report = m_items.reach(u"awaiting_approval"_s, 5);
    const QDateTime now = WorkflowWorld::local(2026, 3, 2, 10);
    const DeadlineIndicator sxd = m_items.gauge.forReport(report, ItemsWorld::leader(u"SXD"_s), now);
    QCOMPARE(sxd.stage, SlaStage::Approval);
    QCOMPARE(sxd.agencyCode, u"SXD"_s);
    const DeadlineIndicator nuoc = m_items.gauge.forReport(report, ItemsWorld::specialist(u"NUOC"_s), now);
    QCOMPARE(nuoc.stage, SlaStage::Processing);
    QCOMPARE(nuoc.agencyCode, u"NUOC"_s);
    // An agency without an assignment sees no deadline at all.
    QVERIFY(!m_items.gauge.forReport(report, ItemsWorld::specialist(u"HONGGAI"_s), now).valid);
}

void DeadlineTest::centerSeesMostUrgentStage()
{
    const Report report = m_items.reach(u"awaiting_approval"_s, 5);
    // Monday: SXD's approval (1 day, from 08:50) is nearer than NUOC's processing (3 days).
    const DeadlineIndicator monday =
        m_items.gauge.forReport(report, ItemsWorld::intake(), ItemsWorld::monday());
    QCOMPARE(monday.stage, SlaStage::Approval);
    QCOMPARE(monday.agencyCode, u"SXD"_s);
    // Thursday 10:00 both are overdue; SXD's approval (Tuesday 08:50) is the later by far.
    const DeadlineIndicator thursday =
        m_items.gauge.forReport(report, ItemsWorld::supervisor(), ItemsWorld::thursday());
    QCOMPARE(thursday.status, StageStatus::Overdue);
    QCOMPARE(thursday.agencyCode, u"SXD"_s);
    QCOMPARE(m_items.gauge.overdueAgencies(report, ItemsWorld::thursday()),
             (QStringList{u"SXD"_s, u"NUOC"_s}));
    QVERIFY(m_items.gauge.isOverdue(report, ItemsWorld::leader(u"NUOC"_s), ItemsWorld::thursday()));
    QVERIFY(!m_items.gauge.isOverdue(report, ItemsWorld::leader(u"NUOC"_s), ItemsWorld::monday()));
}

void DeadlineTest::workingDayComesFromTheOfficeHours()
{
    QCOMPARE(m_items.gauge.workingDaySeconds(QDate(2026, 3, 4)), qint64(7.5 * 3600));

    // An eight-hour office day: 10 working hours overdue read as 1 day 2 hours.
    QString error;
    const WorkingHours eightHours = WorkingHours::fromProfiles(
        {HoursProfile{
            u"all year"_s, 1, 1, 12, 31, {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}}}},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const WorkingCalendar calendar(CalendarOverrides(), eightHours);
    const DeadlineGauge gauge(calendar, m_items.world.policy);
    QCOMPARE(gauge.workingDaySeconds(QDate(2026, 3, 4)), qint64(8 * 3600));

    const SlaClock clock(calendar);
    const StageTiming intake =
        clock.start(SlaStage::Intake, WorkflowWorld::local(2026, 3, 2, 9), SlaDuration::workingDays(1));
    // Due Tuesday 09:00; Tuesday 09:00 → 17:00 is 7 h, Wednesday 08:00 → 11:00 3 h more.
    const DeadlineIndicator indicator = gauge.read(intake, {}, WorkflowWorld::local(2026, 3, 4, 11));
    QCOMPARE(indicator.remainingSeconds, -10 * 3600);
    QCOMPARE(indicator.text(), u"overdue by 1 day 2 hours"_s);
}

void DeadlineTest::vietnameseWordOrder()
{
    VietnameseSample vietnamese;
    QCoreApplication::installTranslator(&vietnamese);
    const Report received = m_items.reach(u"received"_s, 1);
    const auto text = [&](const QDateTime& now) {
        return m_items.gauge.forReport(received, ItemsWorld::intake(), now).text();
    };
    QCOMPARE(text(WorkflowWorld::local(2026, 3, 2, 13, 30)), u"còn 4 giờ làm việc"_s);
    QCOMPARE(text(WorkflowWorld::local(2026, 3, 4, 10)), u"quá hạn 1 ngày 2 giờ"_s);
    const Report inProgress = m_items.reach(u"in_progress"_s, 4);
    QCOMPARE(
        m_items.gauge
            .forReport(inProgress, ItemsWorld::specialist(u"SXD"_s), WorkflowWorld::local(2026, 3, 3, 10, 30))
            .text(),
        u"còn 3 ngày 5 giờ làm việc"_s);
    QCOMPARE(
        m_items.gauge.forReport(m_items.reach(u"clarifying"_s, 2), ItemsWorld::intake(), ItemsWorld::monday())
            .text(),
        u"tạm dừng"_s);
    QCoreApplication::removeTranslator(&vietnamese);
}

void DeadlineTest::colourAndIconPerStatus()
{
    const QList<StageStatus> statuses{StageStatus::OnTrack, StageStatus::DueSoon, StageStatus::Overdue,
                                      StageStatus::Paused,  StageStatus::Met,     StageStatus::Missed};
    QList<QRgb> colours;
    for (StageStatus status : statuses) {
        DeadlineIndicator indicator;
        indicator.valid = true;
        indicator.status = status;
        QVERIFY(indicator.color().isValid());
        QVERIFY(!colours.contains(indicator.color().rgb()));
        colours << indicator.color().rgb();
    }
    QCOMPARE(DeadlineIndicator::statusIconName(StageStatus::Overdue), u"deadline-overdue"_s);
    QCOMPARE(DeadlineIndicator::statusIconName(StageStatus::DueSoon), u"deadline-due-soon"_s);
    QCOMPARE(DeadlineIndicator().iconName(), QString());
}

void DeadlineTest::urgencyOrder()
{
    const auto make = [](StageStatus status, qint64 remaining, bool valid = true) {
        DeadlineIndicator indicator;
        indicator.valid = valid;
        indicator.status = status;
        indicator.remainingSeconds = remaining;
        return indicator;
    };
    // Written in the expected order: overdue (latest first), due soon, on track by time left, paused,
    // finished, nothing.
    const QList<DeadlineIndicator> expected{
        make(StageStatus::Overdue, -2 * 27000), make(StageStatus::Overdue, -3600),
        make(StageStatus::Overdue, 0),          make(StageStatus::DueSoon, 600),
        make(StageStatus::DueSoon, 7200),       make(StageStatus::OnTrack, 600),
        make(StageStatus::OnTrack, 5 * 27000),  make(StageStatus::Paused, 100),
        make(StageStatus::Paused, 20000),       make(StageStatus::Missed, -3600),
        make(StageStatus::Met, 3600),           make(StageStatus::OnTrack, 0, false),
    };
    QList<DeadlineIndicator> shuffled = expected;
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 5, shuffled.end());
    std::stable_sort(shuffled.begin(), shuffled.end(),
                     [](const DeadlineIndicator& a, const DeadlineIndicator& b) {
                         return a.urgencyKey() < b.urgencyKey();
                     });
    QCOMPARE(shuffled, expected);
    // Extreme remainders stay inside their rank.
    QVERIFY(make(StageStatus::Overdue, std::numeric_limits<qint64>::max() / 2).urgencyKey() <
            make(StageStatus::DueSoon, std::numeric_limits<qint64>::min() / 2).urgencyKey());
}

void DeadlineTest::nothingBeforeTheFirstInstant()
{
    const DeadlineIndicator indicator =
        m_items.gauge.forReport(m_items.reach(u"received"_s, 1), ItemsWorld::intake(), {});
    QVERIFY(!indicator.valid);
    QCOMPARE(indicator.text(), QString());
}

// Readings are remembered per report version and instant: a new version or a new instant reads afresh.
void DeadlineTest::aNewVersionIsReadAgain()
{
    const QDateTime now = ItemsWorld::thursday();
    const DeadlineIndicator received =
        m_items.gauge.forReport(m_items.reach(u"received"_s, 1), ItemsWorld::intake(), now);
    QCOMPARE(received.stage, SlaStage::Intake);
    const Report dispatched = m_items.reach(u"dispatched"_s, 1);
    QCOMPARE(m_items.gauge.forReport(dispatched, ItemsWorld::intake(), now).stage, SlaStage::Acceptance);
    QCOMPARE(m_items.gauge.forReport(dispatched, ItemsWorld::intake(), now).status, StageStatus::Overdue);
    QCOMPARE(m_items.gauge.forReport(dispatched, ItemsWorld::intake(), ItemsWorld::monday()).status,
             StageStatus::OnTrack);
    QCOMPARE(m_items.gauge.overdueAgencies(dispatched, now), (QStringList{u"SXD"_s, u"NUOC"_s}));
    QCOMPARE(m_items.gauge.overdueAgencies(dispatched, ItemsWorld::monday()), QStringList());
}

QTEST_GUILESS_MAIN(DeadlineTest)
#include "tst_items_deadline.moc"
