#pragma once

#include "http/ApiError.h"

#include <QJsonObject>
#include <variant>

namespace paht::store {
struct ApiContext;
}

namespace paht::store::open311 {

// Runs one workflow command as the citizen (Actor::citizen()) through the CommandDesk, so the app's
// steps get the same checks, events and journal as the console's, and turns a refusal into the HTTP
// status the Open311 answer carries: 400 for a bad field, 404 for no report, 409 for a step that does
// not apply now (e.g. rating before publication).
class CitizenCommands
{
public:
    explicit CitizenCommands(ApiContext& context) : m_context(context) {}

    // The CommandDesk's "applied" answer (with reportId and report), or the error to send.
    std::variant<QJsonObject, ApiError> run(const QString& type, const QString& reportId,
                                            const QJsonObject& payload);

private:
    ApiContext& m_context;
};

} // namespace paht::store::open311
