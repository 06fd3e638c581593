// The guards of every command: who may issue it (WrongRole), when (WrongState), on which agency's
// assignment (NotYourAgency) and against which version (StaleVersion). Payloads: tst_workflow_payloads.
// The role and state refusals are generated from the tables below, so no command/actor/state is missed.
#include "WorkflowWorld.h"

#include <QJsonArray>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

// Who may issue each command and in which report states (architecture, "The workflow"; R-5 … R-28).
// This is the specification the engine is tested against, written independently of its rule table.
struct Expectation
{
    const char* type;
    QStringList actors;
    QStringList states; // empty: the command creates the report
};

const QStringList kActors{u"operator"_s,       u"editor"_s,     u"supervisor"_s, u"admin"_s,
                          u"specialist:SXD"_s, u"leader:SXD"_s, u"citizen"_s,    u"system"_s};
const QStringList kStates{u"received"_s,   u"clarifying"_s,         u"rejected"_s,
                          u"dispatched"_s, u"in_progress"_s,        u"awaiting_publication"_s,
                          u"published"_s,  u"answered_privately"_s, u"closed_restricted"_s};

QList<Expectation> expectations()
{
    const QStringList op{u"operator"_s};
    const QStringList specialist{u"specialist:SXD"_s};
    const QStringList leader{u"leader:SXD"_s};
    const QStringList editor{u"editor"_s};
    const QStringList citizen{u"citizen"_s};
    const QStringList supervisor{u"supervisor"_s};
    const QStringList intake{u"received"_s, u"clarifying"_s};
    const QStringList answered{u"published"_s, u"answered_privately"_s};
    return {
        {"submit", {u"operator"_s, u"citizen"_s, u"system"_s}, {}},
        {"classify", op, intake},
        {"request_clarification", op, {u"received"_s}},
        {"clarification_received", op, {u"clarifying"_s}},
        {"reject", op, intake},
        {"link_duplicate", op, intake},
        {"dispatch",
         op,
         {u"received"_s, u"dispatched"_s, u"in_progress"_s, u"awaiting_publication"_s}},
        {"accept", specialist, {u"dispatched"_s, u"in_progress"_s}},
        {"return_to_center", specialist, {u"dispatched"_s, u"in_progress"_s}},
        {"submit_result", specialist, {u"in_progress"_s}},
        {"answer_citizen", specialist, answered},
        {"request_contact",
         specialist,
         {u"dispatched"_s, u"in_progress"_s, u"awaiting_publication"_s, u"published"_s,
          u"answered_privately"_s}},
        {"approve", leader, {u"in_progress"_s}},
        {"return_for_rework", leader, {u"in_progress"_s}},
        {"edit_and_approve", leader, {u"in_progress"_s}},
        {"edit_public_answer", {u"editor"_s, u"operator"_s}, {u"awaiting_publication"_s}},
        {"publish", editor, {u"awaiting_publication"_s}},
        {"answer_privately", editor, {u"awaiting_publication"_s}},
        {"close_restricted", editor, {u"awaiting_publication"_s}},
        {"set_confidentiality",
         {u"operator"_s, u"editor"_s, u"supervisor"_s},
         {u"received"_s, u"clarifying"_s, u"dispatched"_s, u"in_progress"_s,
          u"awaiting_publication"_s}},
        {"citizen_feedback", citizen, answered},
        {"rate", citizen, answered},
        {"escalate", supervisor, {u"dispatched"_s, u"in_progress"_s, u"awaiting_publication"_s}},
        {"resolve_escalation", supervisor, kStates},
        {"remind",
         {u"operator"_s, u"supervisor"_s, u"system"_s},
         {u"dispatched"_s, u"in_progress"_s, u"published"_s, u"answered_privately"_s}},
        {"disclose_contact",
         {u"operator"_s, u"supervisor"_s},
         {u"dispatched"_s, u"in_progress"_s, u"awaiting_publication"_s, u"published"_s,
          u"answered_privately"_s, u"closed_restricted"_s}},
        {"flag_reporter", {u"operator"_s, u"supervisor"_s}, kStates},
    };
}

} // namespace

class WorkflowGuardsTest : public QObject
{
    Q_OBJECT

private slots:
    void tableCoversEveryCommand();
    void wrongRole_data();
    void wrongRole();
    void wrongState_data();
    void wrongState();
    void stepConditions_data();
    void stepConditions();
    void notYourAgency_data();
    void notYourAgency();
    void staleVersion_data();
    void staleVersion();
    void stateSecretClearance();

private:
    WorkflowWorld m_world;
};

void WorkflowGuardsTest::tableCoversEveryCommand()
{
    QStringList listed;
    for (const Expectation& expectation : expectations())
        listed << QString::fromLatin1(expectation.type);
    QCOMPARE(listed, m_world.workflow.commandTypes());
}

void WorkflowGuardsTest::wrongRole_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actor");
    for (const Expectation& expectation : expectations()) {
        // A state where the command applies, so only the actor can be at fault.
        const QString start = expectation.states.isEmpty() ? u"none"_s : expectation.states.constFirst();
        for (const QString& actor : kActors) {
            if (!expectation.actors.contains(actor))
                QTest::addRow("%s by %s", expectation.type, qPrintable(actor))
                    << start << QString::fromLatin1(expectation.type) << actor;
        }
    }
}

