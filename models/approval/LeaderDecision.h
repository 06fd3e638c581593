#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace paht {

// What the agency leader decides on a specialist's result, as the outbox will carry it: approve;
// return for rework with a reason for the specialist; or edit the text and approve it. It says why it
// cannot be sent yet, so a form enables its button only for a decision the store will take.
class LeaderDecision
{
    Q_DECLARE_TR_FUNCTIONS(paht::LeaderDecision)

public:
    static LeaderDecision approve();
    static LeaderDecision returnForRework(const QString& reason);
    static LeaderDecision editAndApprove(const QString& submittedText, const QString& editedText);
    // The command types of these decisions.
    static QStringList commands();

    QString command() const; // "approve", "return_for_rework", "edit_and_approve"
    QJsonObject payload() const;
    // Translated; empty when the decision can be sent.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

private:
    enum class Kind
    {
        Approve,
        Rework,
        Edit
    };
    LeaderDecision(Kind kind, QString text, QString submittedText);

    Kind m_kind;
    QString m_text; // the rework reason or the edited result, trimmed
    QString m_submittedText;
};

} // namespace paht
