// What each actor may do at each step (allowedCommands, for enabling the console's buttons), and that it
// agrees with what apply() accepts.
#include "WorkflowWorld.h"

#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

bool isGuardRefusal(const std::variant<Outcome, WorkflowError>& result)
{
    const auto* error = std::get_if<WorkflowError>(&result);
    return error &&
           (error->code == WorkflowErrorCode::WrongRole || error->code == WorkflowErrorCode::WrongState ||
            error->code == WorkflowErrorCode::NotYourAgency);
}

const QStringList kStarts{u"received"_s,
                          u"received_classified"_s,
                          u"clarifying"_s,
                          u"rejected"_s,
                          u"dispatched"_s,
                          u"in_progress"_s,
                          u"awaiting_approval"_s,
                          u"rework"_s,
                          u"last_approval"_s,
                          u"sxd_returned"_s,
                          u"returned_then_approved"_s,
                          u"escalated"_s,
                          u"awaiting_publication"_s,
                          u"awaiting_publication@confidential"_s,
                          u"awaiting_publication@secret"_s,
                          u"published"_s,
                          u"published_feedback"_s,
                          u"answered_feedback"_s,
                          u"answered_privately"_s,
                          u"closed_restricted"_s,
                          u"in_progress@secret"_s};

const QStringList kActors{u"operator"_s,    u"operator_uncleared"_s,
                          u"editor"_s,      u"supervisor"_s,
                          u"admin"_s,       u"citizen"_s,
                          u"system"_s,      u"specialist:SXD"_s,
                          u"leader:SXD"_s,  u"specialist:NUOC"_s,
                          u"leader:NUOC"_s, u"specialist:HONGGAI"_s};

} // namespace

class WorkflowAllowedTest : public QObject
{
    Q_OBJECT

private slots:
    void allowed_data();
    void allowed();
    void agreesWithApply_data();
    void agreesWithApply();

private:
    WorkflowWorld m_world;
};

void WorkflowAllowedTest::allowed_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("commands");
    const auto row = [](const char* start, const char* actor, const QStringList& commands) {
        QTest::addRow("%s, %s", start, actor)
            << QString::fromLatin1(start) << QString::fromLatin1(actor) << commands;
    };
    const QStringList none;
    // intake. Dispatch waits for a category.
    row("received", "operator",
        {u"classify"_s, u"request_clarification"_s, u"reject"_s, u"link_duplicate"_s,
         u"set_confidentiality"_s, u"flag_reporter"_s});
    row("received_classified", "operator",
        {u"classify"_s, u"request_clarification"_s, u"reject"_s, u"link_duplicate"_s, u"dispatch"_s,
         u"set_confidentiality"_s, u"flag_reporter"_s});
    row("received", "supervisor", {u"set_confidentiality"_s, u"flag_reporter"_s});
    row("received", "editor", {u"set_confidentiality"_s});
    row("received", "admin", none);
    row("received", "specialist:SXD", none);
    row("received", "citizen", none);
    row("received", "system", none);
    row("clarifying", "operator",
        {u"classify"_s, u"clarification_received"_s, u"reject"_s, u"link_duplicate"_s,
         u"set_confidentiality"_s, u"flag_reporter"_s});
    row("rejected", "operator", {u"flag_reporter"_s});
    row("rejected", "citizen", none);
    // R-9 …: handling.
    row("dispatched", "operator",
        {u"set_confidentiality"_s, u"remind"_s, u"disclose_contact"_s, u"flag_reporter"_s});
    row("dispatched", "supervisor",
        {u"set_confidentiality"_s, u"escalate"_s, u"remind"_s, u"disclose_contact"_s, u"flag_reporter"_s});
    row("dispatched", "system", {u"remind"_s});
    row("dispatched", "specialist:SXD", {u"accept"_s, u"return_to_center"_s, u"request_contact"_s});
    row("dispatched", "specialist:HONGGAI", none);
    row("dispatched", "leader:SXD", none);
    row("in_progress", "specialist:SXD", {u"return_to_center"_s, u"submit_result"_s, u"request_contact"_s});
    row("in_progress", "specialist:NUOC", {u"accept"_s, u"return_to_center"_s, u"request_contact"_s});
    row("awaiting_approval", "leader:SXD", {u"approve"_s, u"return_for_rework"_s, u"edit_and_approve"_s});
    row("awaiting_approval", "leader:NUOC", none);
    row("awaiting_approval", "specialist:SXD", {u"request_contact"_s});
    row("rework", "specialist:SXD", {u"submit_result"_s, u"request_contact"_s});
    row("sxd_returned", "operator",
        {u"dispatch"_s, u"set_confidentiality"_s, u"remind"_s, u"disclose_contact"_s, u"flag_reporter"_s});
    row("sxd_returned", "specialist:SXD", none);
    row("escalated", "supervisor",
        {u"set_confidentiality"_s, u"resolve_escalation"_s, u"remind"_s, u"disclose_contact"_s,
         u"flag_reporter"_s});
    // R-14 … R-17: publication.
    row("awaiting_publication", "editor", {u"edit_public_answer"_s, u"publish"_s, u"set_confidentiality"_s});
    row("awaiting_publication", "operator",
        {u"edit_public_answer"_s, u"set_confidentiality"_s, u"disclose_contact"_s, u"flag_reporter"_s});
    row("awaiting_publication", "supervisor",
        {u"set_confidentiality"_s, u"escalate"_s, u"disclose_contact"_s, u"flag_reporter"_s});
    row("awaiting_publication@confidential", "editor",
        {u"edit_public_answer"_s, u"answer_privately"_s, u"set_confidentiality"_s});
    row("awaiting_publication@secret", "editor",
        {u"edit_public_answer"_s, u"close_restricted"_s, u"set_confidentiality"_s});
    row("returned_then_approved", "operator",
        {u"dispatch"_s, u"edit_public_answer"_s, u"set_confidentiality"_s, u"disclose_contact"_s,
         u"flag_reporter"_s});
    // the reporter.
    row("published", "citizen", {u"citizen_feedback"_s, u"rate"_s});
    row("published", "specialist:SXD", {u"request_contact"_s});
    row("published", "operator", {u"disclose_contact"_s, u"flag_reporter"_s});
    row("published_feedback", "specialist:SXD", {u"answer_citizen"_s, u"request_contact"_s});
    row("published_feedback", "citizen", {u"rate"_s});
    row("published_feedback", "system", {u"remind"_s});
    row("answered_feedback", "citizen", {u"citizen_feedback"_s, u"rate"_s});
    row("answered_privately", "citizen", {u"citizen_feedback"_s, u"rate"_s});
    // state secrets.
    row("closed_restricted", "operator", {u"disclose_contact"_s, u"flag_reporter"_s});
    row("closed_restricted", "operator_uncleared", none);
    row("closed_restricted", "citizen", none);
    row("in_progress@secret", "operator_uncleared", none);
    row("in_progress@secret", "specialist:SXD",
        {u"return_to_center"_s, u"submit_result"_s, u"request_contact"_s});
}

