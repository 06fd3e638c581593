#include "items/EventDescription.h"

#include "domain/Confidentiality.h"
#include "domain/NoticeRecord.h"
#include "domain/Rating.h"
#include "domain/ReportRecords.h"
#include "items/DisplayNames.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QString text(const Event& event, const char* key)
{
    return event.payload.value(QLatin1String(key)).toString();
}

// The numbers of the Appendix II notice that the store gave the answer, "01/TB-SXD; 03/TB-NUOC".
QString noticeNumbers(const Event& event)
{
    NoticeRecord notice;
    if (NoticeRecord::fromJson(event.payload.value(u"notice"_s).toObject(), &notice))
        return {};
    return notice.numbersText();
}

} // namespace

QString EventDescription::agencyName(const QString& code) const
{
    const auto found = m_directory.agencies.constFind(code);
    return found == m_directory.agencies.constEnd() ? code : found->name;
}

QString EventDescription::categoryName(const QString& code) const
{
    const auto found = m_directory.categories.constFind(code);
    return found == m_directory.categories.constEnd() ? code : found->name;
}

QString EventDescription::describe(const Event& event) const
{
    for (const QString& sentence :
         {intakeStep(event), agencyStep(event), closingStep(event), oversightStep(event)}) {
        if (!sentence.isEmpty())
            return sentence;
    }
    //: A step this version does not know; %1 is its technical name. Vietnamese: "Bước \"%1\""
    return tr("Step \"%1\"").arg(event.type);
}

// Steps 1.1 and 1.2 of Appendix I (R-5..R-8).
QString EventDescription::intakeStep(const Event& event) const
{
    const QString& type = event.type;
    if (type == u"received") {
        if (text(event, "source") == u"operator")
            //: Timeline. Glossary: Tiếp nhận → "Trung tâm nhập phản ánh"
            return tr("Report entered by the center");
        //: Timeline. Glossary: Tiếp nhận → "Đã tiếp nhận phản ánh"
        return tr("Report received");
    }
    if (type == u"classified") {
        const QString previous = text(event, "previous");
        const QString now = categoryName(text(event, "categoryCode"));
        if (previous.isEmpty())
            //: Timeline; %1 is the category. Glossary: Phân loại / Lĩnh vực → "Phân loại: %1"
            return tr("Classified as %1").arg(now);
        //: Timeline; categories. Glossary: Phân loại → "Phân loại lại từ %1 sang %2"
        return tr("Reclassified from %1 to %2").arg(categoryName(previous), now);
    }
    if (type == u"clarification_requested" || type == u"clarification_received") {
        ContactChannel channel = ContactChannel::Phone;
        const bool known = contactChannelFromName(text(event, "contactChannel"), &channel);
        const QString how = known ? displayName(channel) : text(event, "contactChannel");
        if (type == u"clarification_requested")
            //: Timeline; %1 is how (phone, e-mail...). Glossary: Làm rõ thông tin → "Liên hệ người phản ánh
            //: để làm rõ thông tin (%1)"
            return QCoreApplication::translate("paht::EventDescription",
                                               "Contacted the reporter to clarify (%1)")
                .arg(how);
        //: Timeline; %1 is how. Glossary: Làm rõ thông tin → "Đã làm rõ thông tin với người phản ánh (%1)"
        return tr("Clarified with the reporter (%1)").arg(how);
    }
    if (type == u"rejected") {
        RejectionKind kind = RejectionKind::Complaint;
        const QString why = rejectionKindFromName(text(event, "kind"), &kind) ? displayName(kind) : QString();
        //: Timeline; %1 the kind (complaint...), %2 the reason. Glossary: Không tiếp nhận → "Không tiếp nhận
        //: (%1): %2"
        return tr("Not taken (%1): %2").arg(why, text(event, "reason"));
    }
    if (type == u"duplicate_linked")
        //: Timeline; %1 is the earlier report's number. Vietnamese: "Trùng với phản ánh %1"
        return tr("Duplicate of report %1").arg(text(event, "duplicateOf"));
    if (type == u"dispatched") {
        if (event.payload.value(u"redispatch"_s).toBool())
            //: Timeline; %1 is an agency. Glossary: Chuyển xử lý → "Chuyển xử lý lại cho %1"
            return tr("Dispatched again to %1").arg(agencyName(event.agencyCode));
        //: Timeline; %1 is an agency. Glossary: Chuyển xử lý → "Chuyển xử lý cho %1"
        return tr("Dispatched to %1").arg(agencyName(event.agencyCode));
    }
    return {};
}

