#pragma once

#include "domain/DecodeError.h"

#include <QJsonObject>
#include <QString>

namespace paht {

// One requested transition, as the console's outbox and the store's POST /commands carry it
// (architecture, "Sync protocol"): {commandId, type, reportId, expectedVersion, payload}.
struct Command
{
    QString commandId;          // a UUID chosen by the client; retries reuse it
    QString type;               // snake_case, see Workflow
    QString reportId;           // "submit": may be absent from a client; the store sets the number
    qint64 expectedVersion = 0; // the report version the client saw; 0 for "submit"
    QJsonObject payload;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Command* out);

    friend bool operator==(const Command& a, const Command& b)
    {
        return a.commandId == b.commandId && a.type == b.type && a.reportId == b.reportId &&
               a.expectedVersion == b.expectedVersion && a.payload == b.payload;
    }
    friend bool operator!=(const Command& a, const Command& b) { return !(a == b); }
};

} // namespace paht
