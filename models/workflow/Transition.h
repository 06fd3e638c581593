#pragma once

#include "domain/DecodeError.h"
#include "domain/Event.h"
#include "domain/JsonReader.h"
#include "domain/Report.h"
#include "workflow/Actor.h"
#include "workflow/Command.h"
#include "workflow/Directory.h"
#include "workflow/StageTimer.h"
#include "workflow/WorkflowError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace paht {

// Nothing when a guard or a command lets the change through, else why not.
using Refusal = std::optional<WorkflowError>;

// One command being applied: its inputs, the report as it is being changed, and the events recorded so
// far. The workflow has already checked role, version, state and agency before a command's own code runs.
struct Transition
{
    const Command& command;
    const Actor& actor;
    const Directory& directory;
    const QDateTime now; // UTC
    const StageTimer& timer;
    Report report;      // a working copy; becomes the outcome
    QString agencyCode; // the agency whose assignment the command acts on, when it acts on one

    Assignment& assignment() { return *report.assignmentFor(agencyCode); }

    // Records a step; the workflow stamps report id, actor, time and version afterwards and clears
    // isPublic for reports that are not public.
    void record(const QString& type, bool isPublic, const QJsonObject& payload = {},
                const QString& agency = {});
    QList<Event> events;
};

// A payload that did not decode becomes InvalidPayload naming the field.
inline Refusal payloadRefusal(const JsonReader& reader)
{
    if (const DecodeResult error = reader.result())
        return WorkflowError::invalidPayload(error->field, error->reason);
    return std::nullopt;
}

} // namespace paht
