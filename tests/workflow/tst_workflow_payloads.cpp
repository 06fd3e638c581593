// Payload validation names the field at fault (InvalidPayload), unknown commands are refused, and the
// command and error formats of the sync protocol (architecture, "Sync protocol").
#include "WorkflowWorld.h"

#include <QJsonArray>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

class WorkflowPayloadsTest : public QObject
{
    Q_OBJECT

private slots:
    void invalidPayload_data();
    void invalidPayload();
    void reportIdentity();
    void unknownCommand();
    void commandJson();
    void errorNames();

private:
    WorkflowWorld m_world;
};

void WorkflowPayloadsTest::invalidPayload_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("field");

    const auto with = [](const char* type, const char* key, const QJsonValue& value) {
        QJsonObject payload = WorkflowWorld::samplePayload(QString::fromLatin1(type));
        if (value.isUndefined())
            payload.remove(QString::fromLatin1(key));
        else
            payload.insert(QString::fromLatin1(key), value);
        return payload;
    };
    const QJsonValue drop(QJsonValue::Undefined);
    QJsonObject submit = WorkflowWorld::samplePayload(u"submit"_s);
    QJsonObject reporter = submit.value(u"reporter"_s).toObject();
    reporter.insert(u"name"_s, u"  "_s);
    QJsonObject location = submit.value(u"location"_s).toObject();
    location.insert(u"latitude"_s, 100);
    const auto row = [](const char* name, const char* start, const char* type, const char* actor,
                        const QJsonObject& payload, const char* field) {
        QTest::newRow(name) << QString::fromLatin1(start) << QString::fromLatin1(type)
                            << QString::fromLatin1(actor) << payload << QString::fromLatin1(field);
    };
    row("submit without a title", "none", "submit", "citizen", with("submit", "title", drop), "title");
    row("submit without a description", "none", "submit", "citizen", with("submit", "description", u""_s),
        "description");
    row("submit without a location", "none", "submit", "citizen", with("submit", "location", drop),
        "location");
    row("submit with a blank reporter name (R-3)", "none", "submit", "citizen",
        with("submit", "reporter", reporter), "reporter.name");
    row("submit off the globe", "none", "submit", "citizen", with("submit", "location", location),
        "location.latitude");
    row("submit a malformed attachment", "none", "submit", "citizen",
        with("submit", "attachments", QJsonArray{u"IMG_0001.jpg"_s}), "attachments[0]");
    row("submit in an unknown category", "none", "submit", "citizen",
        with("submit", "categoryCode", u"XYZ"_s), "categoryCode");
    row("R-4 a reporter cannot declare a state secret", "none", "submit", "citizen",
        with("submit", "confidentiality", u"state_secret"_s), "confidentiality");
    row("classify without a category", "received", "classify", "operator", {}, "categoryCode");
    row("classify into an unknown category", "received", "classify", "operator",
        {{u"categoryCode"_s, u"XYZ"_s}}, "categoryCode");
    row("R-26 classify into a retired category", "received", "classify", "operator",
        {{u"categoryCode"_s, u"CU"_s}}, "categoryCode");
    row("clarify through an unknown channel", "received", "request_clarification", "operator",
        with("request_clarification", "contactChannel", u"fax"_s), "contactChannel");
    row("clarify without a note", "received", "request_clarification", "operator",
        with("request_clarification", "note", drop), "note");
    row("reject as a duplicate", "received", "reject", "operator", with("reject", "kind", u"duplicate"_s),
        "kind");
    row("R-5 reject without a reason", "received", "reject", "operator", with("reject", "reason", drop),
        "reason");
    row("duplicate of itself", "received", "link_duplicate", "operator",
        {{u"duplicateOf"_s, QString::fromLatin1(WorkflowWorld::kReportId)}}, "duplicateOf");
    row("duplicate of a malformed number", "received", "link_duplicate", "operator",
        {{u"duplicateOf"_s, u"123"_s}}, "duplicateOf");
    row("dispatch to nobody", "received_classified", "dispatch", "operator",
        with("dispatch", "agencies", QJsonArray()), "agencies");
    row("dispatch without a list", "received_classified", "dispatch", "operator",
        with("dispatch", "agencies", u"SXD"_s), "agencies");
    row("dispatch to an unknown agency", "received_classified", "dispatch", "operator",
        with("dispatch", "agencies", QJsonArray{u"SXD"_s, u"SOYTE"_s}), "agencies[1]");
    row("dispatch to the same agency twice", "received_classified", "dispatch", "operator",
        with("dispatch", "agencies", QJsonArray{u"SXD"_s, u"SXD"_s}), "agencies[1]");
    row("re-dispatch to an agency already holding it", "sxd_returned", "dispatch", "operator",
        with("dispatch", "agencies", QJsonArray{u"NUOC"_s}), "agencies[0]");
    row("agencyCode not a string", "dispatched", "accept", "specialist:SXD", {{u"agencyCode"_s, 7}},
        "agencyCode");
    row("R-11 return without a reason", "in_progress", "return_to_center", "specialist:SXD", {}, "reason");
    row("R-12 result without text", "in_progress", "submit_result", "specialist:SXD",
        with("submit_result", "text", u" "_s), "text");
    row("R-12 result with a malformed attachment", "in_progress", "submit_result", "specialist:SXD",
        with("submit_result", "attachments", QJsonArray{QString(64, QLatin1Char('C'))}), "attachments[0]");
    row("R-12 rework without a reason", "awaiting_approval", "return_for_rework", "leader:SXD", {}, "reason");
    row("R-12 edit that changes nothing", "awaiting_approval", "edit_and_approve", "leader:SXD",
        {{u"text"_s, u"Đã thay bóng đèn tại cột số 17."_s}}, "text");
    row("R-14 empty public answer", "awaiting_publication", "edit_public_answer", "editor",
        {{u"text"_s, u""_s}}, "text");
    row("R-14 publish with no answer written", "awaiting_publication", "publish", "editor",
        {{u"note"_s, u"không có nội dung"_s}}, "text");
    row("confidentiality unchanged", "received", "set_confidentiality", "operator",
        {{u"confidentiality"_s, u"public"_s}}, "confidentiality");
    row("R-18 feedback without text", "published", "citizen_feedback", "citizen", {{u"text"_s, u""_s}},
        "text");
    row("R-18 feedback to an agency that gave no result", "published", "citizen_feedback", "citizen",
        with("citizen_feedback", "agencies", QJsonArray{u"HONGGAI"_s}), "agencies[0]");
    row("R-19 a sixth rating level", "published", "rate", "citizen", {{u"rating"_s, u"excellent"_s}},
        "rating");
    row("R-13 escalate without a note", "in_progress", "escalate", "supervisor", {}, "note");
    row("R-24 remind nobody", "in_progress", "remind", "operator", {{u"note"_s, u"nhắc"_s}}, "agencyCode");
    row("R-24 remind an agency not involved", "in_progress", "remind", "operator",
        {{u"agencyCode"_s, u"HONGGAI"_s}}, "agencyCode");
    row("R-27 disclose without a reason", "in_progress", "disclose_contact", "operator",
        with("disclose_contact", "reason", drop), "reason");
    row("R-28 an unknown flag", "rejected", "flag_reporter", "operator", {{u"flag"_s, u"spam"_s}}, "flag");
}

