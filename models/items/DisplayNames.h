#pragma once

#include "calendar/StageTiming.h"
#include "domain/Agency.h"
#include "domain/Assignment.h"
#include "domain/Confidentiality.h"
#include "domain/Rating.h"
#include "domain/ReportRecords.h"
#include "domain/Role.h"

#include <QString>

namespace paht {

// The names people read for the domain's enums: English source text through QCoreApplication::translate,
// Vietnamese from the translation files (the glossary's terms are left for the translator next to each
// string). The wire names (reportStateName() and friends) stay for JSON only.
QString displayName(ReportState state);
QString displayName(AssignmentState state);
QString displayName(Role role);
QString displayName(AgencyKind kind);
QString displayName(Rating rating);
QString displayName(Confidentiality confidentiality);
QString displayName(StageStatus status);
QString displayName(SlaStage stage);
QString displayName(RejectionKind kind);
QString displayName(ContactChannel channel);
QString displayName(ReporterFlag flag);

} // namespace paht