// Step 2 of Appendix I: the agencies' side (R-9..R-12, R-18, R-27).
QString EventDescription::agencyStep(const Event& event) const
{
    const QString& type = event.type;
    const QString agency = agencyName(event.agencyCode);
    if (type == u"assignment_accepted")
        //: Timeline; %1 is an agency. Glossary: Tiếp nhận xử lý → "%1 đã tiếp nhận xử lý"
        return tr("Accepted by %1").arg(agency);
    if (type == u"assignment_returned")
        //: Timeline; %1 agency, %2 reason. Glossary: Trả lại Trung tâm → "%1 trả lại Trung tâm: %2"
        return tr("Returned to the center by %1: %2").arg(agency, text(event, "reason"));
    if (type == u"result_submitted") {
        if (event.payload.value(u"afterRework"_s).toBool())
            //: Timeline. Glossary: Kết quả xử lý → "%1 gửi lại kết quả xử lý sau khi xử lý lại"
            return tr("Reworked result submitted by %1").arg(agency);
        //: Timeline. Glossary: Kết quả xử lý → "%1 gửi kết quả xử lý"
        return tr("Result submitted by %1").arg(agency);
    }
    if (type == u"result_approved")
        //: Timeline. Glossary: Phê duyệt → "Lãnh đạo %1 phê duyệt kết quả"
        return tr("Result of %1 approved").arg(agency);
    if (type == u"rework_requested")
        //: Timeline; %2 the reason. Glossary: Trả lại để xử lý lại → "Kết quả của %1 bị trả lại để xử lý
        //: lại: %2"
        return tr("Result of %1 returned for rework: %2").arg(agency, text(event, "reason"));
    if (type == u"result_edited_and_approved")
        //: Timeline. Glossary: Sửa và phê duyệt → "Lãnh đạo %1 sửa và phê duyệt kết quả"
        return tr("Result of %1 edited and approved").arg(agency);
    if (type == u"citizen_feedback")
        //: Timeline (R-18). Glossary: Phản hồi / Làm rõ → "Người phản ánh đề nghị %1 làm rõ kết quả"
        return tr("The reporter asked %1 to clarify the result").arg(agency);
    if (type == u"citizen_answered")
        //: Timeline (R-18). Glossary: Làm rõ → "%1 đã trả lời, làm rõ cho người phản ánh"
        return tr("%1 answered the reporter").arg(agency);
    if (type == u"contact_requested")
        //: Timeline (R-27); %2 the reason. Vietnamese: "%1 đề nghị cung cấp thông tin liên hệ người phản ánh:
        //: %2"
        return tr("%1 asked for the reporter's contact: %2").arg(agency, text(event, "reason"));
    return {};
}

