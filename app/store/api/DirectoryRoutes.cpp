#include "api/ApiContext.h"

#include "calendar/Clock.h"
#include "core/Regulation.h"
#include "domain/Instant.h"
#include "storage/AccountRows.h"
#include "storage/ChangeCounter.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"

#include <QJsonArray>

namespace paht::store {

namespace {

HttpResponse listOf(ApiContext& context, const HttpRequest& request, DirectoryRows::Table table,
                    const QString& key)
{
    const auto user = context.caller(request);
    if (const auto* error = std::get_if<ApiError>(&user))
        return error->toResponse();
    QJsonArray items;
    for (const QJsonObject& item : DirectoryRows(context.db.connection()).all(table))
        items.append(item);
    return HttpResponse::json(QJsonObject{{key, items}});
}

} // namespace

void addDirectoryRoutes(Router& router, ApiContext& context)
{
    router.add("GET", QStringLiteral("/api/v1/health"), [&context](const HttpRequest&) {
        ChangeCounter counter(context.db.connection());
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("engine"), context.db.engine()},
                        {QStringLiteral("schemaVersion"), context.db.schemaVersion()},
                        {QStringLiteral("epoch"), counter.epoch()},
                        {QStringLiteral("seq"), counter.current()},
                        {QStringLiteral("time"), instantToString(context.clock.now())}});
    });
    router.add("GET", QStringLiteral("/api/v1/agencies"), [&context](const HttpRequest& request) {
        return listOf(context, request, DirectoryRows::Table::Agencies, QStringLiteral("agencies"));
    });
    router.add("GET", QStringLiteral("/api/v1/categories"), [&context](const HttpRequest& request) {
        return listOf(context, request, DirectoryRows::Table::Categories, QStringLiteral("categories"));
    });
    router.add("GET", QStringLiteral("/api/v1/users"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        const User& caller = std::get<User>(user);
        QJsonArray users;
        for (const AccountRow& row : AccountRows(context.db.connection()).users()) {
            // Agencies see their own colleagues; the center sees everyone.
            if (isCenterRole(caller.role) ||
                row.user.value(QStringLiteral("agencyCode")).toString() == caller.agencyCode)
                users.append(row.user);
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("users"), users}});
    });
    router.add("GET", QStringLiteral("/api/v1/sla-policy"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("policy"), context.regulation.policy().toJson()},
                        {QStringLiteral("calendar"), context.regulation.calendar().toJson()}});
    });
}

} // namespace paht::store
