#pragma once

#include "api/ApiContext.h"

namespace paht::store::open311 {

// PAHT's additions to GeoReport v2 for the citizen app (documented in API.md): photo upload, the public
// timeline, the citizen's answer to the result and the rating. They answer JSON
// unless the path ends in .xml.
void addExtensionRoutes(Router& router, ApiContext& context);

} // namespace paht::store::open311
