#include "WorkflowWorld.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

Agency agency(const QString& code, const QString& name, AgencyKind kind, int limitDays)
{
    Agency value;
    value.code = code;
    value.name = name;
    value.kind = kind;
    value.processingLimitDays = limitDays;
    return value;
}

} // namespace

WorkflowWorld::WorkflowWorld()
    : calendar(WorkingCalendar::regulationDefaults()), clock(calendar),
      policy(SlaPolicy::regulationDefaults()), workflow(policy, clock)
{
    directory.add(agency(u"SXD"_s, u"Sở Xây dựng"_s, AgencyKind::ProvincialDepartment, 5));
    directory.add(
        agency(u"NUOC"_s, u"Công ty Cổ phần Nước sạch Quảng Ninh"_s, AgencyKind::PublicServiceCompany, 3));
    directory.add(agency(u"HONGGAI"_s, u"UBND phường Hồng Gai"_s, AgencyKind::CommunePeopleCommittee, 2));
    directory.add(Category{u"HTDT"_s, u"Hạ tầng đô thị"_s, {u"SXD"_s, u"HONGGAI"_s}, true});
    directory.add(Category{u"CAPNUOC"_s, u"Cấp nước"_s, {u"NUOC"_s}, true});
    directory.add(Category{u"CU"_s, u"Lĩnh vực đã ngừng tiếp nhận"_s, {}, false});
}

Actor WorkflowWorld::actor(const QString& key)
{
    if (key == u"citizen")
        return Actor::citizen();
    if (key == u"system")
        return Actor::system();
    User user;
    const QString agencyCode = key.section(QLatin1Char(':'), 1);
    const QString kind = key.section(QLatin1Char(':'), 0, 0);
    if (kind == u"specialist" || kind == u"leader") {
        user = {u"%1.%2"_s.arg(kind, agencyCode.toLower()),
                {},
                kind == u"specialist" ? Role::AgencySpecialist : Role::AgencyLeader,
                agencyCode,
                false,
                false};
    } else if (kind == u"operator") {
        user = {u"tiepnhan01"_s, {}, Role::IntakeOperator, {}, true, false};
    } else if (kind == u"operator_uncleared") {
        user = {u"tiepnhan02"_s, {}, Role::IntakeOperator, {}, false, false};
    } else if (kind == u"editor") {
        user = {u"bientap01"_s, {}, Role::PublicationEditor, {}, true, false};
    } else if (kind == u"supervisor") {
        user = {u"vanphong01"_s, {}, Role::Supervisor, {}, true, false};
    } else if (kind == u"admin") {
        user = {u"quantri01"_s, {}, Role::Administrator, {}, true, false};
    } else {
        qFatal("unknown actor %s", qPrintable(key));
    }
    return Actor::staff(user);
}