void WorkflowAllowedTest::allowed()
{
    QFETCH(QString, start);
    QFETCH(QString, actor);
    QFETCH(QStringList, commands);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QStringList allowed = m_world.workflow.allowedCommands(scenario.report(), WorkflowWorld::actor(actor));
    allowed.sort();
    commands.sort();
    QCOMPARE(allowed, commands);
}

void WorkflowAllowedTest::agreesWithApply_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("actor");
    for (const QString& start : kStarts) {
        for (const QString& actor : kActors)
            QTest::addRow("%s, %s", qPrintable(start), qPrintable(actor)) << start << actor;
    }
}

// A listed command passes every guard with a valid payload; an unlisted one is refused by a guard. For
// commands aimed at an agency by center staff, any assigned agency may be the one that qualifies.
void WorkflowAllowedTest::agreesWithApply()
{
    QFETCH(QString, start);
    QFETCH(QString, actor);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    const QStringList allowed =
        m_world.workflow.allowedCommands(scenario.report(), WorkflowWorld::actor(actor));
    for (const QString& type : m_world.workflow.commandTypes()) {
        if (type == u"submit")
            continue;
        QList<QJsonObject> payloads{WorkflowWorld::samplePayload(type)};
        if (payloads.constFirst().contains(u"agencyCode"_s)) {
            payloads.clear();
            for (const Assignment& assignment : scenario.report().assignments) {
                QJsonObject payload = WorkflowWorld::samplePayload(type);
                payload.insert(u"agencyCode"_s, assignment.agencyCode);
                payloads << payload;
            }
        }
        bool passed = false;
        QString refusals;
        for (const QJsonObject& payload : payloads) {
            const auto result = scenario.attempt(type, actor, payload);
            passed = passed || !isGuardRefusal(result);
            refusals += describe(result) + u"; "_s;
        }
        QVERIFY2(passed == allowed.contains(type),
                 qPrintable(
                     u"%1: listed %2, apply says %3"_s.arg(type).arg(allowed.contains(type)).arg(refusals)));
    }
}

QTEST_GUILESS_MAIN(WorkflowAllowedTest)
#include "tst_workflow_allowed.moc"
