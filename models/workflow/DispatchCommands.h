#pragma once

#include "workflow/CommandRule.h"

#include <QList>

namespace paht {

// Appendix I step 1.2: dispatch to one or several agencies, and re-dispatch after an
// agency returned the report.
QList<CommandRule> dispatchCommands();

} // namespace paht
