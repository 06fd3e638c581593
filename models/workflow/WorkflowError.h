#pragma once

#include <QJsonObject>
#include <QString>

namespace paht {

enum class WorkflowErrorCode
{
    WrongState,     // wrong_state: the report (or the assignment) is not at a step where this applies
    WrongRole,      // wrong_role: this actor may never do this, or lacks state-secret clearance
    NotYourAgency,  // not_your_agency: an agency actor reached for another agency's assignment
    StaleVersion,   // stale_version: the command was written against an older version of the report
    InvalidPayload, // invalid_payload: a payload field is missing or wrong; `field` names it
    UnknownCommand, // unknown_command: no such command type
};

// Why the workflow refused a command. The store answers it as "rejected" (or "conflict" for
// StaleVersion); the console shows `message` to the operator.
struct WorkflowError
{
    WorkflowErrorCode code = WorkflowErrorCode::InvalidPayload;
    QString field; // the payload field at fault (InvalidPayload), else usually empty
    QString message;

    QString codeName() const { return codeName(code); }
    static QString codeName(WorkflowErrorCode code);
    QJsonObject toJson() const; // {"code": "wrong_state", "field": "...", "message": "..."}

    static WorkflowError wrongState(const QString& message)
    {
        return {WorkflowErrorCode::WrongState, {}, message};
    }
    static WorkflowError wrongRole(const QString& message)
    {
        return {WorkflowErrorCode::WrongRole, {}, message};
    }
    static WorkflowError notYourAgency(const QString& message)
    {
        return {WorkflowErrorCode::NotYourAgency, QStringLiteral("agencyCode"), message};
    }
    static WorkflowError invalidPayload(const QString& field, const QString& message)
    {
        return {WorkflowErrorCode::InvalidPayload, field, message};
    }
};

} // namespace paht
