#include "items/DisplayNames.h"

#include <QCoreApplication>

namespace paht {

QString displayName(ReportState state)
{
    switch (state) {
    case ReportState::Received:
        //: Report state. Glossary: Tiếp nhận → "Mới tiếp nhận"
        return QCoreApplication::translate("paht::ReportState", "Received");
    case ReportState::Clarifying:
        //: Report state. Glossary: Làm rõ thông tin → "Đang làm rõ thông tin"
        return QCoreApplication::translate("paht::ReportState", "Clarifying");
    case ReportState::Rejected:
        //: Report state. Glossary: Không tiếp nhận
        return QCoreApplication::translate("paht::ReportState", "Rejected");
    case ReportState::Dispatched:
        //: Report state. Glossary: Chuyển xử lý → "Đã chuyển xử lý"
        return QCoreApplication::translate("paht::ReportState", "Dispatched");
    case ReportState::InProgress:
        //: Report state. Glossary: Xử lý → "Đang xử lý"
        return QCoreApplication::translate("paht::ReportState", "In progress");
    case ReportState::AwaitingPublication:
        //: Report state. Glossary: Công khai → "Chờ công khai"
        return QCoreApplication::translate("paht::ReportState", "Awaiting publication");
    case ReportState::Published:
        //: Report state. Glossary: Công khai → "Đã công khai"
        return QCoreApplication::translate("paht::ReportState", "Published");
    case ReportState::AnsweredPrivately:
        //: Report state (R-17). Glossary: Giữ bí mật → "Đã trả lời riêng (giữ bí mật)"
        return QCoreApplication::translate("paht::ReportState", "Answered privately");
    case ReportState::ClosedRestricted:
        //: Report state (R-17). Glossary: Bí mật nhà nước → "Đã đóng (bí mật nhà nước)"
        return QCoreApplication::translate("paht::ReportState", "Closed (state secret)");
    }
    return {};
}

QString displayName(AssignmentState state)
{
    switch (state) {
    case AssignmentState::PendingAcceptance:
        //: Assignment state. Glossary: Tiếp nhận xử lý → "Chờ tiếp nhận xử lý"
        return QCoreApplication::translate("paht::AssignmentState", "Awaiting acceptance");
    case AssignmentState::Processing:
        //: Assignment state. Glossary: Xử lý → "Đang xử lý"
        return QCoreApplication::translate("paht::AssignmentState", "Processing");
    case AssignmentState::ReturnedToCenter:
        //: Assignment state. Glossary: Trả lại Trung tâm → "Đã trả lại Trung tâm"
        return QCoreApplication::translate("paht::AssignmentState", "Returned to the center");
    case AssignmentState::AwaitingApproval:
        //: Assignment state. Glossary: Phê duyệt → "Chờ phê duyệt"
        return QCoreApplication::translate("paht::AssignmentState", "Awaiting approval");
    case AssignmentState::Rework:
        //: Assignment state. Glossary: Trả lại để xử lý lại
        return QCoreApplication::translate("paht::AssignmentState", "Returned for rework");
    case AssignmentState::Approved:
        //: Assignment state. Glossary: Phê duyệt → "Đã phê duyệt"
        return QCoreApplication::translate("paht::AssignmentState", "Approved");
    }
    return {};
}

QString displayName(Role role)
{
    switch (role) {
    case Role::IntakeOperator:
        //: Staff role at the Operations Center. Glossary: Nhân sự tiếp nhận
        return QCoreApplication::translate("paht::Role", "Intake operator");
    case Role::PublicationEditor:
        //: Staff role at the Operations Center. Glossary: Biên tập → "Biên tập viên"
        return QCoreApplication::translate("paht::Role", "Publication editor");
    case Role::Supervisor:
        //: The Provincial Office. Glossary: Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh
        return QCoreApplication::translate("paht::Role", "Provincial Office (supervisor)");
    case Role::AgencySpecialist:
        //: Glossary: Chuyên viên (cơ quan xử lý)
        return QCoreApplication::translate("paht::Role", "Agency specialist");
    case Role::AgencyLeader:
        //: Glossary: Lãnh đạo (cơ quan xử lý)
        return QCoreApplication::translate("paht::Role", "Agency leader");
    case Role::Administrator:
        //: Vietnamese: Quản trị hệ thống
        return QCoreApplication::translate("paht::Role", "Administrator");
    }
    return {};
}

QString displayName(AgencyKind kind)
{
    switch (kind) {
    case AgencyKind::ProvincialDepartment:
        //: Kind of handling agency. Vietnamese: Sở, ban, ngành tỉnh
        return QCoreApplication::translate("paht::AgencyKind", "Provincial department");
    case AgencyKind::CommunePeopleCommittee:
        //: Kind of handling agency. Vietnamese: UBND xã, phường, đặc khu
        return QCoreApplication::translate("paht::AgencyKind", "Commune, ward or special zone committee");
    case AgencyKind::CentralAgency:
        //: Kind of handling agency. Vietnamese: Cơ quan Trung ương đóng trên địa bàn
        return QCoreApplication::translate("paht::AgencyKind", "Central agency in the province");
    case AgencyKind::PublicServiceCompany:
        //: Kind of handling agency (water, power, sanitation). Vietnamese: Doanh nghiệp cung cấp dịch vụ công
        return QCoreApplication::translate("paht::AgencyKind", "Public service company");
    }
    return {};
}

QString displayName(Rating rating)
{
    // The same context and source texts as the domain's ratingLabel(), so the catalogue holds one entry each.
    switch (rating) {
    case Rating::VerySatisfied:
        //: Rating (R-19). Glossary: Rất hài lòng
        return QCoreApplication::translate("paht::Rating", "Very satisfied");
    case Rating::Satisfied:
        //: Rating (R-19). Glossary: Hài lòng
        return QCoreApplication::translate("paht::Rating", "Satisfied");
    case Rating::Neutral:
        //: Rating (R-19). Glossary: Bình thường
        return QCoreApplication::translate("paht::Rating", "Neutral");
    case Rating::Dissatisfied:
        //: Rating (R-19). Glossary: Không hài lòng
        return QCoreApplication::translate("paht::Rating", "Dissatisfied");
    case Rating::VeryDissatisfied:
        //: Rating (R-19). Glossary: Rất không hài lòng
        return QCoreApplication::translate("paht::Rating", "Very dissatisfied");
    }
    return {};
}

QString displayName(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::Public:
        //: Confidentiality level. Vietnamese: Công khai
        return QCoreApplication::translate("paht::Confidentiality", "Public");
    case Confidentiality::Confidential:
        //: Confidentiality level, the reporter asked (R-4). Glossary: Giữ bí mật
        return QCoreApplication::translate("paht::Confidentiality", "Confidential");
    case Confidentiality::StateSecret:
        //: Confidentiality level (R-17). Glossary: Bí mật nhà nước
        return QCoreApplication::translate("paht::Confidentiality", "State secret");
    }
    return {};
}

