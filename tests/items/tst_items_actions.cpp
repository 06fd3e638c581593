// ActionSet and the translated names: what the detail pane offers each role at each step, with labels in
// the glossary's words, and a display name for every value of every enum the console shows.
#include "ItemsFixture.h"
#include "items/ActionSet.h"
#include "items/DisplayNames.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

class ActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void actionsPerRoleAndState_data();
    void actionsPerRoleAndState();
    void everyCommandHasALabel();
    void labelsAreTranslated();
    void displayNames();

private:
    ItemsWorld m_items;
};

void ActionsTest::actionsPerRoleAndState_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("labels");
    const auto row = [](const char* scenario, const char* actor, const QStringList& labels) {
        QTest::addRow("%s, %s", scenario, actor)
            << QString::fromLatin1(scenario) << QString::fromLatin1(actor) << labels;
    };
    row("received", "operator",
        {u"Classify"_s, u"Clarify with reporter"_s, u"Reject (out of scope)"_s, u"Mark as duplicate"_s,
         u"Change confidentiality"_s, u"Flag reporter"_s});
    row("received_classified", "operator",
        {u"Classify"_s, u"Clarify with reporter"_s, u"Reject (out of scope)"_s, u"Mark as duplicate"_s,
         u"Dispatch"_s, u"Change confidentiality"_s, u"Flag reporter"_s});
    row("clarifying", "operator",
        {u"Classify"_s, u"Record clarification"_s, u"Reject (out of scope)"_s, u"Mark as duplicate"_s,
         u"Change confidentiality"_s, u"Flag reporter"_s});
    row("sxd_returned", "operator",
        {u"Dispatch"_s, u"Change confidentiality"_s, u"Remind agency"_s,
         u"Give reporter's contact to agency"_s, u"Flag reporter"_s});
    row("dispatched", "specialist:SXD",
        {u"Accept"_s, u"Return to center"_s, u"Request reporter's contact"_s});
    row("awaiting_approval", "specialist:NUOC",
        {u"Return to center"_s, u"Submit result"_s, u"Request reporter's contact"_s});
    row("awaiting_approval", "leader:SXD", {u"Approve"_s, u"Return for rework"_s, u"Edit and approve"_s});
    row("awaiting_approval", "leader:NUOC", {});
    row("awaiting_publication", "editor",
        {u"Edit for publication"_s, u"Publish"_s, u"Change confidentiality"_s});
    row("awaiting_publication@confidential", "editor",
        {u"Edit for publication"_s, u"Answer the reporter privately"_s, u"Change confidentiality"_s});
    row("awaiting_publication@secret", "editor",
        {u"Edit for publication"_s, u"Close without publication"_s, u"Change confidentiality"_s});
    row("published_feedback", "specialist:SXD", {u"Answer the reporter"_s, u"Request reporter's contact"_s});
    row("in_progress", "supervisor",
        {u"Change confidentiality"_s, u"Escalate to the Provincial People's Committee"_s, u"Remind agency"_s,
         u"Give reporter's contact to agency"_s, u"Flag reporter"_s});
    row("escalated", "supervisor",
        {u"Change confidentiality"_s, u"Resolve escalation"_s, u"Remind agency"_s,
         u"Give reporter's contact to agency"_s, u"Flag reporter"_s});
    row("published", "admin", {});
    row("published", "citizen", {u"Ask for clarification"_s, u"Rate the result"_s});
    row("rejected", "specialist:SXD", {});
}

void ActionsTest::actionsPerRoleAndState()
{
    QFETCH(QString, scenario);
    QFETCH(QString, actor);
    QFETCH(QStringList, labels);

    const Scenario reached = Scenario::reach(m_items.world, scenario);
    QVERIFY2(reached.ok(), qPrintable(reached.failure()));
    const Actor who = WorkflowWorld::actor(actor);
    const ActionSet set = ActionSet::allowed(m_items.world.workflow, reached.report(), who);
    QStringList actual;
    for (const Action& action : set.actions())
        actual << action.label;
    QCOMPARE(actual, labels);
    // Exactly the workflow's answer, in its order.
    QCOMPARE(set.commands(), m_items.world.workflow.allowedCommands(reached.report(), who));
    QCOMPARE(set.isEmpty(), labels.isEmpty());
    for (const QString& command : set.commands())
        QVERIFY(set.allows(command));
    QVERIFY(!set.allows(u"submit"_s));
}