void WorkflowPayloadsTest::invalidPayload()
{
    QFETCH(QString, start);
    QFETCH(QString, type);
    QFETCH(QString, actor);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, field);
    const Scenario scenario = Scenario::reach(m_world, start);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    // An empty payload would mean "the sample" to the scenario; send one harmless key instead.
    const QJsonObject sent = payload.isEmpty() ? QJsonObject{{u"comment"_s, u"-"_s}} : payload;
    const auto result = scenario.attempt(type, actor, sent);
    expectRefusal(result, WorkflowErrorCode::InvalidPayload);
    QCOMPARE(std::get<WorkflowError>(result).field, field);
}

void WorkflowPayloadsTest::reportIdentity()
{
    const Scenario none(m_world);
    Command submit = none.command(u"submit"_s, {}, 0);
    submit.reportId = u"PAHT-26-1"_s;
    auto result =
        m_world.workflow.apply(std::nullopt, submit, Actor::citizen(), m_world.directory, none.now());
    expectRefusal(result, WorkflowErrorCode::InvalidPayload);
    QCOMPARE(std::get<WorkflowError>(result).field, u"reportId"_s);

    // Any other command needs the report it names.
    result = m_world.workflow.apply(std::nullopt, none.command(u"classify"_s, {}, 1),
                                    WorkflowWorld::actor(u"operator"_s), m_world.directory, none.now());
    expectRefusal(result, WorkflowErrorCode::InvalidPayload);
    QCOMPARE(std::get<WorkflowError>(result).field, u"reportId"_s);

    const Scenario received = Scenario::reach(m_world, u"received"_s);
    Command other = received.command(u"classify"_s, {}, 1);
    other.reportId = u"PAHT-2026-000999"_s;
    result = m_world.workflow.apply(received.current(), other, WorkflowWorld::actor(u"operator"_s),
                                    m_world.directory, received.now());
    expectRefusal(result, WorkflowErrorCode::InvalidPayload);
}

