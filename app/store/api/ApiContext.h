#pragma once

#include "auth/Sessions.h"
#include "domain/AttachmentType.h"
#include "http/ApiError.h"
#include "http/HttpMessage.h"
#include "http/Router.h"

#include <QJsonObject>
#include <optional>
#include <variant>

namespace paht {
class Clock;
}

namespace paht::store {

class CommandDesk;
class Database;
class Regulation;

struct StoreLimits
{
    qint64 maxBodyBytes = 32 * 1024 * 1024; // the HTTP server's cap, above the largest attachment
    qint64 maxAttachmentBytes = kMaxAttachmentBytes;
    int maxCommandsPerBatch = 200;
};

// What the endpoint groups share. Passed by reference; nothing here is global.
struct ApiContext
{
    Database& db;
    Sessions& sessions;
    CommandDesk& commands;
    const Regulation& regulation;
    const Clock& clock;
    StoreLimits limits;

    // The logged-in user behind the request, or the 401 to answer.
    std::variant<User, ApiError> caller(const HttpRequest& request) const;
};

// Parses a JSON object body, or says precisely why it is not one.
std::variant<QJsonObject, ApiError> jsonObjectBody(const HttpRequest& request);

void addSessionRoutes(Router& router, ApiContext& context);
void addSyncRoutes(Router& router, ApiContext& context);
void addAttachmentRoutes(Router& router, ApiContext& context);
void addDirectoryRoutes(Router& router, ApiContext& context);
void addStatisticsRoutes(Router& router, ApiContext& context);

} // namespace paht::store
