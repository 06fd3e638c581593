#include "items/CommandTargets.h"

using namespace Qt::StringLiterals;

namespace paht {

QStringList agenciesOpenTo(const QString& command, const Report& report, const Workflow& workflow,
                           const Actor& actor, const Directory& directory, const QDateTime& now)
{
    QStringList codes;
    for (const Assignment& assignment : report.assignments) {
        Command probe;
        probe.type = command;
        probe.reportId = report.id;
        probe.expectedVersion = report.version;
        probe.payload = {{u"agencyCode"_s, assignment.agencyCode}};
        const auto result = workflow.apply(report, probe, actor, directory, now);
        const auto* error = std::get_if<WorkflowError>(&result);
        const bool open =
            !error || (error->code == WorkflowErrorCode::InvalidPayload && error->field != u"agencyCode");
        if (open && !codes.contains(assignment.agencyCode))
            codes << assignment.agencyCode;
    }
    return codes;
}

} // namespace paht
