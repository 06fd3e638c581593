#include "api/ApiContext.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace paht::store {

std::variant<User, ApiError> ApiContext::caller(const HttpRequest& request) const
{
    const QString token = bearerToken(request.header("authorization"));
    if (token.isEmpty())
        return ApiError::unauthorized(QStringLiteral("Log in first: send 'Authorization: Bearer <token>'"));
    if (std::optional<User> user = sessions.authenticate(token))
        return *user;
    return ApiError::unauthorized(QStringLiteral("The session has expired or was closed; log in again"));
}

std::variant<QJsonObject, ApiError> jsonObjectBody(const HttpRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::badRequest(QStringLiteral("invalid_json"),
                                    QStringLiteral("The body is not valid JSON: %1 at offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!document.isObject())
        return ApiError::badRequest(QStringLiteral("invalid_json"),
                                    QStringLiteral("The body must be a JSON object"));
    return document.object();
}

} // namespace paht::store