void WorkflowGuardsTest::wrongRole()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QString, actor);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    expectRefusal(scenario.attempt(type, actor), WorkflowErrorCode::WrongRole);
}

void WorkflowGuardsTest::wrongState_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actor");
    for (const Expectation& expectation : expectations()) {
        for (const QString& state : kStates) {
            if (!expectation.states.contains(state))
                QTest::addRow("%s in %s", expectation.type, qPrintable(state))
                    << state << QString::fromLatin1(expectation.type) << expectation.actors.constFirst();
        }
    }
}

void WorkflowGuardsTest::wrongState()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QString, actor);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    expectRefusal(scenario.attempt(type, actor), WorkflowErrorCode::WrongState);
}

void WorkflowGuardsTest::stepConditions_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("message"); // a part of the message
    const QJsonObject none;
    QTest::newRow("R-6 dispatch before classifying")
        << u"received"_s << u"dispatch"_s << u"operator"_s << none << u"classify"_s;
    QTest::newRow("R-11 dispatch again without a return")
        << u"in_progress"_s << u"dispatch"_s << u"operator"_s << none << u"returned"_s;
    QTest::newRow("R-17 publish a confidential report")
        << u"awaiting_publication@confidential"_s << u"publish"_s << u"editor"_s << none
        << u"answer_privately"_s;
    QTest::newRow("R-17 publish a state secret")
        << u"awaiting_publication@secret"_s << u"publish"_s << u"editor"_s << none << u"close_restricted"_s;
    QTest::newRow("R-17 answer a public report privately")
        << u"awaiting_publication"_s << u"answer_privately"_s << u"editor"_s << none << u"public"_s;
    QTest::newRow("R-17 close a public report")
        << u"awaiting_publication"_s << u"close_restricted"_s << u"editor"_s << none << u"public"_s;
    QTest::newRow("R-17 close a confidential report")
        << u"awaiting_publication@confidential"_s << u"close_restricted"_s << u"editor"_s << none
        << u"confidential"_s;
    QTest::newRow("R-9 accept twice")
        << u"in_progress"_s << u"accept"_s << u"specialist:SXD"_s << none << u"processing"_s;
    QTest::newRow("R-12 result before accepting")
        << u"in_progress"_s << u"submit_result"_s << u"specialist:NUOC"_s << none << u"pending_acceptance"_s;
    QTest::newRow("R-12 approve without a result")
        << u"in_progress"_s << u"approve"_s << u"leader:SXD"_s << none << u"processing"_s;
    QTest::newRow("R-12 rework without a result")
        << u"in_progress"_s << u"return_for_rework"_s << u"leader:SXD"_s << none << u"processing"_s;
    QTest::newRow("R-11 return after the result") << u"awaiting_approval"_s << u"return_to_center"_s
                                                  << u"specialist:SXD"_s << none << u"awaiting_approval"_s;
    QTest::newRow("R-18 answer with no question")
        << u"published"_s << u"answer_citizen"_s << u"specialist:SXD"_s << none << u"question"_s;
    QTest::newRow("R-18 ask while every agency owes an answer")
        << u"published_feedback"_s << u"citizen_feedback"_s << u"citizen"_s << none << u"owes"_s;
    QTest::newRow("R-13 escalate twice")
        << u"escalated"_s << u"escalate"_s << u"supervisor"_s << none << u"already"_s;
    QTest::newRow("R-13 resolve without an escalation")
        << u"in_progress"_s << u"resolve_escalation"_s << u"supervisor"_s << none << u"not escalated"_s;
    QTest::newRow("R-24 remind an agency that returned it")
        << u"sxd_returned"_s << u"remind"_s << u"operator"_s << QJsonObject{{u"agencyCode"_s, u"SXD"_s}}
        << u"owes"_s;
    QTest::newRow("R-24 remind an agency that answered")
        << u"answered_feedback"_s << u"remind"_s << u"supervisor"_s
        << QJsonObject{{u"agencyCode"_s, u"SXD"_s}} << u"owes"_s;
    QTest::newRow("R-27 disclose to an agency that returned it")
        << u"sxd_returned"_s << u"disclose_contact"_s << u"operator"_s
        << QJsonObject{{u"agencyCode"_s, u"SXD"_s}, {u"reason"_s, u"x"_s}} << u"does not handle"_s;
    QTest::newRow("R-27 request contact after returning it")
        << u"sxd_returned"_s << u"request_contact"_s << u"specialist:SXD"_s << none
        << u"returned_to_center"_s;
}

void WorkflowGuardsTest::stepConditions()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QString, actor);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, message);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    const auto result = scenario.attempt(type, actor, payload);
    expectRefusal(result, WorkflowErrorCode::WrongState);
    QVERIFY2(std::get<WorkflowError>(result).message.contains(message), qPrintable(describe(result)));
}

