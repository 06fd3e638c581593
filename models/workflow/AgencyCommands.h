#pragma once

#include "workflow/CommandRule.h"

#include <QList>

namespace paht {

// What an agency specialist does with the agency's assignment (Appendix I step 2, R-9 …,
// accept, return_to_center, submit_result, answer_citizen, request_contact.
QList<CommandRule> agencyCommands();

} // namespace paht
