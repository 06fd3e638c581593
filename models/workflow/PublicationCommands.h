#pragma once

#include "workflow/CommandRule.h"

#include <QList>

namespace paht {

// Appendix I step 3 (R-14 … R-17): edit_public_answer, publish, answer_privately, close_restricted, and
// set_confidentiality for when the center learns that a report is confidential or a state secret.
QList<CommandRule> publicationCommands();

} // namespace paht
