#include "workflow/WorkflowError.h"

using namespace Qt::StringLiterals;

namespace paht {

QString WorkflowError::codeName(WorkflowErrorCode code)
{
    switch (code) {
    case WorkflowErrorCode::WrongState:
        return u"wrong_state"_s;
    case WorkflowErrorCode::WrongRole:
        return u"wrong_role"_s;
    case WorkflowErrorCode::NotYourAgency:
        return u"not_your_agency"_s;
    case WorkflowErrorCode::StaleVersion:
        return u"stale_version"_s;
    case WorkflowErrorCode::InvalidPayload:
        return u"invalid_payload"_s;
    case WorkflowErrorCode::UnknownCommand:
        return u"unknown_command"_s;
    }
    return {};
}

QJsonObject WorkflowError::toJson() const
{
    QJsonObject json{{u"code"_s, codeName()}, {u"message"_s, message}};
    if (!field.isEmpty())
        json.insert(u"field"_s, field);
    return json;
}

} // namespace paht
