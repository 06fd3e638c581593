#pragma once

#include "domain/Report.h"
#include "workflow/Directory.h"

#include <QStringList>

namespace paht {

// The agencies the dispatch dialog proposes first: the category's routing, then the People's
// Committee of the report's ward/commune ("UBND-<statistics code>"), each once and only if it exists.
QStringList suggestedAgencies(const Report& report, const Directory& directory);

} // namespace paht
