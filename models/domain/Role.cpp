#include "domain/Role.h"

#include "domain/EnumNames.h"

namespace paht {

namespace {

constexpr std::array<EnumName<Role>, 6> kRoles{{
    {Role::IntakeOperator, "intake_operator"},
    {Role::PublicationEditor, "publication_editor"},
    {Role::Supervisor, "supervisor"},
    {Role::AgencySpecialist, "agency_specialist"},
    {Role::AgencyLeader, "agency_leader"},
    {Role::Administrator, "administrator"},
}};

} // namespace

QString roleName(Role role)
{
    return enumToName(kRoles, role);
}

bool roleFromName(const QString& name, Role* out)
{
    return enumFromName(kRoles, name, out);
}

QStringList roleNames()
{
    return enumNames(kRoles);
}

bool isCenterRole(Role role)
{
    switch (role) {
    case Role::IntakeOperator:
    case Role::PublicationEditor:
    case Role::Supervisor:
    case Role::Administrator:
        return true;
    case Role::AgencySpecialist:
    case Role::AgencyLeader:
        return false;
    }
    return false;
}

} // namespace paht