QString displayName(StageStatus status)
{
    switch (status) {
    case StageStatus::OnTrack:
        //: Deadline status. Vietnamese: Trong hạn
        return QCoreApplication::translate("paht::StageStatus", "On track");
    case StageStatus::DueSoon:
        //: Deadline status. Glossary: Sắp đến hạn
        return QCoreApplication::translate("paht::StageStatus", "Due soon");
    case StageStatus::Overdue:
        //: Deadline status. Glossary: Quá hạn
        return QCoreApplication::translate("paht::StageStatus", "Overdue");
    case StageStatus::Paused:
        //: Deadline status, e.g. while the center clarifies with the reporter. Vietnamese: Tạm dừng
        return QCoreApplication::translate("paht::StageStatus", "Paused");
    case StageStatus::Met:
        //: Deadline status of a finished step. Vietnamese: Đúng hạn
        return QCoreApplication::translate("paht::StageStatus", "Met");
    case StageStatus::Missed:
        //: Deadline status of a finished step. Vietnamese: Trễ hạn
        return QCoreApplication::translate("paht::StageStatus", "Missed");
    }
    return {};
}

QString displayName(SlaStage stage)
{
    switch (stage) {
    case SlaStage::Intake:
        //: Step with a deadline (R-8). Glossary: Tiếp nhận
        return QCoreApplication::translate("paht::SlaStage", "Intake");
    case SlaStage::Acceptance:
        //: Step with a deadline (R-9). Glossary: Tiếp nhận xử lý
        return QCoreApplication::translate("paht::SlaStage", "Acceptance");
    case SlaStage::Return:
        //: Step with a deadline (R-11). Glossary: Trả lại Trung tâm
        return QCoreApplication::translate("paht::SlaStage", "Return to the center");
    case SlaStage::Processing:
        //: Step with a deadline (R-10). Glossary: Xử lý
        return QCoreApplication::translate("paht::SlaStage", "Handling");
    case SlaStage::Approval:
        //: Step with a deadline (R-12). Glossary: Phê duyệt
        return QCoreApplication::translate("paht::SlaStage", "Approval");
    case SlaStage::Publication:
        //: Step with a deadline (R-14). Glossary: Công khai
        return QCoreApplication::translate("paht::SlaStage", "Publication");
    case SlaStage::CitizenClarification:
        //: Step with a deadline (R-18). Glossary: Phản hồi / Làm rõ → "Làm rõ theo phản hồi"
        return QCoreApplication::translate("paht::SlaStage", "Answer to the reporter");
    }
    return {};
}