QJsonObject WorkflowWorld::samplePayload(const QString& type)
{
    const QString sha = QString(64, QLatin1Char('c'));
    static const QHash<QString, QJsonObject> payloads{
        {u"submit"_s,
         {{u"title"_s, u"Đèn đường hỏng trên đường Trần Hưng Đạo"_s},
          {u"description"_s, u"Ba cột đèn liền nhau không sáng từ tối qua."_s},
          {u"location"_s, QJsonObject{{u"latitude"_s, 20.9541},
                                      {u"longitude"_s, 107.0783},
                                      {u"address"_s, u"Số 12 Trần Hưng Đạo, phường Hồng Gai"_s}}},
          {u"reporter"_s, QJsonObject{{u"name"_s, u"Nguyễn Thị Hương"_s},
                                      {u"phone"_s, u"0912345678"_s},
                                      {u"email"_s, u"huong@example.vn"_s}}}}},
        {u"classify"_s, {{u"categoryCode"_s, u"HTDT"_s}}},
        {u"request_clarification"_s,
         {{u"note"_s, u"Gọi xác nhận vị trí cột đèn"_s}, {u"contactChannel"_s, u"phone"_s}}},
        {u"clarification_received"_s, {{u"note"_s, u"Người dân xác nhận: trước số nhà 12"_s}}},
        {u"reject"_s,
         {{u"kind"_s, u"complaint"_s},
          {u"reason"_s, u"Nội dung là khiếu nại, đề nghị gửi theo Luật Khiếu nại"_s}}},
        {u"link_duplicate"_s, {{u"duplicateOf"_s, u"PAHT-2026-000099"_s}}},
        {u"dispatch"_s,
         {{u"agencies"_s, QJsonArray{u"SXD"_s, u"NUOC"_s}},
          {u"instruction"_s, u"Đề nghị kiểm tra, xử lý"_s}}},
        {u"accept"_s, {}},
        {u"return_to_center"_s, {{u"reason"_s, u"Không thuộc thẩm quyền của đơn vị"_s}}},
        {u"submit_result"_s,
         {{u"text"_s, u"Đã thay bóng đèn tại cột số 17."_s}, {u"attachments"_s, QJsonArray{sha}}}},
        {u"answer_citizen"_s, {{u"text"_s, u"Đã kiểm tra thêm cột số 18."_s}}},
        {u"request_contact"_s, {{u"reason"_s, u"Cần hẹn người dân chỉ vị trí"_s}}},
        {u"approve"_s, {}},
        {u"return_for_rework"_s, {{u"reason"_s, u"Bổ sung ảnh sau khi sửa"_s}}},
        {u"edit_and_approve"_s, {{u"text"_s, u"Sở Xây dựng đã thay bóng đèn LED 150W tại cột số 17."_s}}},
        {u"edit_public_answer"_s, {{u"text"_s, u"Kính gửi: Quý cá nhân. Các cơ quan đã xử lý xong."_s}}},
        {u"publish"_s, {{u"text"_s, u"Kính gửi: Quý cá nhân. Các cơ quan đã xử lý xong."_s}}},
        {u"answer_privately"_s, {{u"text"_s, u"Kính gửi: Quý cá nhân. Kết quả xử lý như sau."_s}}},
        {u"close_restricted"_s, {}},
        {u"set_confidentiality"_s, {{u"confidentiality"_s, u"confidential"_s}}},
        {u"citizen_feedback"_s, {{u"text"_s, u"Cột số 18 cũng hỏng."_s}}},
        {u"rate"_s, {{u"rating"_s, u"satisfied"_s}}},
        {u"escalate"_s, {{u"note"_s, u"Hai cơ quan chưa thống nhất thẩm quyền"_s}}},
        {u"resolve_escalation"_s, {{u"note"_s, u"UBND tỉnh đã giao Sở Xây dựng chủ trì"_s}}},
        {u"remind"_s, {{u"agencyCode"_s, u"SXD"_s}}},
        {u"disclose_contact"_s,
         {{u"agencyCode"_s, u"SXD"_s}, {u"reason"_s, u"Cần liên hệ người dân để xác minh"_s}}},
        {u"flag_reporter"_s, {{u"flag"_s, u"valuable"_s}}},
    };
    return payloads.value(type);
}

