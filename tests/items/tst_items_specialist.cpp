// The deadlines the agency specialist decides against (AgencyDeadlines) and the R-11 return limit
// (ReturnLimit): from the dispatch, accepted or not; the same deadline the workflow stamps on a return.
#include "ItemsFixture.h"
#include "items/AgencyDeadlines.h"
#include "items/DeadlineIndicator.h"
#include "workflow/ReturnLimit.h"

#include <QCoreApplication>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QDateTime local(int day, int hour, int minute = 0)
{
    return WorkflowWorld::local(2026, 3, day, hour, minute);
}

const Assignment& sxd(const Scenario& scenario)
{
    return *scenario.report().assignmentFor(u"SXD"_s);
}

} // namespace

class SpecialistDeadlinesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_english); }

    // 1 working day from the moment the agency received the report (dispatched Monday 08:20).
    void theReturnLimitRunsFromTheDispatch()
    {
        const Scenario dispatched = Scenario::reach(m_items.world, u"dispatched"_s);
        QVERIFY2(dispatched.ok(), qPrintable(dispatched.failure()));
        QCOMPARE(sxd(dispatched).dispatchedAt, local(2, 8, 20));
        const DeadlineIndicator limit =
            deadlines().returnLimit(dispatched.report(), sxd(dispatched), local(2, 10));
        QVERIFY(limit.valid);
        QCOMPARE(limit.stage, SlaStage::Return);
        QCOMPARE(limit.deadline, local(3, 8, 20));
        QCOMPARE(limit.status, StageStatus::OnTrack);
        // 10:00 → 11:30, 13:30 → 17:00, 07:30 → 08:20: 1 h 30 + 3 h 30 + 50 min.
        QCOMPARE(limit.remainingSeconds, qint64(5 * 3600 + 50 * 60));
        QCOMPARE(limit.text(), u"5 working hours left"_s);
    }

    void theLimitKeepsRunningAfterAcceptanceAndEndsWithTheReturn()
    {
        const Scenario accepted = Scenario::reach(m_items.world, u"in_progress"_s);
        QCOMPARE(sxd(accepted).state, AssignmentState::Processing);
        const DeadlineIndicator limit =
            deadlines().returnLimit(accepted.report(), sxd(accepted), local(3, 9));
        QVERIFY(limit.valid);
        QCOMPARE(limit.deadline, local(3, 8, 20));
        QCOMPARE(limit.status, StageStatus::Overdue);
        QCOMPARE(limit.text(), u"overdue by 40 minutes"_s);

        const Scenario returned = Scenario::reach(m_items.world, u"sxd_returned"_s);
        QCOMPARE(sxd(returned).state, AssignmentState::ReturnedToCenter);
        QVERIFY(!deadlines().returnLimit(returned.report(), sxd(returned), local(2, 10)).valid);
    }

    // One rule: the deadline shown while deciding is the one the workflow records with the return.
    void theWorkflowStampsTheSameDeadline()
    {
        Scenario late = Scenario::reach(m_items.world, u"in_progress"_s);
        const DeadlineIndicator shown = deadlines().returnLimit(late.report(), sxd(late), local(4, 10));
        late.at(local(4, 10)).run(u"return_to_center"_s, u"specialist:SXD"_s);
        QVERIFY2(late.ok(), qPrintable(late.failure()));
        const StageTiming& recorded = *sxd(late).returnStage;
        QCOMPARE(recorded.startedAt, sxd(late).dispatchedAt);
        QCOMPARE(recorded.deadline, shown.deadline);
        QCOMPARE(recorded.completedAt, local(4, 10));
        QCOMPARE(ReturnLimit(m_items.world.policy, m_items.world.clock)
                     .stage(sxd(late), late.report().categoryCode),
                 recorded);
        QCOMPARE(m_items.gauge.read(recorded, u"SXD"_s, local(4, 11)).status, StageStatus::Missed);
    }

    // "Friday 16:00 plus 1 working day is Monday 16:00" (requirements, Time rules).
    void aFridayDispatchMayBeReturnedUntilMonday()
    {
        Scenario friday(m_items.world);
        friday.at(local(6, 15, 40))
            .run(u"submit"_s, u"citizen"_s)
            .run(u"classify"_s, u"operator"_s)
            .run(u"dispatch"_s, u"operator"_s);
        QVERIFY2(friday.ok(), qPrintable(friday.failure()));
        QCOMPARE(sxd(friday).dispatchedAt, local(6, 16));
        const DeadlineIndicator limit = deadlines().returnLimit(friday.report(), sxd(friday), local(7, 12));
        QCOMPARE(limit.deadline, local(9, 16));
        // Saturday stands at Friday 17:00: Monday 07:30 → 11:30 and 13:30 → 16:00 are left.
        QCOMPARE(limit.remainingSeconds, qint64(6 * 3600 + 30 * 60));
    }

    void eachDeadlineShowsOnlyWhileItsStepIsOpen()
    {
        const Scenario dispatched = Scenario::reach(m_items.world, u"dispatched"_s);
        const DeadlineIndicator accept = deadlines().acceptance(sxd(dispatched), local(2, 10));
        QVERIFY(accept.valid);
        QCOMPARE(accept.stage, SlaStage::Acceptance);
        QCOMPARE(accept.deadline, local(3, 8, 20)); // 1 working day
        QVERIFY(!deadlines().result(sxd(dispatched), local(2, 10)).valid);
        QVERIFY(!deadlines().citizenAnswer(sxd(dispatched), local(2, 10)).valid);

        const Scenario accepted = Scenario::reach(m_items.world, u"in_progress"_s);
        QVERIFY(!deadlines().acceptance(sxd(accepted), local(2, 10)).valid);
        const DeadlineIndicator result = deadlines().result(sxd(accepted), local(2, 10));
        QVERIFY(result.valid);
        QCOMPARE(result.stage, SlaStage::Processing);

        // the rework runs on the processing clock, so the result deadline is back in sight.
        const Scenario rework = Scenario::reach(m_items.world, u"rework"_s);
        QCOMPARE(sxd(rework).state, AssignmentState::Rework);
        QCOMPARE(deadlines().result(sxd(rework), local(2, 10)).deadline, sxd(rework).processing->deadline);
        QVERIFY(!deadlines().returnLimit(rework.report(), sxd(rework), local(2, 10)).valid);

        const Scenario asked = Scenario::reach(m_items.world, u"published_feedback"_s);
        const DeadlineIndicator answer = deadlines().citizenAnswer(sxd(asked), local(2, 14));
        QVERIFY(answer.valid);
        QCOMPARE(answer.stage, SlaStage::CitizenClarification);
        QVERIFY(!deadlines().result(sxd(asked), local(2, 14)).valid);
        const Scenario answered = Scenario::reach(m_items.world, u"answered_feedback"_s);
        QVERIFY(!deadlines().citizenAnswer(sxd(answered), local(2, 14)).valid);
    }

    void theAllowanceReadsInWorkingTime()
    {
        QCOMPARE(DeadlineText::allowance(m_items.world.policy.duration(SlaStage::Return)),
                 u"1 working day"_s);
        QCOMPARE(DeadlineText::allowance(SlaDuration::workingDays(5)), u"5 working days"_s);
        QCOMPARE(DeadlineText::allowance(SlaDuration::workingHours(1)), u"1 working hour"_s);
    }

private:
    AgencyDeadlines deadlines() const
    {
        return AgencyDeadlines(m_items.gauge, ReturnLimit(m_items.world.policy, m_items.world.clock));
    }

    ItemsWorld m_items;
    EnglishPlurals m_english;
};

QTEST_GUILESS_MAIN(SpecialistDeadlinesTest)
#include "tst_items_specialist.moc"
