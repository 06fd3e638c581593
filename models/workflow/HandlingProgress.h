#pragma once

#include "domain/Report.h"
#include "workflow/Transition.h"

namespace paht {

// The report's state while agencies handle it follows from its assignments: awaiting_publication once
// every assignment still held (not returned to the center) is approved, in_progress once any agency has
// accepted, else dispatched. Returned assignments stay as a record and do not count.
ReportState handlingState(const Report& report);

// Brings the report state in line with its assignments after an agency-side change, starting the
// publication clock when the last approval lands and stopping it if a re-dispatch reopens the
// handling.
void settleHandling(Transition& transition);

} // namespace paht
