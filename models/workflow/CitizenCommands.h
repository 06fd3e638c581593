#pragma once

#include "workflow/CommandRule.h"

#include <QList>

namespace paht {

// Appendix I step 4: the reporter's citizen_feedback on the result and rate.
QList<CommandRule> citizenCommands();

} // namespace paht
