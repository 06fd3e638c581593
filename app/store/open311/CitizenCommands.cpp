#include "open311/CitizenCommands.h"

#include "api/ApiContext.h"
#include "core/CommandDesk.h"
#include "storage/Database.h"
#include "storage/ReportRows.h"
#include "workflow/Actor.h"

#include <QUuid>

namespace paht::store::open311 {

namespace {

constexpr int kAttempts = 3;

ApiError refusal(const QJsonObject& answer)
{
    const QString code = answer.value(QStringLiteral("code")).toString();
    const QString field = answer.value(QStringLiteral("field")).toString();
    QString message = answer.value(QStringLiteral("message")).toString();
    if (!field.isEmpty() && !message.startsWith(field))
        message = QStringLiteral("%1: %2").arg(field, message);
    if (code == QLatin1String("invalid_payload"))
        return ApiError::badRequest(code, message, field);
    if (code == QLatin1String("not_found"))
        return ApiError::notFound(message);
    if (code == QLatin1String("internal") || code == QLatin1String("unavailable"))
        return ApiError{503, code, message, {}};
    return ApiError{409, code.isEmpty() ? QStringLiteral("conflict") : code, message, field};
}

} // namespace

std::variant<QJsonObject, ApiError> CitizenCommands::run(const QString& type, const QString& reportId,
                                                         const QJsonObject& payload)
{
    const Actor citizen = Actor::citizen();
    // The citizen sees no report through a staff lens; the desk skips the viewer for non-staff actors.
    const Viewer viewer;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        qint64 version = 0;
        if (!reportId.isEmpty()) {
            const auto row = ReportRows(m_context.db.connection()).find(reportId);
            if (!row)
                return ApiError::notFound(QStringLiteral("No request %1").arg(reportId));
            version = row->version;
        }
        // The app does not retry with command ids of its own, so each call is a new command; a version
        // moved by staff in between is simply read again.
        const QJsonObject command{
            {QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), type},
            {QStringLiteral("reportId"), reportId},
            {QStringLiteral("expectedVersion"), version},
            {QStringLiteral("payload"), payload}};
        const QJsonObject answer = m_context.commands.execute(command, citizen, viewer);
        const QString status = answer.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("applied"))
            return answer;
        if (status != QLatin1String("conflict"))
            return refusal(answer);
    }
    return ApiError{409,
                    QStringLiteral("conflict"),
                    QStringLiteral("The request is being changed by the center right now; try again"),
                    {}};
}

} // namespace paht::store::open311