void WorkflowPayloadsTest::unknownCommand()
{
    const Scenario scenario = Scenario::reach(m_world, u"in_progress"_s);
    const auto result = scenario.attempt(u"approve_everything"_s, u"supervisor"_s);
    expectRefusal(result, WorkflowErrorCode::UnknownCommand);
    QCOMPARE(std::get<WorkflowError>(result).codeName(), u"unknown_command"_s);
}

// center staff need clearance for state-secret reports; agency staff act through their assignment.
void WorkflowPayloadsTest::commandJson()
{
    Command command;
    command.commandId = u"0b9c7f5e-3d2a-4c1b-9e8f-7a6b5c4d3e2f"_s;
    command.type = u"dispatch"_s;
    command.reportId = QString::fromLatin1(WorkflowWorld::kReportId);
    command.expectedVersion = 2;
    command.payload = WorkflowWorld::samplePayload(u"dispatch"_s);
    Command decoded;
    const DecodeResult error = Command::fromJson(command.toJson(), &decoded);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(decoded, command);

    QJsonObject bad = command.toJson();
    bad.insert(u"commandId"_s, u"lệnh-1"_s);
    QCOMPARE(Command::fromJson(bad, &decoded)->field, u"commandId"_s);
    bad = command.toJson();
    bad.insert(u"expectedVersion"_s, -1);
    QCOMPARE(Command::fromJson(bad, &decoded)->field, u"expectedVersion"_s);
    // A client submitting a new report cannot know its number yet; every other command must name one.
    QJsonObject submit = command.toJson();
    submit.insert(u"type"_s, u"submit"_s);
    submit.remove(u"reportId"_s);
    QVERIFY(!Command::fromJson(submit, &decoded).has_value());
    QVERIFY(decoded.reportId.isEmpty());
    bad = command.toJson();
    bad.remove(u"reportId"_s);
    QCOMPARE(Command::fromJson(bad, &decoded)->toString(), u"reportId: missing"_s);
    bad = command.toJson();
    bad.remove(u"type"_s);
    QCOMPARE(Command::fromJson(bad, &decoded)->toString(), u"type: missing"_s);
}

void WorkflowPayloadsTest::errorNames()
{
    const QList<QPair<WorkflowErrorCode, QString>> names{
        {WorkflowErrorCode::WrongState, u"wrong_state"_s},
        {WorkflowErrorCode::WrongRole, u"wrong_role"_s},
        {WorkflowErrorCode::NotYourAgency, u"not_your_agency"_s},
        {WorkflowErrorCode::StaleVersion, u"stale_version"_s},
        {WorkflowErrorCode::InvalidPayload, u"invalid_payload"_s},
        {WorkflowErrorCode::UnknownCommand, u"unknown_command"_s},
    };
    for (const auto& [code, name] : names)
        QCOMPARE(WorkflowError::codeName(code), name);
    const QJsonObject json = WorkflowError::invalidPayload(u"agencies[1]"_s, u"unknown agency"_s).toJson();
    QCOMPARE(json.value(u"code"_s).toString(), u"invalid_payload"_s);
    QCOMPARE(json.value(u"field"_s).toString(), u"agencies[1]"_s);
}

QTEST_GUILESS_MAIN(WorkflowPayloadsTest)
#include "tst_workflow_payloads.moc"
