#include "items/ActionSet.h"

#include <QHash>

#include <algorithm>

namespace paht {

namespace {

// The button labels by command type, English source with the glossary's Vietnamese for the translator;
// translated when asked for, so a language switch takes effect on the next call.
const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> table{
        //: Action button. Glossary / Vietnamese: Gửi phản ánh
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("paht::ActionSet", "Submit report")},
        //: Action button. Glossary / Vietnamese: Phân loại
        {QStringLiteral("classify"), QT_TRANSLATE_NOOP("paht::ActionSet", "Classify")},
        //: Action button. Glossary / Vietnamese: Làm rõ thông tin
        {QStringLiteral("request_clarification"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Clarify with reporter")},
        //: Action button. Glossary / Vietnamese: Ghi nhận thông tin đã làm rõ
        {QStringLiteral("clarification_received"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Record clarification")},
        //: Action button. Glossary / Vietnamese: Không tiếp nhận
        {QStringLiteral("reject"), QT_TRANSLATE_NOOP("paht::ActionSet", "Reject (out of scope)")},
        //: Action button. Glossary / Vietnamese: Đánh dấu trùng lặp
        {QStringLiteral("link_duplicate"), QT_TRANSLATE_NOOP("paht::ActionSet", "Mark as duplicate")},
        //: Action button. Glossary / Vietnamese: Chuyển xử lý
        {QStringLiteral("dispatch"), QT_TRANSLATE_NOOP("paht::ActionSet", "Dispatch")},
        //: Action button. Glossary / Vietnamese: Tiếp nhận xử lý
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("paht::ActionSet", "Accept")},
        //: Action button. Glossary / Vietnamese: Trả lại Trung tâm
        {QStringLiteral("return_to_center"), QT_TRANSLATE_NOOP("paht::ActionSet", "Return to center")},
        //: Action button. Glossary / Vietnamese: Gửi kết quả xử lý
        {QStringLiteral("submit_result"), QT_TRANSLATE_NOOP("paht::ActionSet", "Submit result")},
        //: Action button. Glossary / Vietnamese: Trả lời làm rõ
        {QStringLiteral("answer_citizen"), QT_TRANSLATE_NOOP("paht::ActionSet", "Answer the reporter")},
        //: Action button. Glossary / Vietnamese: Đề nghị cung cấp thông tin liên hệ
        {QStringLiteral("request_contact"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Request reporter's contact")},
        //: Action button. Glossary / Vietnamese: Phê duyệt
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("paht::ActionSet", "Approve")},
        //: Action button. Glossary / Vietnamese: Trả lại để xử lý lại
        {QStringLiteral("return_for_rework"), QT_TRANSLATE_NOOP("paht::ActionSet", "Return for rework")},
        //: Action button. Glossary / Vietnamese: Sửa và phê duyệt
        {QStringLiteral("edit_and_approve"), QT_TRANSLATE_NOOP("paht::ActionSet", "Edit and approve")},
        //: Action button. Glossary / Vietnamese: Biên tập
        {QStringLiteral("edit_public_answer"), QT_TRANSLATE_NOOP("paht::ActionSet", "Edit for publication")},
        //: Action button. Glossary / Vietnamese: Công khai
        {QStringLiteral("publish"), QT_TRANSLATE_NOOP("paht::ActionSet", "Publish")},
        //: Action button. Glossary / Vietnamese: Trả lời riêng người phản ánh
        {QStringLiteral("answer_privately"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Answer the reporter privately")},
        //: Action button. Glossary / Vietnamese: Đóng, không công khai
        {QStringLiteral("close_restricted"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Close without publication")},
        //: Action button. Glossary / Vietnamese: Thay đổi mức độ bảo mật
        {QStringLiteral("set_confidentiality"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Change confidentiality")},
        //: Action button. Glossary / Vietnamese: Phản hồi / đề nghị làm rõ
        {QStringLiteral("citizen_feedback"), QT_TRANSLATE_NOOP("paht::ActionSet", "Ask for clarification")},
        //: Action button. Glossary / Vietnamese: Đánh giá kết quả
        {QStringLiteral("rate"), QT_TRANSLATE_NOOP("paht::ActionSet", "Rate the result")},
        //: Action button. Glossary / Vietnamese: Báo cáo UBND tỉnh
        {QStringLiteral("escalate"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Escalate to the Provincial People's Committee")},
        //: Action button. Glossary / Vietnamese: Kết thúc báo cáo UBND tỉnh
        {QStringLiteral("resolve_escalation"), QT_TRANSLATE_NOOP("paht::ActionSet", "Resolve escalation")},
        //: Action button. Glossary / Vietnamese: Nhắc nhở, đôn đốc
        {QStringLiteral("remind"), QT_TRANSLATE_NOOP("paht::ActionSet", "Remind agency")},
        //: Action button. Glossary / Vietnamese: Cung cấp thông tin liên hệ cho cơ quan xử lý
        {QStringLiteral("disclose_contact"),
         QT_TRANSLATE_NOOP("paht::ActionSet", "Give reporter's contact to agency")},
        //: Action button. Glossary / Vietnamese: Ghi nhận / đánh dấu người phản ánh
        {QStringLiteral("flag_reporter"), QT_TRANSLATE_NOOP("paht::ActionSet", "Flag reporter")},
    };
    return table;
}

} // namespace

ActionSet ActionSet::allowed(const Workflow& workflow, const Report& report, const Actor& actor)
{
    ActionSet set;
    for (const QString& command : workflow.allowedCommands(report, actor))
        set.m_actions.append({command, label(command)});
    return set;
}

QStringList ActionSet::commands() const
{
    QStringList types;
    for (const Action& action : m_actions)
        types << action.command;
    return types;
}

bool ActionSet::allows(const QString& command) const
{
    return std::any_of(m_actions.cbegin(), m_actions.cend(),
                       [&command](const Action& action) { return action.command == command; });
}

QString ActionSet::label(const QString& command)
{
    const auto found = labels().constFind(command);
    if (found == labels().constEnd())
        return command;
    return tr(*found);
}

} // namespace paht
