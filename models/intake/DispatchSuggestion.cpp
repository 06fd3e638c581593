#include "intake/DispatchSuggestion.h"

#include <algorithm>

namespace paht {

QStringList suggestedAgencies(const Report& report, const Directory& directory)
{
    QStringList codes = directory.categories.value(report.categoryCode).routing;
    if (!report.location.communeCode.isEmpty())
        codes.append(QStringLiteral("UBND-") + report.location.communeCode);
    codes.removeDuplicates();
    codes.erase(std::remove_if(codes.begin(), codes.end(),
                               [&](const QString& code) { return !directory.agencies.contains(code); }),
                codes.end());
    return codes;
}

} // namespace paht
