#pragma once

#include "domain/DecodeError.h"
#include "domain/Role.h"

#include <QJsonObject>
#include <QString>

namespace paht {

// A staff account. Passwords and tokens live in the store, never here.
struct User
{
    QString username;
    QString displayName;
    Role role = Role::IntakeOperator;
    QString agencyCode;                // required for agency roles, empty for center roles
    bool stateSecretClearance = false; // may see state-secret content
    bool disabled = false;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, User* out);
    friend bool operator==(const User& a, const User& b)
    {
        return a.username == b.username && a.displayName == b.displayName && a.role == b.role &&
               a.agencyCode == b.agencyCode && a.stateSecretClearance == b.stateSecretClearance &&
               a.disabled == b.disabled;
    }
    friend bool operator!=(const User& a, const User& b) { return !(a == b); }
};

} // namespace paht
