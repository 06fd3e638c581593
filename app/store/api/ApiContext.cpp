#include "api/ApiContext.h"

#include "auth/PasswordHash.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace paht::store {

namespace {

// an agency's own software calls the API with its key, as a specialist of that agency.
std::variant<User, ApiError> agencySystem(Database& db, const QByteArray& authorization)
{
    const QString key = QString::fromLatin1(authorization.mid(7).trimmed());
    const std::optional<ApiKeyRow> row = AccountRows(db.connection()).apiKey(SecretToken::digest(key));
    if (!row || row->kind != ApiKeyRow::kAgencySystem)
        return ApiError::unauthorized(QStringLiteral("Unknown or revoked API key"));
    User system;
    system.username = QStringLiteral("system:") + row->name;
    system.displayName = row->name;
    system.role = Role::AgencySpecialist;
    system.agencyCode = row->agencyCode;
    return system;
}

} // namespace

std::variant<User, ApiError> ApiContext::caller(const HttpRequest& request) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("ApiKey "))
        return agencySystem(db, authorization);
    const QString token = bearerToken(authorization);
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
