#include "api/AdminRoutes.h"

#include "core/AccountDesk.h"
#include "core/DirectoryDesk.h"

namespace paht::store {

namespace {

using Handler = std::function<HttpResponse(const User& admin, const HttpRequest& request)>;

// Every route here is the administrator's alone; the store refuses anyone else whatever the console shows.
Router::Handler adminOnly(ApiContext& context, Handler handler)
{
    return [&context, handler = std::move(handler)](const HttpRequest& request) {
        const auto caller = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&caller))
            return error->toResponse();
        const User& user = std::get<User>(caller);
        if (user.role != Role::Administrator)
            return ApiError::forbidden(
                       QStringLiteral("Only an administrator may change the directory and the rules"))
                .toResponse();
        return handler(user, request);
    };
}

// A JSON body handed to a desk, its answer sent back.
template <typename Call>
HttpResponse withBody(const HttpRequest& request, Call call, int status = 200)
{
    const auto body = jsonObjectBody(request);
    if (const auto* error = std::get_if<ApiError>(&body))
        return error->toResponse();
    const auto answer = call(std::get<QJsonObject>(body));
    if (const auto* error = std::get_if<ApiError>(&answer))
        return error->toResponse();
    return HttpResponse::json(std::get<QJsonObject>(answer), status);
}

DirectoryTable tableOf(const HttpRequest& request)
{
    DirectoryTable table = DirectoryTable::Agencies;
    directoryTableFromName(request.pathArgs.value(0), &table); // the route's pattern lists only known tables
    return table;
}

} // namespace

void addAdminRoutes(Router& router, ApiContext& context, AdminDesks& desks)
{
    const QString base = QStringLiteral("/api/v1/admin");
    const QString name = QStringLiteral("([^/]+)");
    router.add("POST", base + QStringLiteral("/users"),
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   return withBody(
                       r, [&](const QJsonObject& body) { return desks.accounts.createUser(admin, body); },
                       201);
               }));
    router.add("PUT", base + QStringLiteral("/users/") + name,
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   return withBody(r, [&](const QJsonObject& body) {
                       return desks.accounts.updateUser(admin, r.pathArgs.value(0), body);
                   });
               }));
    router.add("POST", base + QStringLiteral("/users/") + name + QStringLiteral("/password"),
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   const auto answer = desks.accounts.resetPassword(admin, r.pathArgs.value(0));
                   if (const auto* error = std::get_if<ApiError>(&answer))
                       return error->toResponse();
                   return HttpResponse::json(std::get<QJsonObject>(answer));
               }));
    router.add("PUT", base + QStringLiteral("/agencies/") + name,
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   return withBody(r, [&](const QJsonObject& body) {
                       return desks.directory.putAgency(admin, r.pathArgs.value(0), body);
                   });
               }));
    router.add("PUT", base + QStringLiteral("/categories/") + name,
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   return withBody(r, [&](const QJsonObject& body) {
                       return desks.directory.putCategory(admin, r.pathArgs.value(0), body);
                   });
               }));
    router.add("PUT", base + QStringLiteral("/sla-policy"),
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   return withBody(
                       r, [&](const QJsonObject& body) { return desks.directory.putPolicy(admin, body); });
               }));
    router.add("PUT", base + QStringLiteral("/calendar"),
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   return withBody(
                       r, [&](const QJsonObject& body) { return desks.directory.putCalendar(admin, body); });
               }));
    router.add("GET", base + QStringLiteral("/api-keys"),
               adminOnly(context, [&desks](const User&, const HttpRequest&) {
                   return HttpResponse::json(desks.accounts.apiKeys());
               }));
    router.add("POST", base + QStringLiteral("/api-keys"),
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   return withBody(
                       r, [&](const QJsonObject& body) { return desks.accounts.createApiKey(admin, body); },
                       201);
               }));
    router.add("DELETE", base + QStringLiteral("/api-keys/") + name,
               adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   if (const auto error = desks.accounts.revokeApiKey(admin, r.pathArgs.value(0)))
                       return error->toResponse();
                   return HttpResponse::empty();
               }));
    const QString csvTable = base + QStringLiteral("/directory/(agencies|categories|users)\\.csv");
    router.add("GET", csvTable, adminOnly(context, [&desks](const User&, const HttpRequest& r) {
                   return HttpResponse::bytes(desks.directory.exportCsv(tableOf(r)),
                                              "text/csv; charset=utf-8");
               }));
    router.add("POST", csvTable, adminOnly(context, [&desks](const User& admin, const HttpRequest& r) {
                   const auto answer = desks.directory.importCsv(admin, tableOf(r), r.body);
                   if (const auto* error = std::get_if<ApiError>(&answer))
                       return error->toResponse();
                   return HttpResponse::json(std::get<QJsonObject>(answer));
               }));
    router.add("GET", base + QStringLiteral("/audit"),
               adminOnly(context, [&desks](const User&, const HttpRequest& r) {
                   bool ok = false;
                   int limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
                   if (!ok || limit <= 0)
                       limit = 200;
                   return HttpResponse::json(
                       QJsonObject{{QStringLiteral("changes"), desks.journal.recent(std::min(limit, 1000))}});
               }));
}

} // namespace paht::store
