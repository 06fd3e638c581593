#pragma once

#include "workflow/CommandRule.h"

#include <QList>

namespace paht {

// Appendix I step 1 (R-1 … R-8): submit, classify, request_clarification, clarification_received,
// reject, link_duplicate.
QList<CommandRule> intakeCommands();

} // namespace paht
