// Every allowed transition of the workflow (architecture, "The workflow"; Appendix I) and whole paths
// from receipt to the end.
#include "WorkflowWorld.h"

#include <QJsonArray>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QStringList types(const QList<Event>& events)
{
    QStringList names;
    for (const Event& event : events)
        names << event.type;
    return names;
}

QStringList publicTypes(const QList<Event>& events)
{
    QStringList names;
    for (const Event& event : events) {
        if (event.isPublic)
            names << event.type;
    }
    return names;
}

} // namespace

class WorkflowTransitionsTest : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void twoAgenciesOneReturnsThenAThird();
    void reworkThenApproval();
    void editAndApproveKeepsBothRevisions();
    void confidentialIsAnsweredPrivately();
    void stateSecretIsClosedRestricted();
    void confidentialityChangeHidesLaterEvents();
    void secondRatingReplacesTheFirst();
    void citizenClarificationRoundTrip();

private:
    WorkflowWorld m_world;
};

void WorkflowTransitionsTest::transitions_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QJsonObject>("payload"); // empty: the sample payload
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("assignments"); // "SXD=processing,NUOC=pending_acceptance": those listed
    QTest::addColumn<QStringList>("events");

    const auto row = [](const char* name, const char* start, const char* type, const char* actor,
                        const QJsonObject& payload, const char* state, const char* assignments,
                        const QStringList& events) {
        QTest::newRow(name) << QString::fromLatin1(start) << QString::fromLatin1(type)
                            << QString::fromLatin1(actor) << payload << QString::fromLatin1(state)
                            << QString::fromLatin1(assignments) << events;
    };
    const QJsonObject none;
    // Step 1: intake.
    row("R-1 submit from the app", "none", "submit", "citizen", none, "received", "", {u"received"_s});
    row("R-1 submit by phone via an operator", "none", "submit", "operator", none, "received", "",
        {u"received"_s});
    row("R-21 submit imported by the system", "none", "submit", "system", none, "received", "",
        {u"received"_s});
    row("R-6 classify", "received", "classify", "operator", none, "received", "", {u"classified"_s});
    row("R-6 classify while clarifying", "clarifying", "classify", "operator", none, "clarifying", "",
        {u"classified"_s});
    row("R-7 request clarification", "received", "request_clarification", "operator", none, "clarifying", "",
        {u"clarification_requested"_s});
    row("R-7 clarification received", "clarifying", "clarification_received", "operator", none, "received",
        "", {u"clarification_received"_s});
    row("R-5 reject a complaint", "received", "reject", "operator", none, "rejected", "", {u"rejected"_s});
    row("R-5 reject legal advice while clarifying", "clarifying", "reject", "operator",
        {{u"kind"_s, u"legal_advice"_s}, {u"reason"_s, u"Đề nghị liên hệ Sở Tư pháp"_s}}, "rejected", "",
        {u"rejected"_s});
    row("R-5 reject abusive content", "received", "reject", "operator",
        {{u"kind"_s, u"abusive"_s}, {u"reason"_s, u"Nội dung xúc phạm"_s}}, "rejected", "", {u"rejected"_s});
    row("link a duplicate", "received_classified", "link_duplicate", "operator", none, "rejected", "",
        {u"duplicate_linked"_s});
    row("R-7 dispatch to two agencies", "received_classified", "dispatch", "operator", none, "dispatched",
        "SXD=pending_acceptance,NUOC=pending_acceptance", {u"dispatched"_s, u"dispatched"_s});
    // Step 2: the agencies.
    row("R-9 first agency accepts", "dispatched", "accept", "specialist:SXD", none, "in_progress",
        "SXD=processing,NUOC=pending_acceptance", {u"assignment_accepted"_s});
    row("R-9 second agency accepts", "in_progress", "accept", "specialist:NUOC", none, "in_progress",
        "SXD=processing,NUOC=processing", {u"assignment_accepted"_s});
    row("R-9 accept naming its own agency", "dispatched", "accept", "specialist:SXD",
        {{u"agencyCode"_s, u"SXD"_s}}, "in_progress", "SXD=processing", {u"assignment_accepted"_s});
    row("R-11 return before accepting", "dispatched", "return_to_center", "specialist:SXD", none,
        "dispatched", "SXD=returned_to_center,NUOC=pending_acceptance", {u"assignment_returned"_s});
    row("R-11 return while processing", "in_progress", "return_to_center", "specialist:SXD", none,
        "dispatched", "SXD=returned_to_center,NUOC=pending_acceptance", {u"assignment_returned"_s});
    row("R-11 last open agency returns, the other approved", "nuoc_approved", "return_to_center",
        "specialist:SXD", none, "awaiting_publication", "SXD=returned_to_center,NUOC=approved",
        {u"assignment_returned"_s, u"ready_for_publication"_s});
    row("R-11 re-dispatch to a third agency", "sxd_returned", "dispatch", "operator",
        {{u"agencies"_s, QJsonArray{u"HONGGAI"_s}}}, "dispatched",
        "SXD=returned_to_center,NUOC=pending_acceptance,HONGGAI=pending_acceptance", {u"dispatched"_s});
    row("R-11 re-dispatch to the agency that returned it", "sxd_returned", "dispatch", "operator",
        {{u"agencies"_s, QJsonArray{u"SXD"_s}}}, "dispatched", "SXD=pending_acceptance", {u"dispatched"_s});
    row("R-11 re-dispatch after the other agency approved", "returned_then_approved", "dispatch", "operator",
        {{u"agencies"_s, QJsonArray{u"HONGGAI"_s}}}, "in_progress",
        "NUOC=approved,HONGGAI=pending_acceptance", {u"dispatched"_s, u"publication_withdrawn"_s});
    row("R-12 submit a result", "in_progress", "submit_result", "specialist:SXD", none, "in_progress",
        "SXD=awaiting_approval", {u"result_submitted"_s});
    row("R-12 submit a result after rework", "rework", "submit_result", "specialist:SXD", none, "in_progress",
        "SXD=awaiting_approval", {u"result_submitted"_s});
    row("R-12 approve, another agency still working", "awaiting_approval", "approve", "leader:SXD", none,
        "in_progress", "SXD=approved,NUOC=processing", {u"result_approved"_s});
    row("R-12 R-14 approve the last result", "last_approval", "approve", "leader:NUOC", none,
        "awaiting_publication", "SXD=approved,NUOC=approved",
        {u"result_approved"_s, u"ready_for_publication"_s});
    row("R-12 return for rework", "awaiting_approval", "return_for_rework", "leader:SXD", none, "in_progress",
        "SXD=rework", {u"rework_requested"_s});
    row("R-12 edit and approve", "awaiting_approval", "edit_and_approve", "leader:SXD", none, "in_progress",
        "SXD=approved", {u"result_edited_and_approved"_s});
    row("R-12 R-14 edit and approve the last result", "last_approval", "edit_and_approve", "leader:NUOC",
        none, "awaiting_publication", "NUOC=approved",
        {u"result_edited_and_approved"_s, u"ready_for_publication"_s});
    // Step 3: publication.
    row("R-14 editor edits the public answer", "awaiting_publication", "edit_public_answer", "editor", none,
        "awaiting_publication", "", {u"public_answer_edited"_s});
    row("R-14 operator edits the public answer", "awaiting_publication", "edit_public_answer", "operator",
        none, "awaiting_publication", "", {u"public_answer_edited"_s});
    row("R-14 R-16 publish", "awaiting_publication", "publish", "editor", none, "published", "",
        {u"published"_s});
    row("R-17 answer a confidential report privately", "awaiting_publication@confidential",
        "answer_privately", "editor", none, "answered_privately", "", {u"answered_privately"_s});
    row("R-17 close a state-secret report", "awaiting_publication@secret", "close_restricted", "editor", none,
        "closed_restricted", "", {u"closed_restricted"_s});
    row("R-4 mark confidential during handling", "in_progress", "set_confidentiality", "supervisor", none,
        "in_progress", "", {u"confidentiality_changed"_s});
    // Step 4: the reporter.
    row("R-18 feedback to every agency", "published", "citizen_feedback", "citizen", none, "published", "",
        {u"citizen_feedback"_s, u"citizen_feedback"_s});
    row("R-18 feedback to one agency", "published", "citizen_feedback", "citizen",
        {{u"text"_s, u"Nước vẫn yếu."_s}, {u"agencies"_s, QJsonArray{u"NUOC"_s}}}, "published", "",
        {u"citizen_feedback"_s});
    row("R-18 feedback on a private answer", "answered_privately", "citizen_feedback", "citizen", none,
        "answered_privately", "", {u"citizen_feedback"_s, u"citizen_feedback"_s});
    row("R-18 the agency answers the reporter", "published_feedback", "answer_citizen", "specialist:SXD",
        none, "published", "SXD=approved", {u"citizen_answered"_s});
    row("R-19 rate", "published", "rate", "citizen", none, "published", "", {u"rated"_s});
    row("R-19 rate a private answer", "answered_privately", "rate", "citizen", none, "answered_privately", "",
        {u"rated"_s});
    // Oversight.
    row("R-13 escalate during handling", "in_progress", "escalate", "supervisor", none, "in_progress", "",
        {u"escalated"_s});
    row("R-13 escalate before publication", "awaiting_publication", "escalate", "supervisor", none,
        "awaiting_publication", "", {u"escalated"_s});
    row("R-13 resolve the escalation", "escalated", "resolve_escalation", "supervisor", none, "in_progress",
        "", {u"escalation_resolved"_s});
    row("R-24 remind a late agency", "in_progress", "remind", "operator", {{u"agencyCode"_s, u"NUOC"_s}},
        "in_progress", "", {u"reminder_sent"_s});
    row("R-24 automatic reminder", "dispatched", "remind", "system", none, "dispatched", "",
        {u"reminder_sent"_s});
    row("R-18 R-24 remind an agency that owes the reporter an answer", "published_feedback", "remind",
        "supervisor", none, "published", "", {u"reminder_sent"_s});
    row("R-27 disclose the reporter's contact", "in_progress", "disclose_contact", "operator", none,
        "in_progress", "", {u"contact_disclosed"_s});
    row("R-27 the agency asks for the contact", "in_progress", "request_contact", "specialist:SXD", none,
        "in_progress", "", {u"contact_requested"_s});
    row("R-28 flag a false report", "rejected", "flag_reporter", "supervisor",
        {{u"flag"_s, u"false_abusive"_s}}, "rejected", "", {u"reporter_flagged"_s});
    row("R-28 recognise a valuable reporter", "published", "flag_reporter", "operator", none, "published", "",
        {u"reporter_flagged"_s});
}

