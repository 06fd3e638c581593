#pragma once

#include "domain/Role.h"
#include "domain/User.h"

#include <QString>

namespace paht {

// Who issues a command, as the store authenticated them. The workflow trusts this: checking tokens and
// that a citizen is the report's own reporter is the store's job.
struct Actor
{
    enum class Kind
    {
        Staff,   // a logged-in user; role and agencyCode apply
        Citizen, // the reporter, through the app (Open311)
        System,  // the store itself: imports, automatic reminders
    };

    Kind kind = Kind::Staff;
    QString username;
    Role role = Role::IntakeOperator; // meaningful for Staff only
    QString agencyCode;               // for agency roles
    bool stateSecretClearance = false;

    bool isStaff() const { return kind == Kind::Staff; }
    bool isAgencyStaff() const { return isStaff() && isAgencyRole(role); }
    // The name written into events: the username, or "citizen" / "system".
    QString eventName() const;

    static Actor citizen();
    static Actor system();
    static Actor staff(const User& user);
};

} // namespace paht
