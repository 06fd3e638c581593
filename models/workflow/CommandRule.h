#pragma once

#include "domain/Assignment.h"
#include "domain/Report.h"
#include "domain/ReportRecords.h"
#include "domain/Role.h"
#include "workflow/Transition.h"

#include <QList>
#include <QString>

namespace paht {

// One command type as a row of the workflow's table: who may issue it, at which steps, and what it does.
// Guards are data so that allowedCommands() and apply() can never disagree.
struct CommandRule
{
    // Why the command does not apply to this report now (empty: it does). `assignment` is the one the
    // command would act on, for commands that act on one.
    using Blocker = QString (*)(const Report& report, const Assignment* assignment);
    using Perform = Refusal (*)(Transition& transition);

    QString type;
    QList<Role> roles;         // staff roles allowed
    bool citizen = false;      // the reporter may issue it
    bool system = false;       // the store may issue it on its own
    QList<ReportState> states; // report states it applies in; empty: it creates the report
    // Acts on one agency's assignment: agency staff on their own agency's (payload "agencyCode" optional,
    // must be theirs), everyone else on the one named in payload "agencyCode".
    bool onAssignment = false;
    QList<AssignmentState> assignmentStates; // empty: any
    Blocker blocker = nullptr;
    Perform perform = nullptr;

    static CommandRule named(const char* type, Perform perform)
    {
        CommandRule rule;
        rule.type = QString::fromLatin1(type);
        rule.perform = perform;
        return rule;
    }
    CommandRule& by(const QList<Role>& staffRoles)
    {
        roles = staffRoles;
        return *this;
    }
    CommandRule& byCitizen()
    {
        citizen = true;
        return *this;
    }
    CommandRule& bySystem()
    {
        system = true;
        return *this;
    }
    CommandRule& in(const QList<ReportState>& reportStates)
    {
        states = reportStates;
        return *this;
    }
    CommandRule& onAssignmentIn(const QList<AssignmentState>& allowed)
    {
        onAssignment = true;
        assignmentStates = allowed;
        return *this;
    }
    CommandRule& unless(Blocker check)
    {
        blocker = check;
        return *this;
    }
    bool createsReport() const { return states.isEmpty(); }
};

} // namespace paht
