#pragma once

#include "workflow/CommandRule.h"

#include <QList>

namespace paht {

// What the center and the Provincial Office do around the handling: escalate,
// resolve_escalation, remind, disclose_contact, flag_reporter.
QList<CommandRule> oversightCommands();

} // namespace paht