void WorkflowTransitionsTest::transitions()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QString, actor);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, state);
    QFETCH(QString, assignments);
    QFETCH(QStringList, events);

    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    const auto result = scenario.attempt(type, actor, payload);
    QVERIFY2(std::holds_alternative<Outcome>(result), qPrintable(describe(result)));
    const Outcome& outcome = std::get<Outcome>(result);

    QCOMPARE(reportStateName(outcome.report.state), state);
    for (const QString& expected : assignments.split(u',', Qt::SkipEmptyParts)) {
        const Assignment* assignment = outcome.report.assignmentFor(expected.section(u'=', 0, 0));
        QVERIFY2(assignment, qPrintable(expected));
        QCOMPARE(assignmentStateName(assignment->state), expected.section(u'=', 1));
    }
    QCOMPARE(types(outcome.events), events);
    // Every applied command bumps the version by one, and its events carry who, when and which version.
    const qint64 version = scenario.current() ? scenario.report().version + 1 : 1;
    QCOMPARE(outcome.report.version, version);
    for (const Event& event : outcome.events) {
        QCOMPARE(event.reportId, QString::fromLatin1(WorkflowWorld::kReportId));
        QCOMPARE(event.reportVersion, version);
        QCOMPARE(event.at, scenario.now());
        QCOMPARE(event.actor, WorkflowWorld::actor(actor).eventName());
    }
}

