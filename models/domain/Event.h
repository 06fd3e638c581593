#pragma once

#include "domain/DecodeError.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paht {

// One recorded step of a report's life: the audit trail and, where isPublic, the public
// timeline. Events are produced by the workflow and never edited.
struct Event
{
    QString reportId;
    QString type;                  // snake_case: "received", "dispatched", "assignment_accepted", ...
    QString actor;                 // a username, or "citizen" / "system"
    std::optional<Role> actorRole; // absent for the citizen and the system
    QDateTime at;
    qint64 reportVersion = 0; // the report's version after the step
    QString agencyCode;       // the agency the step concerns, empty when none
    QJsonObject payload;
    bool isPublic = false;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Event* out);
    friend bool operator==(const Event& a, const Event& b)
    {
        return a.reportId == b.reportId && a.type == b.type && a.actor == b.actor &&
               a.actorRole == b.actorRole && a.at == b.at && a.reportVersion == b.reportVersion &&
               a.agencyCode == b.agencyCode && a.payload == b.payload && a.isPublic == b.isPublic;
    }
    friend bool operator!=(const Event& a, const Event& b) { return !(a == b); }
};

} // namespace paht
