#include "open311/Open311Extensions.h"

#include "calendar/Clock.h"
#include "core/AttachmentPolicy.h"
#include "core/CommandDesk.h"
#include "domain/Instant.h"
#include "domain/Rating.h"
#include "open311/CitizenCommands.h"
#include "open311/CitizenGate.h"
#include "open311/Open311Input.h"
#include "open311/Open311Paths.h"
#include "open311/PublicRequests.h"
#include "open311/RequestView.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"
#include "storage/EventLog.h"

#include <QCryptographicHash>

namespace paht::store::open311 {

namespace {

constexpr int kMaxFeedback = 4000;
constexpr int kMaxComment = 2000;

HttpResponse uploadMedia(ApiContext& context, const HttpRequest& request)
{
    const Format format = requestedFormat(request.pathArgs, 0, Format::Json);
    const auto key = CitizenGate(context.db).checkApiKey(request.queryValue(QStringLiteral("api_key")));
    if (const auto* error = std::get_if<ApiError>(&key))
        return Reply::error(format, *error);
    const auto checked = AttachmentPolicy::check(request.body, request.header("content-type"),
                                                 context.limits.maxAttachmentBytes);
    if (const auto* error = std::get_if<ApiError>(&checked))
        return Reply::error(format, *error);
    const QString type = std::get<QString>(checked);
    // The app sends photos of the problem; documents are the agencies' business.
    if (!type.startsWith(QLatin1String("image/")))
        return Reply::error(format, 415, QStringLiteral("Only JPEG, PNG and WebP photos are accepted here"));
    // Not a staff username: no one logged in may read a citizen's photo before a report references it.
    const AttachmentRow row{
        QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()),
        request.body.size(), type, QStringLiteral("open311:") + std::get<QString>(key)};
    if (!AttachmentRows(context.db.connection())
             .insert(row, request.body, instantToString(context.clock.now())))
        return Reply::error(format, 500, QStringLiteral("The photo could not be stored; try again"));
    return Reply::object(format, QStringLiteral("media"),
                         {{QStringLiteral("sha256"), row.sha256},
                          {QStringLiteral("size"), row.size},
                          {QStringLiteral("content_type"), row.contentType}},
                         201);
}

// the steps the workflow marked public, with the agency concerned but never who did them.
HttpResponse timeline(ApiContext& context, const HttpRequest& request)
{
    const Format format = requestedFormat(request.pathArgs, 1, Format::Json);
    const QString id = request.pathArgs.value(0);
    const auto report = PublicRequests(context.db).find(id);
    if (!report || !RequestView::isPublic(*report))
        return Reply::error(format, 404, QStringLiteral("No request %1").arg(id));
    const RequestView view(context.db, CommandDesk::loadDirectory(context.db));
    QList<Record> events;
    for (const StoredEvent& stored : EventLog(context.db.connection()).forReport(id)) {
        Event event;
        if (Event::fromJson(stored.event, &event) || !event.isPublic)
            continue;
        events.append(
            {{QStringLiteral("type"), event.type},
             {QStringLiteral("datetime"), w3cDateTime(event.at)},
             {QStringLiteral("agency"),
              event.agencyCode.isEmpty() ? QJsonValue() : QJsonValue(view.agencyName(event.agencyCode))}});
    }
    return Reply::list(format, QStringLiteral("timeline"), QStringLiteral("event"), events);
}

// What feedback and rating share: the fields, the app's key, the report's token, then the workflow.
template <typename BuildPayload>
HttpResponse citizenStep(ApiContext& context, const HttpRequest& request, const QString& commandType,
                         const QString& notice, BuildPayload buildPayload)
{
    const Format format = requestedFormat(request.pathArgs, 1, Format::Json);
    const QString id = request.pathArgs.value(0);
    const auto input = Open311Input::fromRequest(request);
    if (const auto* error = std::get_if<ApiError>(&input))
        return Reply::error(format, *error);
    const Open311Input& fields = std::get<Open311Input>(input);
    CitizenGate gate(context.db);
    const auto key = gate.checkApiKey(fields.value(QStringLiteral("api_key")));
    if (const auto* error = std::get_if<ApiError>(&key))
        return Reply::error(format, *error);
    if (const auto error = gate.checkToken(id, fields.value(QStringLiteral("token"))))
        return Reply::error(format, *error);
    const std::variant<QJsonObject, ApiError> payload = buildPayload(fields);
    if (const auto* error = std::get_if<ApiError>(&payload))
        return Reply::error(format, *error);
    const auto applied = CitizenCommands(context).run(commandType, id, std::get<QJsonObject>(payload));
    if (const auto* error = std::get_if<ApiError>(&applied))
        return Reply::error(format, *error);
    return Reply::list(
        format, QStringLiteral("service_requests"), QStringLiteral("request"),
        {{{QStringLiteral("service_request_id"), id}, {QStringLiteral("service_notice"), notice}}});
}

ApiError fieldError(const QString& field, const QString& reason)
{
    return ApiError::badRequest(QStringLiteral("invalid_field"), QStringLiteral("%1: %2").arg(field, reason),
                                field);
}

std::variant<QJsonObject, ApiError> feedbackPayload(const Open311Input& fields)
{
    const QString text = fields.value(QStringLiteral("text"));
    if (text.isEmpty())
        return fieldError(QStringLiteral("text"),
                          QStringLiteral("required: what is unclear about the answer"));
    if (text.size() > kMaxFeedback)
        return fieldError(QStringLiteral("text"),
                          QStringLiteral("longer than %1 characters").arg(kMaxFeedback));
    return QJsonObject{{QStringLiteral("text"), text}};
}

std::variant<QJsonObject, ApiError> ratingPayload(const Open311Input& fields)
{
    const QString name = fields.value(QStringLiteral("rating"));
    Rating level = Rating::Neutral;
    if (!ratingFromName(name, &level)) {
        QStringList names;
        for (const Rating rating : allRatings())
            names.append(ratingName(rating));
        return fieldError(QStringLiteral("rating"),
                          QStringLiteral("expected one of %1, got \"%2\"")
                              .arg(names.join(QStringLiteral(", ")), name.left(40)));
    }
    const QString comment = fields.value(QStringLiteral("comment"));
    if (comment.size() > kMaxComment)
        return fieldError(QStringLiteral("comment"),
                          QStringLiteral("longer than %1 characters").arg(kMaxComment));
    QJsonObject payload{{QStringLiteral("rating"), ratingName(level)}};
    if (!comment.isEmpty())
        payload.insert(QStringLiteral("comment"), comment);
    return payload;
}

} // namespace

void addExtensionRoutes(Router& router, ApiContext& context)
{
    router.add("POST", route(QStringLiteral("media")),
               [&context](const HttpRequest& request) { return uploadMedia(context, request); });
    router.add("GET", route(QStringLiteral("requests/([^/]+)/timeline")),
               [&context](const HttpRequest& request) { return timeline(context, request); });
    router.add("POST", route(QStringLiteral("requests/([^/]+)/feedback")),
               [&context](const HttpRequest& request) {
                   return citizenStep(
                       context, request, QStringLiteral("citizen_feedback"),
                       QStringLiteral("Đã gửi ý kiến của bạn tới cơ quan xử lý; cơ quan sẽ làm rõ kết quả."),
                       feedbackPayload);
               });
    router.add("POST", route(QStringLiteral("requests/([^/]+)/rating")),
               [&context](const HttpRequest& request) {
                   return citizenStep(context, request, QStringLiteral("rate"),
                                      QStringLiteral("Cảm ơn bạn đã đánh giá kết quả xử lý."), ratingPayload);
               });
}

} // namespace paht::store::open311