// two agencies; SXD returns it, the center sends it to a third, all the way to
// publication. The public timeline shows received, dispatched, accepted, approved and published only.
void WorkflowTransitionsTest::twoAgenciesOneReturnsThenAThird()
{
    Scenario s = Scenario::reach(m_world, u"dispatched"_s);
    s.run(u"accept"_s, u"specialist:NUOC"_s)
        .run(u"return_to_center"_s, u"specialist:SXD"_s)
        .run(u"dispatch"_s, u"operator"_s, {{u"agencies"_s, QJsonArray{u"HONGGAI"_s}}})
        .run(u"accept"_s, u"specialist:HONGGAI"_s)
        .run(u"submit_result"_s, u"specialist:NUOC"_s)
        .run(u"approve"_s, u"leader:NUOC"_s)
        .run(u"submit_result"_s, u"specialist:HONGGAI"_s)
        .run(u"approve"_s, u"leader:HONGGAI"_s)
        .run(u"edit_public_answer"_s, u"editor"_s)
        .run(u"publish"_s, u"editor"_s, {{u"text"_s, u"Kính gửi: Quý cá nhân. Đã xử lý xong."_s}});
    QVERIFY2(s.ok(), qPrintable(s.failure()));

    const Report& report = s.report();
    QCOMPARE(report.state, ReportState::Published);
    QCOMPARE(report.assignmentFor(u"SXD"_s)->state, AssignmentState::ReturnedToCenter);
    QCOMPARE(report.assignmentFor(u"NUOC"_s)->state, AssignmentState::Approved);
    QCOMPARE(report.assignmentFor(u"HONGGAI"_s)->state, AssignmentState::Approved);
    QCOMPARE(report.publicAnswer, u"Kính gửi: Quý cá nhân. Đã xử lý xong."_s);
    QVERIFY(!report.intake.isOpen());
    QVERIFY(report.publication && !report.publication->isOpen());
    QCOMPARE(report.version, qint64(s.events().constLast().reportVersion));

    QCOMPARE(publicTypes(s.events()),
             (QStringList{u"received"_s, u"dispatched"_s, u"dispatched"_s, u"assignment_accepted"_s,
                          u"dispatched"_s, u"assignment_accepted"_s, u"result_approved"_s,
                          u"result_approved"_s, u"published"_s}));
    // Versions go up by one per command; a command may record several events.
    qint64 last = 0;
    for (const Event& event : s.events()) {
        QVERIFY(event.reportVersion == last || event.reportVersion == last + 1);
        last = event.reportVersion;
    }
    // The return is internal, but its reason is kept on the record.
    QCOMPARE(report.assignmentFor(u"SXD"_s)->returnReason, u"Không thuộc thẩm quyền của đơn vị"_s);
}

