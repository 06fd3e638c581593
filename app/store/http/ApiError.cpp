#include "http/ApiError.h"

namespace paht::store {

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    if (!rows.isEmpty())
        error.insert(QStringLiteral("rows"), rows);
    return QJsonObject{{QStringLiteral("error"), error}};
}

ApiError ApiError::badRequest(const QString& code, const QString& message, const QString& field)
{
    return {400, code, message, field, {}};
}

ApiError ApiError::unauthorized(const QString& message)
{
    return {401, QStringLiteral("unauthorized"), message, {}, {}};
}

ApiError ApiError::forbidden(const QString& message)
{
    return {403, QStringLiteral("forbidden"), message, {}, {}};
}

ApiError ApiError::notFound(const QString& message)
{
    return {404, QStringLiteral("not_found"), message, {}, {}};
}

ApiError ApiError::alreadyExists(const QString& message, const QString& field)
{
    return {409, QStringLiteral("already_exists"), message, field, {}};
}

ApiError ApiError::methodNotAllowed(const QString& method)
{
    return {405,
            QStringLiteral("method_not_allowed"),
            QStringLiteral("Method %1 is not allowed here").arg(method),
            {},
            {}};
}

ApiError ApiError::payloadTooLarge(qint64 limit)
{
    return {413,
            QStringLiteral("payload_too_large"),
            QStringLiteral("The request body is larger than %1 bytes").arg(limit),
            {},
            {}};
}

ApiError ApiError::tooManyRequests(int retryAfterSeconds)
{
    return {429,
            QStringLiteral("too_many_requests"),
            QStringLiteral("Too many attempts; try again in %1 seconds").arg(retryAfterSeconds),
            {},
            {}};
}

ApiError ApiError::internal(const QString& message)
{
    return {500, QStringLiteral("internal"), message, {}, {}};
}

} // namespace paht::store