void ActionsTest::everyCommandHasALabel()
{
    QSet<QString> labels;
    for (const QString& command : m_items.world.workflow.commandTypes()) {
        const QString label = ActionSet::label(command);
        QVERIFY2(label != command, qPrintable(command));
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels.insert(label);
    }
    QCOMPARE(ActionSet::label(u"teleport"_s), u"teleport"_s);
}

void ActionsTest::labelsAreTranslated()
{
    VietnameseSample vietnamese;
    QCoreApplication::installTranslator(&vietnamese);
    QCOMPARE(ActionSet::label(u"dispatch"_s), u"Chuyển xử lý"_s);
    const Scenario reached = Scenario::reach(m_items.world, u"received_classified"_s);
    const ActionSet set =
        ActionSet::allowed(m_items.world.workflow, reached.report(), WorkflowWorld::actor(u"operator"_s));
    QVERIFY(set.actions().contains(Action{u"dispatch"_s, u"Chuyển xử lý"_s}));
    QCoreApplication::removeTranslator(&vietnamese);
    QCOMPARE(ActionSet::label(u"dispatch"_s), u"Dispatch"_s);
}

void ActionsTest::displayNames()
{
    const auto distinct = [](const QStringList& names) {
        return QSet<QString>(names.cbegin(), names.cend()).size() == names.size() &&
               !names.contains(QString());
    };
    QStringList names;
    for (ReportState state : allReportStates())
        names << displayName(state);
    QVERIFY(distinct(names));
    QCOMPARE(displayName(ReportState::AwaitingPublication), u"Awaiting publication"_s);

    names.clear();
    for (AssignmentState state :
         {AssignmentState::PendingAcceptance, AssignmentState::Processing, AssignmentState::ReturnedToCenter,
          AssignmentState::AwaitingApproval, AssignmentState::Rework, AssignmentState::Approved})
        names << displayName(state);
    QVERIFY(distinct(names));
    QCOMPARE(displayName(AssignmentState::Rework), u"Returned for rework"_s);

    names.clear();
    for (const QString& wire : roleNames()) {
        Role role = Role::IntakeOperator;
        QVERIFY(roleFromName(wire, &role));
        names << displayName(role);
    }
    QVERIFY(distinct(names));
    QCOMPARE(names.size(), 6);

    names.clear();
    for (Rating rating : allRatings()) {
        names << displayName(rating);
        QCOMPARE(names.constLast(), QCoreApplication::translate("paht::Rating", ratingLabel(rating)));
    }
    QCOMPARE(names, (QStringList{u"Very satisfied"_s, u"Satisfied"_s, u"Neutral"_s, u"Dissatisfied"_s,
                                 u"Very dissatisfied"_s}));

    names = {displayName(Confidentiality::Public), displayName(Confidentiality::Confidential),
             displayName(Confidentiality::StateSecret)};
    QCOMPARE(names, (QStringList{u"Public"_s, u"Confidential"_s, u"State secret"_s}));

    names.clear();
    for (StageStatus status : {StageStatus::OnTrack, StageStatus::DueSoon, StageStatus::Overdue,
                               StageStatus::Paused, StageStatus::Met, StageStatus::Missed})
        names << displayName(status);
    QVERIFY(distinct(names));

    names.clear();
    for (SlaStage stage : allSlaStages())
        names << displayName(stage);
    QVERIFY(distinct(names));

    names.clear();
    for (RejectionKind kind : {RejectionKind::Complaint, RejectionKind::Denunciation,
                               RejectionKind::LegalAdvice, RejectionKind::Abusive, RejectionKind::Duplicate})
        names << displayName(kind);
    QVERIFY(distinct(names));
    names.clear();
    for (ContactChannel channel : {ContactChannel::Phone, ContactChannel::Email, ContactChannel::Sms,
                                   ContactChannel::App, ContactChannel::InPerson})
        names << displayName(channel);
    QVERIFY(distinct(names));
}

QTEST_GUILESS_MAIN(ActionsTest)
#include "tst_items_actions.moc"
