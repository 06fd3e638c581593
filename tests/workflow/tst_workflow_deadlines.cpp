// Deadlines stamped by the workflow on the working-time clock (requirements, "Time rules"): the
// regulation's calendar and SLA policy, fixed instants in Asia/Ho_Chi_Minh.
#include "WorkflowWorld.h"

#include <QJsonArray>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QDateTime local(int month, int day, int hour, int minute = 0)
{
    return WorkflowWorld::local(2026, month, day, hour, minute);
}

} // namespace

class WorkflowDeadlinesTest : public QObject
{
    Q_OBJECT

private slots:
    void intakeDeadline_data();
    void intakeDeadline();
    void clarificationPausesIntake();
    void clarificationWithoutPause();
    void rejectionWhilePausedClosesIntake();
    void dispatchStartsAcceptance();
    void processingDeadline_data();
    void processingDeadline();
    void processingFollowsPolicyOverride();
    void returnIsJudgedFromDispatch();
    void approvalAndPublication();
    void citizenClarificationClock();

private:
    WorkflowWorld m_world;
};

void WorkflowDeadlinesTest::intakeDeadline_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<QDateTime>("deadline");
    // 1 working day; Friday 16:00 plus one working day is Monday 16:00.
    QTest::newRow("Friday 16:00") << local(3, 6, 16) << local(3, 9, 16);
    QTest::newRow("Monday 09:00") << local(3, 2, 9) << local(3, 3, 9);
    // reports arrive 24/7; outside working hours the clock stands at the last working moment.
    QTest::newRow("Saturday 10:00") << local(3, 7, 10) << local(3, 9, 17);
    QTest::newRow("lunch break 12:00") << local(3, 5, 12) << local(3, 6, 11, 30);
    QTest::newRow("Tuesday 22:00") << local(3, 3, 22) << local(3, 4, 17);
    QTest::newRow("Wednesday 06:00") << local(3, 4, 6) << local(3, 4, 17);
    // Tết Nguyên Đán 2026: no work from Saturday 14 to Sunday 22 February.
    QTest::newRow("Friday before Tết") << local(2, 13, 10) << local(2, 23, 10);
}

void WorkflowDeadlinesTest::intakeDeadline()
{
    QFETCH(QDateTime, submitted);
    QFETCH(QDateTime, deadline);
    Scenario s(m_world);
    s.at(submitted).run(u"submit"_s, u"citizen"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().receivedAt, submitted);
    QCOMPARE(s.report().intake.stage, SlaStage::Intake);
    QCOMPARE(s.report().intake.startedAt, submitted);
    QCOMPARE(s.report().intake.deadline, deadline);
    QVERIFY(s.report().intake.isOpen());
    QCOMPARE(s.events().constFirst().at, submitted);
}