void WorkflowGuardsTest::notYourAgency_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QJsonObject>("payload");
    const QJsonObject none;
    const auto naming = [](const char* agency, QJsonObject payload) {
        payload.insert(u"agencyCode"_s, QString::fromLatin1(agency));
        return payload;
    };
    QTest::newRow("accept by an agency not dispatched to")
        << u"dispatched"_s << u"accept"_s << u"specialist:HONGGAI"_s << none;
    QTest::newRow("accept naming another agency")
        << u"dispatched"_s << u"accept"_s << u"specialist:SXD"_s << naming("NUOC", {});
    QTest::newRow("return by an agency not dispatched to")
        << u"in_progress"_s << u"return_to_center"_s << u"specialist:HONGGAI"_s << none;
    QTest::newRow("result naming another agency")
        << u"in_progress"_s << u"submit_result"_s << u"specialist:NUOC"_s
        << naming("SXD", WorkflowWorld::samplePayload(u"submit_result"_s));
    QTest::newRow("approve another agency's result")
        << u"awaiting_approval"_s << u"approve"_s << u"leader:NUOC"_s << naming("SXD", {});
    QTest::newRow("approve as an unassigned agency")
        << u"awaiting_approval"_s << u"approve"_s << u"leader:HONGGAI"_s << none;
    QTest::newRow("rework another agency's result")
        << u"awaiting_approval"_s << u"return_for_rework"_s << u"leader:NUOC"_s
        << naming("SXD", WorkflowWorld::samplePayload(u"return_for_rework"_s));
    QTest::newRow("edit another agency's result")
        << u"awaiting_approval"_s << u"edit_and_approve"_s << u"leader:HONGGAI"_s
        << naming("SXD", WorkflowWorld::samplePayload(u"edit_and_approve"_s));
    QTest::newRow("answer the reporter for another agency")
        << u"published_feedback"_s << u"answer_citizen"_s << u"specialist:HONGGAI"_s << none;
    QTest::newRow("request contact for another agency")
        << u"in_progress"_s << u"request_contact"_s << u"specialist:SXD"_s
        << naming("NUOC", WorkflowWorld::samplePayload(u"request_contact"_s));
}

void WorkflowGuardsTest::notYourAgency()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QString, actor);
    QFETCH(QJsonObject, payload);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    expectRefusal(scenario.attempt(type, actor, payload), WorkflowErrorCode::NotYourAgency);
}

void WorkflowGuardsTest::staleVersion_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("offset"); // added to the current version
    QTest::newRow("one version behind")
        << u"in_progress"_s << u"submit_result"_s << u"specialist:SXD"_s << -1;
    QTest::newRow("a version that does not exist yet")
        << u"in_progress"_s << u"submit_result"_s << u"specialist:SXD"_s << 1;
    QTest::newRow("submit expects version 0") << u"none"_s << u"submit"_s << u"citizen"_s << 1;
    QTest::newRow("zero for an existing report") << u"received"_s << u"classify"_s << u"operator"_s << -1;
    // A command written before the report moved on is a conflict to show, not a misleading wrong_state.
    QTest::newRow("the report moved on since") << u"published"_s << u"approve"_s << u"leader:SXD"_s << -5;
}

void WorkflowGuardsTest::staleVersion()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QString, actor);
    QFETCH(int, offset);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    const qint64 version = (scenario.current() ? scenario.report().version : 0) + offset;
    expectRefusal(scenario.attempt(type, actor, {}, version), WorkflowErrorCode::StaleVersion);
}

void WorkflowGuardsTest::stateSecretClearance()
{
    const Scenario received = Scenario::reach(m_world, u"received@secret"_s);
    QVERIFY2(received.ok(), qPrintable(received.failure()));
    expectRefusal(received.attempt(u"classify"_s, u"operator_uncleared"_s), WorkflowErrorCode::WrongRole);
    QVERIFY(std::holds_alternative<Outcome>(received.attempt(u"classify"_s, u"operator"_s)));

    const Scenario dispatched = Scenario::reach(m_world, u"dispatched@secret"_s);
    QVERIFY2(dispatched.ok(), qPrintable(dispatched.failure()));
    QVERIFY(!WorkflowWorld::actor(u"specialist:SXD"_s).stateSecretClearance);
    QVERIFY(std::holds_alternative<Outcome>(dispatched.attempt(u"accept"_s, u"specialist:SXD"_s)));

    const Scenario none(m_world);
    QJsonObject secret = WorkflowWorld::samplePayload(u"submit"_s);
    secret.insert(u"confidentiality"_s, u"state_secret"_s);
    expectRefusal(none.attempt(u"submit"_s, u"operator_uncleared"_s, secret), WorkflowErrorCode::WrongRole);

    const Scenario open = Scenario::reach(m_world, u"in_progress"_s);
    expectRefusal(open.attempt(u"set_confidentiality"_s, u"operator_uncleared"_s,
                               {{u"confidentiality"_s, u"state_secret"_s}}),
                  WorkflowErrorCode::WrongRole);
}

QTEST_GUILESS_MAIN(WorkflowGuardsTest)
#include "tst_workflow_guards.moc"
