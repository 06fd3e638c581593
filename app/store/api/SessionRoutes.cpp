#include "api/ApiContext.h"

#include "domain/Instant.h"

namespace paht::store {

void addSessionRoutes(Router& router, ApiContext& context)
{
    router.add("POST", QStringLiteral("/api/v1/session"), [&context](const HttpRequest& request) {
        const auto body = jsonObjectBody(request);
        if (const auto* error = std::get_if<ApiError>(&body))
            return error->toResponse();
        const QJsonObject& json = std::get<QJsonObject>(body);
        const QJsonValue username = json.value(QStringLiteral("username"));
        const QJsonValue password = json.value(QStringLiteral("password"));
        if (!username.isString() || username.toString().isEmpty())
            return ApiError::badRequest(QStringLiteral("invalid_payload"),
                                        QStringLiteral("username is required"), QStringLiteral("username"))
                .toResponse();
        if (!password.isString())
            return ApiError::badRequest(QStringLiteral("invalid_payload"),
                                        QStringLiteral("password is required"), QStringLiteral("password"))
                .toResponse();
        const auto result = context.sessions.login(username.toString(), password.toString(), request.peer);
        if (const auto* error = std::get_if<ApiError>(&result)) {
            HttpResponse response = error->toResponse();
            if (error->status == 429)
                response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")});
            return response;
        }
        const LoginGrant& grant = std::get<LoginGrant>(result);
        return HttpResponse::json(QJsonObject{{QStringLiteral("token"), grant.token},
                                              {QStringLiteral("expiresAt"), instantToString(grant.expiresAt)},
                                              {QStringLiteral("user"), grant.user.toJson()}});
    });
    router.add("DELETE", QStringLiteral("/api/v1/session"), [&context](const HttpRequest& request) {
        const QString token = bearerToken(request.header("authorization"));
        if (token.isEmpty() || !context.sessions.authenticate(token))
            return ApiError::unauthorized(QStringLiteral("No open session")).toResponse();
        context.sessions.logout(token);
        return HttpResponse::empty(204);
    });
}

} // namespace paht::store
