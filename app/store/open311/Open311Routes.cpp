#include "open311/Open311Routes.h"

#include "calendar/Clock.h"
#include "core/CommandDesk.h"
#include "domain/Instant.h"
#include "open311/CitizenCommands.h"
#include "open311/CitizenGate.h"
#include "open311/Open311Extensions.h"
#include "open311/Open311Input.h"
#include "open311/Open311Paths.h"
#include "open311/PublicRequests.h"
#include "open311/RequestView.h"
#include "open311/ServiceRequestForm.h"

#include <QJsonArray>
#include <algorithm>

namespace paht::store {

namespace {

using namespace open311;

const QString kRequests = QStringLiteral("service_requests");
const QString kRequest = QStringLiteral("request");
// The date this API last changed, for discovery's changeset.
const QString kChangeset = QStringLiteral("2026-03-09T00:00:00+07:00");

QString baseUrl(const HttpRequest& request)
{
    // Behind a TLS-terminating proxy the store sees plain HTTP; the proxy says what the client used.
    const QByteArray proto = request.header("x-forwarded-proto");
    const QString scheme = proto == "https" ? QStringLiteral("https") : QStringLiteral("http");
    const QByteArray host = request.header("host");
    return QStringLiteral("%1://%2/open311/v2/")
        .arg(scheme, host.isEmpty() ? QStringLiteral("localhost") : QString::fromLatin1(host));
}

HttpResponse discovery(const HttpRequest& request)
{
    const QJsonObject endpoint{
        {QStringLiteral("specification"), QStringLiteral("http://wiki.open311.org/GeoReport_v2")},
        {QStringLiteral("url"), baseUrl(request)},
        {QStringLiteral("changeset"), kChangeset},
        {QStringLiteral("type"), QStringLiteral("production")},
        {QStringLiteral("formats"),
         QJsonArray{QStringLiteral("text/xml"), QStringLiteral("application/json")}}};
    const Record record{
        {QStringLiteral("changeset"), kChangeset},
        {QStringLiteral("contact"),
         QStringLiteral(
             "Trung tâm điều hành thành phố thông minh tỉnh Quảng Ninh (Quảng Ninh Smart City Operations "
             "Center)")},
        {QStringLiteral("key_service"),
         QStringLiteral(
             "API keys for citizen apps are issued by the Operations Center (paht-store create-api-key)")},
        {QStringLiteral("endpoints"), QJsonArray{endpoint}}};
    return Reply::object(requestedFormat(request.pathArgs, 0), QStringLiteral("discovery"), record);
}

QList<Category> activeCategories(Database& db)
{
    QList<Category> categories;
    for (const Category& category : CommandDesk::loadDirectory(db).categories) {
        if (category.active)
            categories.append(category);
    }
    std::sort(categories.begin(), categories.end(),
              [](const Category& a, const Category& b) { return a.code < b.code; });
    return categories;
}

Record serviceRecord(const Category& category)
{
    // Categories carry no description, keywords or group of their own yet (R-26 keeps only the name).
    return {{QStringLiteral("service_code"), category.code},
            {QStringLiteral("service_name"), category.name},
            {QStringLiteral("description"), category.name},
            {QStringLiteral("metadata"), false},
            {QStringLiteral("type"), QStringLiteral("realtime")},
            {QStringLiteral("keywords"), QString()},
            {QStringLiteral("group"), QStringLiteral("Phản ánh hiện trường")}};
}

HttpResponse services(ApiContext& context, const HttpRequest& request)
{
    QList<Record> records;
    for (const Category& category : activeCategories(context.db))
        records.append(serviceRecord(category));
    return Reply::list(requestedFormat(request.pathArgs, 0), QStringLiteral("services"),
                       QStringLiteral("service"), records);
}

HttpResponse serviceDefinition(ApiContext& context, const HttpRequest& request)
{
    const Format format = requestedFormat(request.pathArgs, 1);
    const QString code = request.pathArgs.value(0);
    for (const Category& category : activeCategories(context.db)) {
        if (category.code == code)
            return Reply::object(
                format, QStringLiteral("service_definition"),
                {{QStringLiteral("service_code"), code}, {QStringLiteral("attributes"), QJsonArray()}});
    }
    return Reply::error(format, 404, QStringLiteral("No service %1").arg(code));
}

QString receiptNotice(const QJsonObject& applied)
{
    Report report;
    Report::fromJson(applied.value(QStringLiteral("report")).toObject(), &report);
    return QStringLiteral(
               "Trung tâm điều hành đã tiếp nhận phản ánh %1 và sẽ phân loại, chuyển xử lý trước %2.")
        .arg(report.id, w3cDateTime(report.intake.deadline));
}

HttpResponse postRequest(ApiContext& context, const HttpRequest& request)
{
    const Format format = requestedFormat(request.pathArgs, 0);
    const auto input = Open311Input::fromRequest(request);
    if (const auto* error = std::get_if<ApiError>(&input))
        return Reply::error(format, *error);
    const Open311Input& fields = std::get<Open311Input>(input);
    CitizenGate gate(context.db);
    const auto key = gate.checkApiKey(fields.value(QStringLiteral("api_key")));
    if (const auto* error = std::get_if<ApiError>(&key))
        return Reply::error(format, *error);
    const auto payload = ServiceRequestForm::submitPayload(fields, CommandDesk::loadDirectory(context.db));
    if (const auto* error = std::get_if<ApiError>(&payload))
        return Reply::error(format, *error);
    const auto applied =
        CitizenCommands(context).run(QStringLiteral("submit"), {}, std::get<QJsonObject>(payload));
    if (const auto* error = std::get_if<ApiError>(&applied))
        return Reply::error(format, *error);
    const QJsonObject& answer = std::get<QJsonObject>(applied);
    const QString id = answer.value(QStringLiteral("reportId")).toString();
    const QString token = gate.issueToken(id);
    QString notice = receiptNotice(answer);
    if (token.isEmpty()) // the report is stored; only following it from the app is unavailable
        notice += QStringLiteral(" Không tạo được mã theo dõi; vui lòng ghi lại số phản ánh.");
    return Reply::list(format, kRequests, kRequest,
                       {{{QStringLiteral("service_request_id"), id},
                         {QStringLiteral("token"), token.isEmpty() ? QJsonValue() : QJsonValue(token)},
                         {QStringLiteral("service_notice"), notice},
                         {QStringLiteral("account_id"), QJsonValue()}}},
                       201);
}

HttpResponse listRequests(ApiContext& context, const HttpRequest& request)
{
    const Format format = requestedFormat(request.pathArgs, 0);
    const auto filter = RequestFilter::fromQuery(request, context.clock.now());
    if (const auto* error = std::get_if<ApiError>(&filter))
        return Reply::error(format, *error);
    const RequestView view(context.db, CommandDesk::loadDirectory(context.db));
    QList<Record> records;
    for (const Report& report : PublicRequests(context.db).search(std::get<RequestFilter>(filter)))
        records.append(view.record(report, Audience::Public));
    return Reply::list(format, kRequests, kRequest, records);
}

// One request. With api_key and its token, the reporter also sees a confidential report and the private
// answer or rejection reason; everyone else sees public reports only, and the same 404 for
// a report that is not public as for one that does not exist.
HttpResponse oneRequest(ApiContext& context, const HttpRequest& request)
{
    const Format format = requestedFormat(request.pathArgs, 1);
    const QString id = request.pathArgs.value(0);
    Audience audience = Audience::Public;
    const QString token = request.queryValue(QStringLiteral("token"));
    CitizenGate gate(context.db);
    if (!token.isEmpty()) {
        const auto key = gate.checkApiKey(request.queryValue(QStringLiteral("api_key")));
        if (const auto* error = std::get_if<ApiError>(&key))
            return Reply::error(format, *error);
        if (const auto error = gate.checkToken(id, token))
            return Reply::error(format, *error);
        audience = Audience::Reporter;
    }
    const auto report = PublicRequests(context.db).find(id);
    if (!report || (audience == Audience::Public && !RequestView::isPublic(*report)))
        return Reply::error(format, 404, QStringLiteral("No request %1").arg(id));
    const RequestView view(context.db, CommandDesk::loadDirectory(context.db));
    return Reply::list(format, kRequests, kRequest, {view.record(*report, audience)});
}

HttpResponse tokenLookup(ApiContext& context, const HttpRequest& request)
{
    const Format format = requestedFormat(request.pathArgs, 1);
    const QString token = request.pathArgs.value(0);
    const auto id = CitizenGate(context.db).reportOfToken(token);
    if (!id)
        return Reply::error(format, 404, QStringLiteral("No request for this token"));
    return Reply::list(format, kRequests, kRequest,
                       {{{QStringLiteral("service_request_id"), *id}, {QStringLiteral("token"), token}}});
}

} // namespace

void addOpen311Routes(Router& router, ApiContext& context)
{
    router.add("GET", route(QStringLiteral("discovery")), discovery);
    router.add("GET", route(QStringLiteral("services")),
               [&context](const HttpRequest& request) { return services(context, request); });
    router.add("GET", route(QStringLiteral("services/([^/]+?)")),
               [&context](const HttpRequest& request) { return serviceDefinition(context, request); });
    router.add("GET", route(QStringLiteral("requests")),
               [&context](const HttpRequest& request) { return listRequests(context, request); });
    router.add("POST", route(QStringLiteral("requests")),
               [&context](const HttpRequest& request) { return postRequest(context, request); });
    router.add("GET", route(QStringLiteral("requests/([^/]+?)")),
               [&context](const HttpRequest& request) { return oneRequest(context, request); });
    router.add("GET", route(QStringLiteral("tokens/([^/]+?)")),
               [&context](const HttpRequest& request) { return tokenLookup(context, request); });
    open311::addExtensionRoutes(router, context);
}

} // namespace paht::store
