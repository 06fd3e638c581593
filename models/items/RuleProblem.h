#pragma once

#include <QString>

namespace paht {

// The answer to one edit of the working calendar or the SLA policy: accepted, or refused with the reason in
// the user's language and the part of the editor it concerns, so the editor shows it next to that field.
struct RuleProblem
{
    QString field;   // the edited field, named like its JSON ("tet.days", "swaps", "stages.processing", …)
    QString message; // empty when the edit was accepted

    bool ok() const { return message.isEmpty(); }
};

} // namespace paht
