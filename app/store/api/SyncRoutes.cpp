#include "api/ApiContext.h"

#include "core/CommandDesk.h"
#include "core/Feed.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paht::store {

namespace {

int pageLimit(const HttpRequest& request)
{
    bool ok = false;
    const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    return ok && limit > 0 ? limit : Feed::kMaxPage;
}

} // namespace

void addSyncRoutes(Router& router, ApiContext& context)
{
    router.add("GET", QStringLiteral("/api/v1/snapshot"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        const Viewer viewer = CommandDesk::viewerFor(std::get<User>(user));
        return HttpResponse::json(
            Feed(context.db)
                .snapshot(viewer, request.queryValue(QStringLiteral("after")), pageLimit(request)));
    });

    router.add("GET", QStringLiteral("/api/v1/pull"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        bool ok = false;
        const qint64 since = request.queryValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok)
            return ApiError::badRequest(QStringLiteral("invalid_query"),
                                        QStringLiteral("since must be a number"), QStringLiteral("since"))
                .toResponse();
        const Viewer viewer = CommandDesk::viewerFor(std::get<User>(user));
        const auto page =
            Feed(context.db)
                .pull(viewer, since, request.queryValue(QStringLiteral("epoch")), pageLimit(request));
        if (!page)
            return ApiError{410,
                            QStringLiteral("cursor_gone"),
                            QStringLiteral("This cursor cannot be served; fetch a new snapshot"),
                            {}}
                .toResponse();
        return HttpResponse::json(*page);
    });

    router.add("GET", QStringLiteral("/api/v1/reports/([^/]+)"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        const auto found =
            Feed(context.db).report(CommandDesk::viewerFor(std::get<User>(user)), request.pathArgs.value(0));
        if (!found)
            return ApiError::notFound(QStringLiteral("No report %1").arg(request.pathArgs.value(0)))
                .toResponse();
        return HttpResponse::json(*found);
    });

    router.add("POST", QStringLiteral("/api/v1/commands"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        const auto body = jsonObjectBody(request);
        if (const auto* error = std::get_if<ApiError>(&body))
            return error->toResponse();
        const QJsonValue commands = std::get<QJsonObject>(body).value(QStringLiteral("commands"));
        if (!commands.isArray())
            return ApiError::badRequest(QStringLiteral("invalid_payload"),
                                        QStringLiteral("commands must be an array of commands"),
                                        QStringLiteral("commands"))
                .toResponse();
        if (commands.toArray().size() > context.limits.maxCommandsPerBatch)
            return ApiError::badRequest(QStringLiteral("batch_too_large"),
                                        QStringLiteral("at most %1 commands per request")
                                            .arg(context.limits.maxCommandsPerBatch),
                                        QStringLiteral("commands"))
                .toResponse();
        const User& caller = std::get<User>(user);
        const QJsonArray results = context.commands.executeBatch(
            commands.toArray(), CommandDesk::actorFor(caller), CommandDesk::viewerFor(caller));
        return HttpResponse::json(QJsonObject{{QStringLiteral("results"), results}});
    });
}

} // namespace paht::store
