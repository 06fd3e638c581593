#pragma once

#include "http/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace paht::store {

// Every failure the API answers is one of these: a stable code a client can switch on, the HTTP status,
// and a message a person can read.
struct ApiError
{
    int status = 400;
    QString code; // e.g. "invalid_json", "unauthorized", "not_found"
    QString message;
    QString field;        // the offending field, when there is one
    QJsonArray rows = {}; // a file's bad rows ({line, field, message}), when a whole file was refused

    QJsonObject toJson() const;
    HttpResponse toResponse() const { return HttpResponse::json(toJson(), status); }

    static ApiError badRequest(const QString& code, const QString& message, const QString& field = {});
    static ApiError unauthorized(const QString& message);
    static ApiError forbidden(const QString& message);
    static ApiError notFound(const QString& message);
    static ApiError alreadyExists(const QString& message, const QString& field); // 409 already_exists
    static ApiError methodNotAllowed(const QString& method);
    static ApiError payloadTooLarge(qint64 limit);
    static ApiError tooManyRequests(int retryAfterSeconds);
    static ApiError internal(const QString& message);
};

} // namespace paht::store
