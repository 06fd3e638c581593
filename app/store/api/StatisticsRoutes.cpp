// GET /api/v1/statistics: the periodic reports and the agency ranking, computed by the one
// statistics module over every report and its events, so the console's offline figures are the same.
#include "api/ApiContext.h"

#include "calendar/Clock.h"
#include "core/Regulation.h"
#include "stats/StatisticsResult.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"
#include "storage/EventLog.h"
#include "storage/ReportRows.h"

namespace paht::store {

namespace {

constexpr int kPage = 500;

// Every report and its events. The counts read stages, events and states only, never the content that
// state secrecy hides, so nothing is redacted here and the answer carries no report content.
void loadAll(Database& db, QList<Report>* reports, QList<Event>* events)
{
    ReportRows rows(db.connection());
    EventLog log(db.connection());
    QString after;
    for (;;) {
        const QList<ReportRow> page = rows.page(after, kPage);
        for (const ReportRow& row : page) {
            Report report;
            if (Report::fromJson(row.data, &report))
                continue;
            reports->append(report);
            for (const StoredEvent& stored : log.forReport(row.id)) {
                Event event;
                if (!Event::fromJson(stored.event, &event))
                    events->append(event);
            }
        }
        if (page.size() < kPage)
            return;
        after = page.last().id;
    }
}

QStringList agencyCodes(Database& db)
{
    QStringList codes;
    for (const QJsonObject& agency : DirectoryRows(db.connection()).all(DirectoryRows::Table::Agencies))
        codes << agency.value(QStringLiteral("code")).toString();
    return codes;
}

// Center staff read the province and any agency; an agency's leader reads their own agency.
std::optional<ApiError> refusal(const User& caller, const QString& agency)
{
    if (isCenterRole(caller.role))
        return std::nullopt;
    if (caller.role != Role::AgencyLeader)
        return ApiError::forbidden(
            QStringLiteral("Statistics are for the center's staff and agency leaders"));
    if (agency.isEmpty() || agency != caller.agencyCode)
        return ApiError::forbidden(
            QStringLiteral("An agency leader reads the statistics of their own agency only: agency=%1")
                .arg(caller.agencyCode));
    return std::nullopt;
}

} // namespace

void addStatisticsRoutes(Router& router, ApiContext& context)
{
    router.add("GET", QStringLiteral("/api/v1/statistics"), [&context](const HttpRequest& request) {
        const auto user = context.caller(request);
        if (const auto* error = std::get_if<ApiError>(&user))
            return error->toResponse();
        const QString label = request.queryValue(QStringLiteral("period"));
        const std::optional<ReportPeriod> period = ReportPeriod::fromLabel(label);
        if (!period)
            return ApiError::badRequest(
                       QStringLiteral("invalid_query"),
                       QStringLiteral("period must be a month (2026-09), a quarter (2026-Q3), "
                                      "a year (2026) or a run of days (2026-09-01..2026-09-15)"),
                       QStringLiteral("period"))
                .toResponse();
        const QString agency = request.queryValue(QStringLiteral("agency"));
        if (const std::optional<ApiError> error = refusal(std::get<User>(user), agency))
            return error->toResponse();
        const QStringList agencies = agencyCodes(context.db);
        if (!agency.isEmpty() && !agencies.contains(agency))
            return ApiError::badRequest(QStringLiteral("invalid_query"),
                                        QStringLiteral("No agency %1 in the directory").arg(agency),
                                        QStringLiteral("agency"))
                .toResponse();
        QList<Report> reports;
        QList<Event> events;
        loadAll(context.db, &reports, &events);
        const PeriodStatistics statistics(context.regulation.calendar());
        return HttpResponse::json(StatisticsResult::compute(statistics, *period, reports, events, agencies,
                                                            agency, context.clock.now())
                                      .toJson());
    });
}

} // namespace paht::store
