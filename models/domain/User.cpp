#include "domain/User.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace paht {

QJsonObject User::toJson() const
{
    return {{u"username"_s, username},
            {u"displayName"_s, displayName},
            {u"role"_s, roleName(role)},
            {u"agencyCode"_s, agencyCode},
            {u"stateSecretClearance"_s, stateSecretClearance},
            {u"disabled"_s, disabled}};
}

DecodeResult User::fromJson(const QJsonObject& json, User* out)
{
    User value;
    JsonReader reader(json);
    reader.string("username", &value.username, JsonReader::Need::NonEmpty);
    reader.string("displayName", &value.displayName, JsonReader::Need::Optional);
    reader.enumeration("role", &value.role, roleFromName);
    reader.string("agencyCode", &value.agencyCode, JsonReader::Need::Optional);
    reader.boolean("stateSecretClearance", &value.stateSecretClearance, JsonReader::Need::Optional);
    reader.boolean("disabled", &value.disabled, JsonReader::Need::Optional);
    if (reader.ok()) {
        // An agency account acts only through its agency's assignments; a center account has none.
        if (isAgencyRole(value.role) && value.agencyCode.trimmed().isEmpty())
            reader.fail(u"agencyCode"_s, u"required for role %1"_s.arg(roleName(value.role)));
        else if (isCenterRole(value.role) && !value.agencyCode.isEmpty())
            reader.fail(u"agencyCode"_s, u"must be empty for role %1"_s.arg(roleName(value.role)));
    }
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