// Step 3 of Appendix I and the citizen's last word.
QString EventDescription::closingStep(const Event& event) const
{
    const QString& type = event.type;
    if (type == u"ready_for_publication")
        //: Timeline. Glossary: Công khai → "Các cơ quan đã xử lý xong, chờ công khai"
        return tr("Every agency's result approved: awaiting publication");
    if (type == u"publication_withdrawn")
        //: Timeline: an agency was added again, so publication waits. Vietnamese: "Tạm dừng công khai để xử
        //: lý tiếp"
        return tr("Publication on hold: handling continues");
    if (type == u"public_answer_edited")
        //: Timeline. Glossary: Biên tập → "Biên tập nội dung trả lời công khai"
        return tr("Public answer edited");
    const bool answered = type == u"published" || type == u"answered_privately";
    const QString notice = answered ? noticeNumbers(event) : QString();
    if (type == u"published" && !notice.isEmpty())
        //: Timeline (R-15); %1 the notice's numbers, "01/TB-SXD". Vietnamese: "Đã công khai kết quả xử lý
        //: (thông báo số %1)"
        return tr("Result published (notice %1)").arg(notice);
    if (type == u"published")
        //: Timeline. Glossary: Công khai → "Đã công khai kết quả xử lý"
        return tr("Result published");
    if (type == u"answered_privately" && !notice.isEmpty())
        //: Timeline (R-15, R-17); %1 the notice's numbers. Vietnamese: "Đã trả lời riêng người phản ánh
        //: (thông báo số %1)"
        return tr("Result sent to the reporter only (notice %1)").arg(notice);
    if (type == u"answered_privately")
        //: Timeline (R-17). Glossary: Giữ bí mật → "Đã trả lời riêng người phản ánh"
        return tr("Result sent to the reporter only");
    if (type == u"closed_restricted")
        //: Timeline (R-17). Glossary: Bí mật nhà nước → "Đã đóng, không công khai (bí mật nhà nước)"
        return tr("Closed without publication (state secret)");
    if (type == u"confidentiality_changed") {
        Confidentiality level = Confidentiality::Public;
        const QString name = text(event, "confidentiality");
        //: Timeline; %1 the new level. Vietnamese: "Chuyển mức độ bảo mật thành: %1"
        return tr("Confidentiality set to %1")
            .arg(confidentialityFromName(name, &level) ? displayName(level) : name);
    }
    if (type == u"rated") {
        Rating rating = Rating::Neutral;
        const QString name = text(event, "rating");
        //: Timeline (R-19); %1 the level. Vietnamese: "Người phản ánh đánh giá: %1"
        return tr("The reporter rated the result: %1")
            .arg(ratingFromName(name, &rating) ? displayName(rating) : name);
    }
    return {};
}

// The center's and the Provincial Office's oversight.
QString EventDescription::oversightStep(const Event& event) const
{
    const QString& type = event.type;
    if (type == u"escalated")
        //: Timeline (R-13). Glossary: Báo cáo UBND tỉnh → "Đã báo cáo UBND tỉnh"
        return tr("Escalated to the Provincial People's Committee");
    if (type == u"escalation_resolved")
        //: Timeline (R-13). Vietnamese: "UBND tỉnh đã có ý kiến chỉ đạo"
        return tr("Escalation resolved");
    if (type == u"reminder_sent") {
        const QString note = text(event, "note");
        if (note.isEmpty())
            //: Timeline (R-24); %1 an agency. Glossary: Nhắc nhở, đôn đốc → "Đã nhắc nhở, đôn đốc %1"
            return tr("Reminder sent to %1").arg(agencyName(event.agencyCode));
        //: Timeline (R-24); %1 an agency, %2 the center's note. Glossary: Nhắc nhở, đôn đốc → "Đã nhắc nhở,
        //: đôn đốc %1: %2"
        return tr("Reminder sent to %1: %2").arg(agencyName(event.agencyCode), note);
    }
    if (type == u"contact_disclosed")
        //: Timeline (R-27); %2 the reason. Vietnamese: "Đã cung cấp thông tin liên hệ người phản ánh cho %1:
        //: %2"
        return tr("Reporter's contact given to %1: %2")
            .arg(agencyName(event.agencyCode), text(event, "reason"));
    if (type == u"reporter_flagged") {
        ReporterFlag flag = ReporterFlag::None;
        reporterFlagFromName(text(event, "flag"), &flag);
        if (flag == ReporterFlag::Valuable)
            //: Timeline (R-28). Vietnamese: "Ghi nhận người phản ánh cung cấp thông tin có giá trị"
            return tr("Reporter recognised for valuable information");
        if (flag == ReporterFlag::FalseAbusive)
            //: Timeline (R-28). Vietnamese: "Đánh dấu phản ánh sai sự thật, lợi dụng"
            return tr("Report flagged as false or abusive");
        //: Timeline (R-28). Vietnamese: "Bỏ đánh dấu người phản ánh"
        return tr("Reporter flag cleared");
    }
    return {};
}

} // namespace paht
