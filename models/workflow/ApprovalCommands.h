#pragma once

#include "workflow/CommandRule.h"

#include <QList>

namespace paht {

// The agency leader's review of the specialist's result: approve, return_for_rework,
// edit_and_approve.
QList<CommandRule> approvalCommands();

} // namespace paht
