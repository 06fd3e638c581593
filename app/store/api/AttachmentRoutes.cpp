#include "api/ApiContext.h"

#include "calendar/Clock.h"
#include "core/AttachmentPolicy.h"
#include "core/CommandDesk.h"
#include "domain/Instant.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"

#include <QCryptographicHash>

namespace paht::store {

void addAttachmentRoutes(Router& router, ApiContext& context)
{
    router.add("POST", QStringLiteral("/api/v1/attachments"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        const auto upload = AttachmentPolicy::check(request.body, request.header("content-type"),
                                                    context.limits.maxAttachmentBytes);
        if (const auto* error = std::get_if<ApiError>(&upload))
            return error->toResponse();
        const AttachmentRow row{
            QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()),
            request.body.size(), std::get<QString>(upload), std::get<User>(user).username};
        AttachmentRows attachments(context.db.connection());
        if (!attachments.insert(row, request.body, instantToString(context.clock.now())))
            return ApiError::internal(QStringLiteral("cannot store the attachment")).toResponse();
        return HttpResponse::json(QJsonObject{{QStringLiteral("sha256"), row.sha256},
                                              {QStringLiteral("size"), row.size},
                                              {QStringLiteral("contentType"), row.contentType}},
                                  201);
    });

    router.add(
        "GET", QStringLiteral("/api/v1/attachments/([0-9a-f]{64})"), [&context](const HttpRequest& request) {
            const auto user = context.caller(request);
            if (const auto* error = std::get_if<ApiError>(&user))
                return error->toResponse();
            const QString sha = request.pathArgs.value(0);
            const User& caller = std::get<User>(user);
            if (!AttachmentPolicy::maySee(context.db, sha, caller.username, CommandDesk::viewerFor(caller)))
                return ApiError::notFound(QStringLiteral("No attachment %1").arg(sha)).toResponse();
            AttachmentRows attachments(context.db.connection());
            const auto row = attachments.find(sha);
            HttpResponse response =
                HttpResponse::bytes(attachments.content(sha), row->contentType.toLatin1());
            // Content-addressed: the bytes behind a name never change.
            response.headers.append({QByteArrayLiteral("Cache-Control"),
                                     QByteArrayLiteral("private, max-age=31536000, immutable")});
            response.headers.append({QByteArrayLiteral("ETag"), '"' + sha.toLatin1() + '"'});
            return response;
        });
}

} // namespace paht::store