QDateTime WorkflowWorld::local(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

Scenario::Scenario(const WorkflowWorld& world) : m_world(world), m_now(WorkflowWorld::local(2026, 3, 2, 8)) {}

Scenario Scenario::reach(const WorkflowWorld& world, const QString& name)
{
    Scenario scenario(world);
    scenario.walk(name.section(QLatin1Char('@'), 0, 0), name.section(QLatin1Char('@'), 1));
    return scenario;
}

void Scenario::walk(const QString& stage, const QString& level)
{
    // Each starting point is its parent plus a step or two.
    const auto from = [&](const char* parent) {
        walk(QString::fromLatin1(parent), level);
    };
    if (stage == u"none")
        return;
    if (stage == u"received") {
        QJsonObject payload = WorkflowWorld::samplePayload(u"submit"_s);
        if (level == u"confidential")
            payload.insert(u"confidentiality"_s, u"confidential"_s);
        if (level == u"secret")
            payload.insert(u"confidentiality"_s, u"state_secret"_s);
        run(u"submit"_s, level == u"secret" ? u"operator"_s : u"citizen"_s, payload);
    } else if (stage == u"received_classified") {
        from("received");
        run(u"classify"_s, u"operator"_s);
    } else if (stage == u"clarifying") {
        from("received");
        run(u"request_clarification"_s, u"operator"_s);
    } else if (stage == u"rejected") {
        from("received");
        run(u"reject"_s, u"operator"_s);
    } else if (stage == u"dispatched") {
        from("received_classified");
        run(u"dispatch"_s, u"operator"_s);
    } else if (stage == u"in_progress") {
        from("dispatched");
        run(u"accept"_s, u"specialist:SXD"_s);
    } else if (stage == u"awaiting_approval") {
        from("in_progress");
        run(u"accept"_s, u"specialist:NUOC"_s).run(u"submit_result"_s, u"specialist:SXD"_s);
    } else if (stage == u"rework") {
        from("awaiting_approval");
        run(u"return_for_rework"_s, u"leader:SXD"_s);
    } else if (stage == u"last_approval") {
        from("awaiting_approval");
        run(u"approve"_s, u"leader:SXD"_s).run(u"submit_result"_s, u"specialist:NUOC"_s);
    } else if (stage == u"awaiting_publication") {
        from("last_approval");
        run(u"approve"_s, u"leader:NUOC"_s);
    } else if (stage == u"published") {
        from("awaiting_publication");
        run(u"publish"_s, u"editor"_s);
    } else if (stage == u"published_feedback") {
        from("published");
        run(u"citizen_feedback"_s, u"citizen"_s);
    } else if (stage == u"answered_feedback") {
        from("published_feedback");
        run(u"answer_citizen"_s, u"specialist:SXD"_s).run(u"answer_citizen"_s, u"specialist:NUOC"_s);
    } else if (stage == u"answered_privately") {
        walk(u"awaiting_publication"_s, u"confidential"_s);
        run(u"answer_privately"_s, u"editor"_s);
    } else if (stage == u"closed_restricted") {
        walk(u"awaiting_publication"_s, u"secret"_s);
        run(u"close_restricted"_s, u"editor"_s);
    } else if (stage == u"sxd_returned") {
        from("dispatched");
        run(u"return_to_center"_s, u"specialist:SXD"_s);
    } else if (stage == u"returned_then_approved") {
        from("sxd_returned");
        run(u"accept"_s, u"specialist:NUOC"_s)
            .run(u"submit_result"_s, u"specialist:NUOC"_s)
            .run(u"approve"_s, u"leader:NUOC"_s);
    } else if (stage == u"nuoc_approved") {
        from("dispatched");
        run(u"accept"_s, u"specialist:NUOC"_s)
            .run(u"submit_result"_s, u"specialist:NUOC"_s)
            .run(u"approve"_s, u"leader:NUOC"_s);
    } else if (stage == u"escalated") {
        from("in_progress");
        run(u"escalate"_s, u"supervisor"_s);
    } else if (m_failure.isEmpty()) {
        m_failure = u"unknown starting point "_s + stage;
    }
}

Command Scenario::command(const QString& type, const QJsonObject& payload, qint64 expectedVersion) const
{
    Command command;
    command.commandId = u"6f1c2a9e-0000-4000-8000-%1"_s.arg(m_events.size(), 12, 10, QLatin1Char('0'));
    command.type = type;
    command.reportId = m_report ? m_report->id : QString::fromLatin1(WorkflowWorld::kReportId);
    command.expectedVersion = expectedVersion;
    command.payload = payload.isEmpty() ? WorkflowWorld::samplePayload(type) : payload;
    return command;
}

std::variant<Outcome, WorkflowError> Scenario::attempt(const QString& type, const QString& actor,
                                                       const QJsonObject& payload,
                                                       std::optional<qint64> expectedVersion) const
{
    const qint64 version = expectedVersion.value_or(m_report ? m_report->version : 0);
    return m_world.workflow.apply(m_report, command(type, payload, version), WorkflowWorld::actor(actor),
                                  m_world.directory, m_now);
}

Scenario& Scenario::run(const QString& type, const QString& actor, const QJsonObject& payload)
{
    if (!ok())
        return *this;
    const auto result = attempt(type, actor, payload);
    if (std::holds_alternative<WorkflowError>(result)) {
        m_failure = u"%1 by %2 refused: %3"_s.arg(type, actor, describe(result));
        return *this;
    }
    const Outcome& outcome = std::get<Outcome>(result);
    m_report = outcome.report;
    m_events << outcome.events;
    m_now = m_now.addSecs(10 * 60);
    return *this;
}

Scenario& Scenario::at(const QDateTime& instant)
{
    m_now = instant.toUTC();
    return *this;
}

QString describe(const std::variant<Outcome, WorkflowError>& result)
{
    if (const auto* error = std::get_if<WorkflowError>(&result))
        return u"%1 [%2] %3"_s.arg(error->codeName(), error->field, error->message);
    const Outcome& outcome = std::get<Outcome>(result);
    QStringList types;
    for (const Event& event : outcome.events)
        types << event.type;
    return u"applied: %1 -> %2"_s.arg(reportStateName(outcome.report.state), types.join(u", "_s));
}

void expectRefusal(const std::variant<Outcome, WorkflowError>& result, WorkflowErrorCode code)
{
    QVERIFY2(std::holds_alternative<WorkflowError>(result), qPrintable(describe(result)));
    const WorkflowError& error = std::get<WorkflowError>(result);
    QVERIFY2(error.code == code, qPrintable(describe(result)));
    QVERIFY(!error.message.isEmpty());
}
