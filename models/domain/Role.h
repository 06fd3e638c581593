#pragma once

#include <QString>
#include <QStringList>

namespace paht {

// Who a staff member is in the process (requirements "Actors"). The wire names are fixed: the store,
// the console and agencies' own software all read them.
enum class Role
{
    IntakeOperator,    // intake_operator: center staff, steps 1.1 and 1.2
    PublicationEditor, // publication_editor: center staff editing and publishing results
    Supervisor,        // supervisor: the Provincial Office, deadlines and escalation
    AgencySpecialist,  // agency_specialist: accepts, handles, returns, writes the result (R-9..R-11)
    AgencyLeader,      // agency_leader: approves, returns for rework, edits and approves
    Administrator,     // administrator: users, agencies, categories, calendar
};

QString roleName(Role role);
bool roleFromName(const QString& name, Role* out); // false for an unknown name
QStringList roleNames();

// The center/province side; agency roles act only through their agency's assignments.
bool isCenterRole(Role role);
inline bool isAgencyRole(Role role)
{
    return !isCenterRole(role);
}

} // namespace paht
