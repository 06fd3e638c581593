#pragma once

#include "api/ApiContext.h"

namespace paht::store {

// Open311 GeoReport v2 for the citizen app under /open311/v2/, in XML
// and JSON, plus PAHT's documented extensions (see API.md).
void addOpen311Routes(Router& router, ApiContext& context);

} // namespace paht::store
