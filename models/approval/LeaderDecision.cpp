#include "approval/LeaderDecision.h"

namespace paht {

LeaderDecision::LeaderDecision(Kind kind, QString text, QString submittedText)
    : m_kind(kind), m_text(std::move(text)), m_submittedText(std::move(submittedText))
{}

LeaderDecision LeaderDecision::approve()
{
    return LeaderDecision(Kind::Approve, {}, {});
}

LeaderDecision LeaderDecision::returnForRework(const QString& reason)
{
    return LeaderDecision(Kind::Rework, reason.trimmed(), {});
}

LeaderDecision LeaderDecision::editAndApprove(const QString& submittedText, const QString& editedText)
{
    return LeaderDecision(Kind::Edit, editedText.trimmed(), submittedText);
}

QStringList LeaderDecision::commands()
{
    return {QStringLiteral("approve"), QStringLiteral("return_for_rework"),
            QStringLiteral("edit_and_approve")};
}

QString LeaderDecision::command() const
{
    switch (m_kind) {
    case Kind::Approve:
        return QStringLiteral("approve");
    case Kind::Rework:
        return QStringLiteral("return_for_rework");
    case Kind::Edit:
        return QStringLiteral("edit_and_approve");
    }
    return {};
}

QJsonObject LeaderDecision::payload() const
{
    switch (m_kind) {
    case Kind::Approve:
        return {};
    case Kind::Rework:
        return {{QStringLiteral("reason"), m_text}};
    case Kind::Edit:
        return {{QStringLiteral("text"), m_text}};
    }
    return {};
}

QString LeaderDecision::problem() const
{
    switch (m_kind) {
    case Kind::Approve:
        return {};
    case Kind::Rework:
        //: R-12: the specialist must know what to redo. Glossary: Trả lại để xử lý lại
        return m_text.isEmpty() ? tr("Write the reason for the rework: the specialist reads it.") : QString();
    case Kind::Edit:
        if (m_text.isEmpty())
            return tr("The result text cannot be empty.");
        // The store refuses an unchanged text; whitespace at the ends is no change a reader sees.
        if (m_text == m_submittedText.trimmed())
            return tr("The text is unchanged: approve the result instead.");
        return {};
    }
    return {};
}

} // namespace paht
