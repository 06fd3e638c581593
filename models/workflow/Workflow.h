#pragma once

#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "domain/Event.h"
#include "domain/Report.h"
#include "workflow/Actor.h"
#include "workflow/Command.h"
#include "workflow/CommandCatalog.h"
#include "workflow/Directory.h"
#include "workflow/StageTimer.h"
#include "workflow/WorkflowError.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>
#include <variant>

namespace paht {

// What an applied command produced: the report at its next version and the events recording the step.
struct Outcome
{
    Report report;
    QList<Event> events;
};

// The state machine of Appendix I (architecture, "The workflow"). Pure: it reads nothing but its
// arguments, so the store and the console get the same answer for the same command.
class Workflow
{
public:
    // Keeps references: the policy and the clock must outlive the workflow.
    Workflow(const SlaPolicy& policy, const SlaClock& clock);

    // Checks, in order: the command type, the actor's role (and state-secret clearance), the expected
    // version, the report state, the agency, the assignment state, the command's own conditions, the
    // payload. The version is checked before anything that depends on the report's content, so a command
    // written against an old version is answered as a conflict, not as a misleading wrong_state.
    // `current` is empty only for "submit", whose command.reportId is the number chosen for the report.
    std::variant<Outcome, WorkflowError> apply(const std::optional<Report>& current, const Command& command,
                                               const Actor& actor, const Directory& directory,
                                               const QDateTime& now) const;

    // The command types this actor may issue on this report now, ignoring payloads (for enabling
    // buttons). "submit" is never listed: it needs no report.
    QStringList allowedCommands(const Report& report, const Actor& actor) const;

    QStringList commandTypes() const { return m_catalog.types(); }

private:
    StageTimer m_timer;
    CommandCatalog m_catalog;
};

} // namespace paht