// while the operator clarifies with the reporter, the intake clock waits; it resumes with the
// working time it had left.
void WorkflowDeadlinesTest::clarificationPausesIntake()
{
    Scenario s(m_world);
    s.at(local(3, 2, 9)).run(u"submit"_s, u"citizen"_s);
    s.at(local(3, 2, 10)).run(u"request_clarification"_s, u"operator"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QVERIFY(s.report().intake.isPaused());
    QCOMPARE(s.report().intake.pausedSince, local(3, 2, 10));
    QCOMPARE(m_world.clock.status(s.report().intake, local(3, 4, 9), 0), StageStatus::Paused);

    // Paused one full working day (Monday 10:00 to Tuesday 10:00): the deadline moves a working day.
    s.at(local(3, 3, 10)).run(u"clarification_received"_s, u"operator"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QVERIFY(!s.report().intake.isPaused());
    QCOMPARE(s.report().intake.deadline, local(3, 4, 9));
    QCOMPARE(s.report().clarificationNotes.size(), 2);
    QCOMPARE(s.report().clarificationNotes.at(1).channel, ContactChannel::Phone); // as the last contact

    s.at(local(3, 3, 11)).run(u"classify"_s, u"operator"_s).run(u"dispatch"_s, u"operator"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().intake.completedAt, local(3, 3, 11, 10));
    QCOMPARE(m_world.clock.status(s.report().intake, local(3, 5, 9), 0), StageStatus::Met);
}

void WorkflowDeadlinesTest::clarificationWithoutPause()
{
    WorkflowWorld world;
    world.policy.setPausesDuringClarification(false);
    Scenario s(world);
    s.at(local(3, 2, 9)).run(u"submit"_s, u"citizen"_s);
    s.at(local(3, 2, 10)).run(u"request_clarification"_s, u"operator"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QVERIFY(!s.report().intake.isPaused());
    s.at(local(3, 3, 10)).run(u"clarification_received"_s, u"operator"_s);
    QCOMPARE(s.report().intake.deadline, local(3, 3, 9));
    QCOMPARE(world.clock.status(s.report().intake, local(3, 3, 10), 0), StageStatus::Overdue);
}

void WorkflowDeadlinesTest::rejectionWhilePausedClosesIntake()
{
    Scenario s(m_world);
    s.at(local(3, 2, 9)).run(u"submit"_s, u"citizen"_s);
    s.at(local(3, 2, 10)).run(u"request_clarification"_s, u"operator"_s);
    s.at(local(3, 3, 10)).run(u"reject"_s, u"operator"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QVERIFY(!s.report().intake.isOpen());
    QVERIFY(!s.report().intake.isPaused());
    QCOMPARE(s.report().intake.completedAt, local(3, 3, 10));
    QCOMPARE(m_world.clock.status(s.report().intake, local(3, 9, 9), 0), StageStatus::Met);
}

// dispatching ends intake and starts each agency's acceptance day.
void WorkflowDeadlinesTest::dispatchStartsAcceptance()
{
    Scenario s(m_world);
    s.at(local(3, 2, 9)).run(u"submit"_s, u"citizen"_s).run(u"classify"_s, u"operator"_s);
    s.at(local(3, 3, 10)).run(u"dispatch"_s, u"operator"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().intake.completedAt, local(3, 3, 10));
    QCOMPARE(m_world.clock.status(s.report().intake, local(3, 3, 10), 0),
             StageStatus::Missed); // due Tue 09:00
    for (const Assignment& assignment : s.report().assignments) {
        QCOMPARE(assignment.dispatchedAt, local(3, 3, 10));
        QCOMPARE(assignment.acceptance.stage, SlaStage::Acceptance);
        QCOMPARE(assignment.acceptance.deadline, local(3, 4, 10));
    }
}

void WorkflowDeadlinesTest::processingDeadline_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QDateTime>("deadline");
    // the agency's own limit, never more than 5 working days; accepted Monday 2 March, 10:00.
    QTest::newRow("SXD, 5 days") << u"SXD"_s << local(3, 9, 10);
    QTest::newRow("NUOC, 3 days") << u"NUOC"_s << local(3, 5, 10);
    QTest::newRow("HONGGAI, 2 days") << u"HONGGAI"_s << local(3, 4, 10);
}

void WorkflowDeadlinesTest::processingDeadline()
{
    QFETCH(QString, agency);
    QFETCH(QDateTime, deadline);
    Scenario s(m_world);
    s.at(local(3, 2, 8)).run(u"submit"_s, u"citizen"_s).run(u"classify"_s, u"operator"_s);
    s.run(u"dispatch"_s, u"operator"_s, {{u"agencies"_s, QJsonArray{agency}}});
    s.at(local(3, 2, 10)).run(u"accept"_s, u"specialist:"_s + agency);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    const Assignment& assignment = *s.report().assignmentFor(agency);
    QCOMPARE(assignment.acceptance.completedAt, local(3, 2, 10));
    QVERIFY(assignment.processing);
    QCOMPARE(assignment.processing->startedAt, local(3, 2, 10));
    QCOMPARE(assignment.processing->deadline, deadline);
}

void WorkflowDeadlinesTest::processingFollowsPolicyOverride()
{
    WorkflowWorld world;
    QVERIFY(world.policy.setAgencyDuration(u"SXD"_s, SlaStage::Processing, SlaDuration::workingDays(2))
                .isEmpty());
    Scenario s(world);
    s.at(local(3, 2, 8))
        .run(u"submit"_s, u"citizen"_s)
        .run(u"classify"_s, u"operator"_s)
        .run(u"dispatch"_s, u"operator"_s);
    s.at(local(3, 2, 10)).run(u"accept"_s, u"specialist:SXD"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().assignmentFor(u"SXD"_s)->processing->deadline, local(3, 4, 10));
}

// "within 1 working day of receiving it": judged from the dispatch, stamped at the return.
void WorkflowDeadlinesTest::returnIsJudgedFromDispatch()
{
    Scenario s(m_world);
    s.at(local(3, 2, 9)).run(u"submit"_s, u"citizen"_s).run(u"classify"_s, u"operator"_s);
    s.at(local(3, 2, 10)).run(u"dispatch"_s, u"operator"_s);
    s.at(local(3, 2, 14)).run(u"accept"_s, u"specialist:SXD"_s);
    s.at(local(3, 3, 11)).run(u"return_to_center"_s, u"specialist:SXD"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    const Assignment& sxd = *s.report().assignmentFor(u"SXD"_s);
    QVERIFY(sxd.returnStage);
    QCOMPARE(sxd.returnStage->startedAt, local(3, 2, 10));
    QCOMPARE(sxd.returnStage->deadline, local(3, 3, 10));
    QCOMPARE(sxd.returnStage->completedAt, local(3, 3, 11));
    QCOMPARE(m_world.clock.status(*sxd.returnStage, local(3, 3, 11), 0), StageStatus::Missed);
    QVERIFY(!sxd.processing->isOpen());
}

// the leader has one working day; R-14: the center one working hour after the last approval.
void WorkflowDeadlinesTest::approvalAndPublication()
{
    Scenario s(m_world);
    s.at(local(3, 2, 8)).run(u"submit"_s, u"citizen"_s).run(u"classify"_s, u"operator"_s);
    s.run(u"dispatch"_s, u"operator"_s, {{u"agencies"_s, QJsonArray{u"SXD"_s}}})
        .run(u"accept"_s, u"specialist:SXD"_s);
    s.at(local(3, 4, 15)).run(u"submit_result"_s, u"specialist:SXD"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    const Assignment& submitted = *s.report().assignmentFor(u"SXD"_s);
    QCOMPARE(submitted.processing->completedAt, local(3, 4, 15));
    QCOMPARE(submitted.approval->startedAt, local(3, 4, 15));
    QCOMPARE(submitted.approval->deadline, local(3, 5, 15));

    s.at(local(3, 5, 16, 30)).run(u"approve"_s, u"leader:SXD"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().assignmentFor(u"SXD"_s)->approval->completedAt, local(3, 5, 16, 30));
    QVERIFY(s.report().publication);
    QCOMPARE(s.report().publication->stage, SlaStage::Publication);
    QCOMPARE(s.report().publication->deadline, local(3, 6, 8)); // 30 minutes on Thursday, 30 on Friday

    s.at(local(3, 6, 7, 45)).run(u"publish"_s, u"editor"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().publication->completedAt, local(3, 6, 7, 45));
    QCOMPARE(m_world.clock.status(*s.report().publication, local(3, 6, 9), 0), StageStatus::Met);
}

// each agency asked by the reporter answers on its own clock (5 working days by the shipped policy).
void WorkflowDeadlinesTest::citizenClarificationClock()
{
    Scenario s = Scenario::reach(m_world, u"published"_s);
    s.at(local(3, 9, 9)).run(u"citizen_feedback"_s, u"citizen"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    const CitizenClarification& request = *s.report().assignmentFor(u"NUOC"_s)->clarification;
    QCOMPARE(request.askedAt, local(3, 9, 9));
    QCOMPARE(request.timing.deadline,
             m_world.clock.deadline(local(3, 9, 9), m_world.policy.duration(SlaStage::CitizenClarification)));
    QCOMPARE(request.timing.deadline, local(3, 16, 9));
    s.at(local(3, 10, 14)).run(u"answer_citizen"_s, u"specialist:NUOC"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().assignmentFor(u"NUOC"_s)->clarification->timing.completedAt, local(3, 10, 14));
}

QTEST_GUILESS_MAIN(WorkflowDeadlinesTest)
#include "tst_workflow_deadlines.moc"