// the leader sends the result back; the specialist's second result is approved.
void WorkflowTransitionsTest::reworkThenApproval()
{
    Scenario s = Scenario::reach(m_world, u"rework"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().assignmentFor(u"SXD"_s)->reworkReason, u"Bổ sung ảnh sau khi sửa"_s);
    QVERIFY(s.report()
                .assignmentFor(u"SXD"_s)
                ->processing->isOpen()); // rework runs on the processing clock
    s.run(u"submit_result"_s, u"specialist:SXD"_s, {{u"text"_s, u"Đã thay bóng đèn, kèm ảnh."_s}})
        .run(u"approve"_s, u"leader:SXD"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    const Assignment& sxd = *s.report().assignmentFor(u"SXD"_s);
    QCOMPARE(sxd.state, AssignmentState::Approved);
    QCOMPARE(sxd.resultRevisions.size(), 2);
    QCOMPARE(sxd.resultRevisions.at(0).kind, ResultRevision::Kind::Submitted);
    QCOMPARE(sxd.resultRevisions.at(1).kind, ResultRevision::Kind::Submitted);
    QCOMPARE(sxd.result->text, u"Đã thay bóng đèn, kèm ảnh."_s);
    QVERIFY(sxd.reworkReason.isEmpty());
    QVERIFY(!sxd.processing->isOpen());
    QVERIFY(!sxd.approval->isOpen());
    QCOMPARE(s.report().state, ReportState::InProgress); // NUOC is still processing
}

// "edit and approve" keeps what the specialist wrote and what the leader wrote.
void WorkflowTransitionsTest::editAndApproveKeepsBothRevisions()
{
    Scenario s = Scenario::reach(m_world, u"awaiting_approval"_s);
    s.run(u"edit_and_approve"_s, u"leader:SXD"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    const Assignment& sxd = *s.report().assignmentFor(u"SXD"_s);
    QCOMPARE(sxd.resultRevisions.size(), 2);
    QCOMPARE(sxd.resultRevisions.at(0).text, u"Đã thay bóng đèn tại cột số 17."_s);
    QCOMPARE(sxd.resultRevisions.at(0).by, u"specialist.sxd"_s);
    QCOMPARE(sxd.resultRevisions.at(0).kind, ResultRevision::Kind::Submitted);
    QCOMPARE(sxd.resultRevisions.at(1).text, u"Sở Xây dựng đã thay bóng đèn LED 150W tại cột số 17."_s);
    QCOMPARE(sxd.resultRevisions.at(1).by, u"leader.sxd"_s);
    QCOMPARE(sxd.resultRevisions.at(1).kind, ResultRevision::Kind::EditedByLeader);
    QCOMPARE(sxd.result->text, sxd.resultRevisions.at(1).text);
    QCOMPARE(sxd.result->attachments, QStringList{QString(64, QLatin1Char('c'))});
    QCOMPARE(sxd.state, AssignmentState::Approved);
}

// a confidential report is answered to the reporter only; nothing of it is public.
void WorkflowTransitionsTest::confidentialIsAnsweredPrivately()
{
    Scenario s = Scenario::reach(m_world, u"answered_privately"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().state, ReportState::AnsweredPrivately);
    QCOMPARE(s.report().confidentiality, Confidentiality::Confidential);
    QVERIFY(!s.report().publicAnswer.isEmpty());
    QVERIFY(publicTypes(s.events()).isEmpty());
    QVERIFY(types(s.events()).contains(u"answered_privately"_s));
}

// a state-secret report is closed without any publication, and nothing of it is public.
void WorkflowTransitionsTest::stateSecretIsClosedRestricted()
{
    Scenario s = Scenario::reach(m_world, u"closed_restricted"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().state, ReportState::ClosedRestricted);
    QVERIFY(s.report().publicAnswer.isEmpty());
    QVERIFY(publicTypes(s.events()).isEmpty());
    QVERIFY(s.report().publication && !s.report().publication->isOpen());
    QCOMPARE(s.events().constFirst().actor, u"tiepnhan01"_s); // entered by a cleared operator
}

// once the report turns confidential, its later steps leave the public timeline.
void WorkflowTransitionsTest::confidentialityChangeHidesLaterEvents()
{
    Scenario s = Scenario::reach(m_world, u"dispatched"_s);
    s.run(u"set_confidentiality"_s, u"operator"_s).run(u"accept"_s, u"specialist:SXD"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(publicTypes(s.events()), (QStringList{u"received"_s, u"dispatched"_s, u"dispatched"_s}));
    // A state secret found before publication: the report is closed, not published.
    Scenario secret = Scenario::reach(m_world, u"awaiting_publication"_s);
    secret.run(u"set_confidentiality"_s, u"editor"_s, {{u"confidentiality"_s, u"state_secret"_s}})
        .run(u"close_restricted"_s, u"editor"_s);
    QVERIFY2(secret.ok(), qPrintable(secret.failure()));
    QCOMPARE(secret.report().state, ReportState::ClosedRestricted);
}

// a second rating replaces the first; the event says what it replaced.
void WorkflowTransitionsTest::secondRatingReplacesTheFirst()
{
    Scenario s = Scenario::reach(m_world, u"published"_s);
    s.run(u"rate"_s, u"citizen"_s, {{u"rating"_s, u"dissatisfied"_s}, {u"comment"_s, u"Chưa sửa hết"_s}})
        .run(u"rate"_s, u"citizen"_s, {{u"rating"_s, u"very_satisfied"_s}});
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().rating->level, Rating::VerySatisfied);
    QVERIFY(s.report().rating->comment.isEmpty());
    const Event& last = s.events().constLast();
    QCOMPARE(last.type, u"rated"_s);
    QCOMPARE(last.actor, u"citizen"_s);
    QVERIFY(!last.actorRole.has_value());
    QCOMPARE(last.payload.value(u"rating"_s).toString(), u"very_satisfied"_s);
    QCOMPARE(last.payload.value(u"replaces"_s).toString(), u"dissatisfied"_s);
}

// the reporter asks, each agency answers on its own clock; then the reporter may ask again.
void WorkflowTransitionsTest::citizenClarificationRoundTrip()
{
    Scenario s = Scenario::reach(m_world, u"published_feedback"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().citizenFeedback.size(), 1);
    for (const Assignment& assignment : s.report().assignments) {
        QVERIFY(assignment.clarification && assignment.clarification->isOpen());
        QCOMPARE(assignment.clarification->timing.stage, SlaStage::CitizenClarification);
        QVERIFY(assignment.awaitsAgency());
    }
    s.run(u"answer_citizen"_s, u"specialist:SXD"_s).run(u"answer_citizen"_s, u"specialist:NUOC"_s);
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    const CitizenClarification& answered = *s.report().assignmentFor(u"SXD"_s)->clarification;
    QCOMPARE(answered.answer, u"Đã kiểm tra thêm cột số 18."_s);
    QCOMPARE(answered.answeredBy, u"specialist.sxd"_s);
    QVERIFY(!answered.timing.isOpen());
    s.run(u"citizen_feedback"_s, u"citizen"_s, {{u"text"_s, u"Cảm ơn, còn cột số 19."_s}});
    QVERIFY2(s.ok(), qPrintable(s.failure()));
    QCOMPARE(s.report().citizenFeedback.size(), 2);
    QCOMPARE(s.report().assignmentFor(u"NUOC"_s)->clarification->question, u"Cảm ơn, còn cột số 19."_s);
}

QTEST_GUILESS_MAIN(WorkflowTransitionsTest)
#include "tst_workflow_transitions.moc"
