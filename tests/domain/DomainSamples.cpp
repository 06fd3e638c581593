#include "DomainSamples.h"

#include <QTimeZone>

using namespace paht;
using namespace Qt::StringLiterals;

namespace samples {

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

QString sha(char fill)
{
    return QString(64, QLatin1Char(fill));
}

Reporter citizenReporter()
{
    return {u"Nguyễn Thị Hương"_s, u"0912 345 678"_s, u"huong.nguyen@example.vn"_s, false};
}

Reporter organisationReporter()
{
    return {u"Công ty TNHH Du lịch Hạ Long Xanh"_s, u"+84 203 3825 111"_s, u"lienhe@halongxanh.vn"_s, true};
}

Location hongGaiLocation()
{
    return {20.9541, 107.0783, u"Số 12 đường Trần Hưng Đạo, phường Hồng Gai"_s, u"06685"_s};
}

Agency constructionDepartment()
{
    Agency agency;
    agency.code = u"SXD"_s;
    agency.name = u"Sở Xây dựng"_s;
    agency.kind = AgencyKind::ProvincialDepartment;
    agency.leader = {u"Trần Văn Bình"_s, u"Giám đốc"_s, u"0203 3835 222"_s, u"sxd@quangninh.gov.vn"_s};
    agency.focalPerson = {u"Lê Thu Trang"_s, u"Chuyên viên"_s, u"0988 111 222"_s,
                          u"trang.lt@quangninh.gov.vn"_s};
    agency.processingLimitDays = 5;
    return agency;
}

Agency hongGaiCommittee()
{
    Agency agency;
    agency.code = u"UBND-06685"_s;
    agency.name = u"UBND phường Hồng Gai"_s;
    agency.kind = AgencyKind::CommunePeopleCommittee;
    agency.leader = {u"Phạm Quốc Hùng"_s, u"Chủ tịch"_s, {}, {}};
    agency.processingLimitDays = 3;
    return agency;
}

Agency waterCompany()
{
    Agency agency;
    agency.code = u"NUOC"_s;
    agency.name = u"Công ty Cổ phần Nước sạch Quảng Ninh"_s;
    agency.kind = AgencyKind::PublicServiceCompany;
    agency.processingLimitDays = 2;
    return agency;
}

Category urbanInfrastructure()
{
    return {u"HTDT"_s, u"Hạ tầng đô thị, chiếu sáng công cộng"_s, {u"SXD"_s, u"UBND-06685"_s}, true};
}

Category retiredCategory()
{
    return {u"CU"_s, u"Lĩnh vực cũ"_s, {}, false};
}

User specialist()
{
    return {u"trang.lt"_s, u"Lê Thu Trang"_s, Role::AgencySpecialist, u"SXD"_s, false, false};
}

User clearedOperator()
{
    return {u"tiepnhan01"_s, u"Đỗ Minh Châu"_s, Role::IntakeOperator, {}, true, false};
}

Assignment pendingAssignment()
{
    Assignment assignment;
    assignment.agencyCode = u"UBND-06685"_s;
    assignment.instruction = u"Đề nghị phường kiểm tra hiện trường"_s;
    assignment.dispatchedAt = at(2, 9);
    assignment.acceptance = {SlaStage::Acceptance, at(2, 9), at(3, 9), {}, {}};
    return assignment;
}

Assignment fullAssignment()
{
    Assignment assignment;
    assignment.agencyCode = u"SXD"_s;
    assignment.state = AssignmentState::Approved;
    assignment.instruction = u"Kiểm tra, sửa chữa đèn đường"_s;
    assignment.dispatchedAt = at(2, 9);
    assignment.acceptance = {SlaStage::Acceptance, at(2, 9), at(3, 9), {}, at(2, 10)};
    assignment.processing = StageTiming{SlaStage::Processing, at(2, 10), at(9, 10), {}, at(4, 15, 30)};
    assignment.approval = StageTiming{SlaStage::Approval, at(4, 15, 30), at(5, 15, 30), {}, at(5, 8)};
    assignment.result = AssignmentResult{u"Đã thay bóng đèn LED 150W tại cột số 17."_s, {sha('a'), sha('b')}};
    assignment.resultRevisions = {
        {u"Đã thay bóng đèn."_s, u"trang.lt"_s, at(4, 15, 30), ResultRevision::Kind::Submitted},
        {u"Đã thay bóng đèn LED 150W tại cột số 17."_s, u"binh.tv"_s, at(5, 8),
         ResultRevision::Kind::EditedByLeader},
    };
    assignment.reworkReason = u"Bổ sung ảnh sau khi sửa"_s;
    CitizenClarification clarification;
    clarification.question = u"Cột số 18 cũng hỏng, đề nghị kiểm tra thêm."_s;
    clarification.askedAt = at(6, 9);
    clarification.answer = u"Đã kiểm tra và thay bóng cột số 18."_s;
    clarification.answeredBy = u"trang.lt"_s;
    clarification.answeredAt = at(9, 14);
    clarification.timing = {SlaStage::CitizenClarification, at(6, 9), at(13, 9), {}, at(9, 14)};
    assignment.clarification = clarification;
    assignment.reminders = 2;
    return assignment;
}

Report newReport()
{
    Report report;
    report.id = u"PAHT-2026-000123"_s;
    report.title = u"Đèn đường hỏng trên đường Trần Hưng Đạo"_s;
    report.description = u"Ba cột đèn liền nhau không sáng từ tối 28/2, đoạn trước số nhà 12."_s;
    report.location = hongGaiLocation();
    report.reporter = citizenReporter();
    report.attachments = {sha('0'), sha('f')};
    report.receivedAt = at(2, 8, 15);
    report.intake = {SlaStage::Intake, at(2, 8, 15), at(3, 8, 15), {}, {}};
    return report;
}

Report publishedReport()
{
    Report report = newReport();
    report.categoryCode = u"HTDT"_s;
    report.confidentiality = Confidentiality::Public;
    report.state = ReportState::Published;
    report.version = 14;
    report.assignments = {fullAssignment(), pendingAssignment()};
    report.assignments[1].state = AssignmentState::ReturnedToCenter;
    report.assignments[1].returnReason = u"Không thuộc thẩm quyền của phường"_s;
    report.assignments[1].returnStage = StageTiming{SlaStage::Return, at(2, 9), at(3, 9), {}, at(2, 11)};
    report.intake = {SlaStage::Intake, at(2, 8, 15), at(3, 10, 15), {}, at(2, 9)};
    report.publication = StageTiming{SlaStage::Publication, at(5, 8), at(5, 9), {}, at(5, 8, 40)};
    report.publicAnswer = u"Kính gửi: Quý cá nhân. Sở Xây dựng đã thay bóng đèn LED tại cột số 17."_s;
    report.notice = NoticeRecord{at(5, 8, 40), {{u"SXD"_s, u"15/TB-SXD"_s}}};
    report.escalation = Escalation{u"Hai cơ quan chưa thống nhất thẩm quyền"_s, u"vanphong01"_s, at(3, 9),
                                   u"Đã thống nhất giao Sở Xây dựng"_s,         u"vanphong01"_s, at(3, 16)};
    report.contactDisclosedTo = {u"SXD"_s};
    report.reporterFlag = ReporterFlag::Valuable;
    report.citizenFeedback = {{at(6, 9), u"Cột số 18 cũng hỏng, đề nghị kiểm tra thêm."_s}};
    report.rating = RatingRecord{Rating::VerySatisfied, u"Xử lý nhanh, cảm ơn!"_s, at(9, 20)};
    report.clarificationNotes = {
        {at(2, 8, 30), u"tiepnhan01"_s, ContactChannel::Phone, u"Gọi lần 1 không nghe máy"_s},
        {at(2, 8, 45), u"tiepnhan01"_s, ContactChannel::Phone, u"Người dân xác nhận vị trí cột đèn"_s},
    };
    return report;
}

Event dispatchedEvent()
{
    Event event;
    event.reportId = u"PAHT-2026-000123"_s;
    event.type = u"dispatched"_s;
    event.actor = u"tiepnhan01"_s;
    event.actorRole = Role::IntakeOperator;
    event.at = at(2, 9);
    event.reportVersion = 3;
    event.agencyCode = u"SXD"_s;
    event.payload = {{u"redispatch"_s, false}};
    event.isPublic = true;
    return event;
}

Event citizenEvent()
{
    Event event;
    event.reportId = u"PAHT-2026-000123"_s;
    event.type = u"rated"_s;
    event.actor = u"citizen"_s;
    event.at = at(9, 20);
    event.reportVersion = 15;
    event.payload = {{u"rating"_s, u"very_satisfied"_s}};
    return event;
}

} // namespace samples
