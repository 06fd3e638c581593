#include "core/Feed.h"

#include "domain/Event.h"
#include "storage/ChangeCounter.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/ReportRows.h"

#include <QJsonArray>

namespace paht::store {

namespace {
std::optional<Report> decode(const ReportRow& row)
{
    Report report;
    if (Report::fromJson(row.data, &report))
        return std::nullopt;
    return report;
}
} // namespace

QJsonObject Feed::upsert(const Report& report, const Viewer& viewer) const
{
    QJsonArray events;
    const bool redacted = ReportAccess::sight(report, viewer) == ReportAccess::Sight::Redacted;
    for (const StoredEvent& stored : EventLog(m_db.connection()).forReport(report.id)) {
        QJsonObject event = stored.event;
        if (redacted)
            event.remove(QStringLiteral("payload"));
        event.insert(QStringLiteral("id"), stored.id);
        events.append(event);
    }
    return {{QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("report"), ReportAccess::viewFor(report, viewer).toJson()},
            {QStringLiteral("events"), events}};
}

QJsonObject Feed::snapshot(const Viewer& viewer, const QString& afterId, int limit) const
{
    ChangeCounter counter(m_db.connection());
    const qint64 seq = counter.current();
    const QList<ReportRow> rows = ReportRows(m_db.connection()).page(afterId, std::clamp(limit, 1, kMaxPage));
    QJsonArray reports;
    for (const ReportRow& row : rows) {
        const std::optional<Report> report = decode(row);
        if (report && ReportAccess::canSee(*report, viewer))
            reports.append(upsert(*report, viewer));
    }
    QJsonObject out{{QStringLiteral("epoch"), counter.epoch()},
                    {QStringLiteral("seq"), seq},
                    {QStringLiteral("reports"), reports}};
    out.insert(QStringLiteral("next"),
               rows.size() < std::clamp(limit, 1, kMaxPage) ? QJsonValue() : QJsonValue(rows.last().id));
    return out;
}

std::optional<QJsonObject> Feed::pull(const Viewer& viewer, qint64 since, const QString& epoch,
                                      int limit) const
{
    ChangeCounter counter(m_db.connection());
    const qint64 current = counter.current();
    if (since < 0 || since > current || (!epoch.isEmpty() && epoch != counter.epoch()))
        return std::nullopt;
    const int pageSize = std::clamp(limit, 1, kMaxPage);
    ReportRows rows(m_db.connection());
    const QList<ReportRow> changed = rows.changedSince(since, pageSize);
    QJsonArray changes;
    for (const ReportRow& row : changed) {
        const std::optional<Report> report = decode(row);
        if (report && ReportAccess::canSee(*report, viewer)) {
            changes.append(upsert(*report, viewer));
        } else if (!isCenterRole(viewer.role) &&
                   rows.agenciesEverAssigned(row.id).contains(viewer.agencyCode)) {
            // The agency held it once and lost sight of it (returned, re-dispatched): drop it locally.
            changes.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("revoke")},
                                       {QStringLiteral("reportId"), row.id}});
        }
    }
    const qint64 reached = changed.isEmpty() ? current : changed.last().seq;
    return QJsonObject{{QStringLiteral("epoch"), counter.epoch()},
                       {QStringLiteral("seq"), reached},
                       {QStringLiteral("more"), changed.size() == pageSize},
                       {QStringLiteral("changes"), changes}};
}

std::optional<QJsonObject> Feed::report(const Viewer& viewer, const QString& id) const
{
    const std::optional<ReportRow> row = ReportRows(m_db.connection()).find(id);
    if (!row)
        return std::nullopt;
    const std::optional<Report> report = decode(*row);
    if (!report || !ReportAccess::canSee(*report, viewer))
        return std::nullopt;
    return upsert(*report, viewer);
}

} // namespace paht::store
