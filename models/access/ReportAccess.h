#pragma once

#include "domain/Report.h"
#include "domain/Role.h"

namespace paht {

// Who is looking at reports: what the visibility rules depend on.
struct Viewer
{
    Role role = Role::IntakeOperator;
    QString agencyCode; // for agency roles
    bool stateSecretClearance = false;
};

// What a staff member may see of a report. The store applies it to everything
// it sends; the console applies the same rule to what it shows, so there is one rule, written here.
class ReportAccess
{
public:
    enum class Sight
    {
        None,     // the report does not exist for this viewer (the store answers 404)
        Redacted, // state secret without clearance: number, state and deadlines only
        Full,     // the content, with the reporter masked as below
    };

    static Sight sight(const Report& report, const Viewer& viewer);
    static bool canSee(const Report& report, const Viewer& viewer)
    {
        return sight(report, viewer) != Sight::None;
    }

    // The report as this viewer may receive it; call only when canSee(). Agencies get the reporter's
    // phone and e-mail masked until the center discloses them to that agency; a confidential
    // reporter's identity never leaves the center.
    static Report viewFor(const Report& report, const Viewer& viewer);

    static QString maskPhone(const QString& phone);
    static QString maskEmail(const QString& email);
};

} // namespace paht