QString displayName(RejectionKind kind)
{
    switch (kind) {
    case RejectionKind::Complaint:
        //: Why a report is not taken (R-5). Vietnamese: Khiếu nại
        return QCoreApplication::translate("paht::RejectionKind", "Complaint");
    case RejectionKind::Denunciation:
        //: Why a report is not taken (R-5). Vietnamese: Tố cáo
        return QCoreApplication::translate("paht::RejectionKind", "Denunciation");
    case RejectionKind::LegalAdvice:
        //: Why a report is not taken (R-5). Vietnamese: Đề nghị tư vấn pháp luật
        return QCoreApplication::translate("paht::RejectionKind", "Request for legal advice");
    case RejectionKind::Abusive:
        //: Why a report is not taken (R-28). Vietnamese: Sai sự thật, lợi dụng
        return QCoreApplication::translate("paht::RejectionKind", "False or abusive");
    case RejectionKind::Duplicate:
        //: Why a report is not taken. Vietnamese: Trùng lặp
        return QCoreApplication::translate("paht::RejectionKind", "Duplicate");
    }
    return {};
}

QString displayName(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Phone:
        //: How the center reached the reporter. Vietnamese: Điện thoại
        return QCoreApplication::translate("paht::ContactChannel", "Phone");
    case ContactChannel::Email:
        //: How the center reached the reporter. Vietnamese: Thư điện tử
        return QCoreApplication::translate("paht::ContactChannel", "E-mail");
    case ContactChannel::Sms:
        //: How the center reached the reporter. Vietnamese: Tin nhắn SMS
        return QCoreApplication::translate("paht::ContactChannel", "SMS");
    case ContactChannel::App:
        //: How the center reached the reporter. Vietnamese: Ứng dụng Smart Quảng Ninh
        return QCoreApplication::translate("paht::ContactChannel", "App");
    case ContactChannel::InPerson:
        //: How the center reached the reporter. Vietnamese: Trực tiếp
        return QCoreApplication::translate("paht::ContactChannel", "In person");
    }
    return {};
}

QString displayName(ReporterFlag flag)
{
    switch (flag) {
    case ReporterFlag::None:
        //: The reporter's information is not flagged (R-28). Vietnamese: Chưa đánh dấu
        return QCoreApplication::translate("paht::ReporterFlag", "Not flagged");
    case ReporterFlag::Valuable:
        //: R-28. Vietnamese: Thông tin có giá trị
        return QCoreApplication::translate("paht::ReporterFlag", "Valuable information");
    case ReporterFlag::FalseAbusive:
        //: R-28. Vietnamese: Sai sự thật, lợi dụng
        return QCoreApplication::translate("paht::ReporterFlag", "False or abusive");
    }
    return {};
}

} // namespace paht
