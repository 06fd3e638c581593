#include "workflow/Actor.h"

using namespace Qt::StringLiterals;

namespace paht {

QString Actor::eventName() const
{
    switch (kind) {
    case Kind::Citizen:
        return u"citizen"_s;
    case Kind::System:
        return u"system"_s;
    case Kind::Staff:
        break;
    }
    return username;
}

Actor Actor::citizen()
{
    Actor actor;
    actor.kind = Kind::Citizen;
    actor.username = u"citizen"_s;
    return actor;
}

Actor Actor::system()
{
    Actor actor;
    actor.kind = Kind::System;
    actor.username = u"system"_s;
    return actor;
}

Actor Actor::staff(const User& user)
{
    Actor actor;
    actor.kind = Kind::Staff;
    actor.username = user.username;
    actor.role = user.role;
    actor.agencyCode = user.agencyCode;
    actor.stateSecretClearance = user.stateSecretClearance;
    return actor;
}

} // namespace paht
