#pragma once

#include "domain/Report.h"
#include "workflow/Actor.h"
#include "workflow/Directory.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QStringList>

namespace paht {

// The agencies that a command acting on one assignment (remind, disclose_contact) may name on this report
// now, in assignment order. The workflow itself is asked, assignment by assignment, so the console offers
// exactly what the store will take; only a missing note or reason does not count against an agency,
// because the dialog asks for it.
QStringList agenciesOpenTo(const QString& command, const Report& report, const Workflow& workflow,
                           const Actor& actor, const Directory& directory, const QDateTime& now);

} // namespace paht
