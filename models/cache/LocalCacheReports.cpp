// The reports half of LocalCache: reports with their timelines, photos they reference, and search.
#include "cache/LocalCache.h"

#include "cache/CacheJson.h"
#include "domain/Instant.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace paht {

namespace {

QString searchTextOf(const Report& report)
{
    return foldForSearch(QStringList{report.id, report.title, report.description, report.location.address,
                                     report.reporter.name}
                             .join(QLatin1Char('\n')));
}

} // namespace

bool LocalCache::writeReport(const Report& report, const QList<Event>* events)
{
    if (!exec(
            QStringLiteral("INSERT OR REPLACE INTO reports (id, version, state, category, received_at, data, "
                           "search) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {report.id, report.version, reportStateName(report.state), report.categoryCode,
             instantToString(report.receivedAt), CacheJson::text(report.toJson()), searchTextOf(report)}))
        return false;
    if (!exec(QStringLiteral("DELETE FROM report_attachments WHERE report_id = ?"), {report.id}))
        return false;
    for (const QString& sha : report.allAttachments()) {
        if (!exec(
                QStringLiteral("INSERT OR IGNORE INTO report_attachments (report_id, sha256) VALUES (?, ?)"),
                {report.id, sha}))
            return false;
    }
    if (!events)
        return true;
    if (!exec(QStringLiteral("DELETE FROM events WHERE report_id = ?"), {report.id}))
        return false;
    for (int position = 0; position < events->size(); ++position) {
        if (!exec(QStringLiteral("INSERT INTO events (report_id, position, data) VALUES (?, ?, ?)"),
                  {report.id, position, CacheJson::text(events->at(position).toJson())}))
            return false;
    }
    return true;
}

bool LocalCache::upsert(const Report& report, const QList<Event>& events)
{
    return upsert(QList<ReportWithEvents>{{report, events}});
}

bool LocalCache::upsert(const QList<ReportWithEvents>& page)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    QStringList ids;
    for (const ReportWithEvents& item : page) {
        if (!writeReport(item.report, &item.events)) {
            db.rollback();
            return false;
        }
        ids.append(item.report.id);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    if (!ids.isEmpty())
        emit reportsChanged(ids);
    return true;
}

bool LocalCache::refreshReport(const Report& report)
{
    const std::optional<Report> cached = this->report(report.id);
    if (cached && cached->version > report.version)
        return true;
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!writeReport(report, nullptr)) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    emit reportsChanged({report.id});
    return true;
}

bool LocalCache::remove(const QString& reportId)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!exec(QStringLiteral("DELETE FROM reports WHERE id = ?"), {reportId}) ||
        !exec(QStringLiteral("DELETE FROM events WHERE report_id = ?"), {reportId}) ||
        !exec(QStringLiteral("DELETE FROM report_attachments WHERE report_id = ?"), {reportId})) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    emit reportsChanged({reportId});
    return true;
}

std::optional<Report> LocalCache::report(const QString& reportId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT data FROM reports WHERE id = ?"));
    query.addBindValue(reportId);
    Report report;
    if (!query.exec() || !query.next() || Report::fromJson(CacheJson::object(query.value(0)), &report))
        return std::nullopt;
    return report;
}

QList<Report> LocalCache::reports() const
{
    QList<Report> all;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("SELECT data FROM reports ORDER BY id"));
    while (query.next()) {
        Report report;
        if (!Report::fromJson(CacheJson::object(query.value(0)), &report))
            all.append(report);
    }
    return all;
}

QList<Event> LocalCache::events(const QString& reportId) const
{
    QList<Event> all;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT data FROM events WHERE report_id = ? ORDER BY position"));
    query.addBindValue(reportId);
    query.exec();
    while (query.next()) {
        Event event;
        if (!Event::fromJson(CacheJson::object(query.value(0)), &event))
            all.append(event);
    }
    return all;
}

QStringList LocalCache::attachmentsOf(const QString& reportId) const
{
    QStringList all;
    QSqlQuery query(connection());
    query.prepare(
        QStringLiteral("SELECT sha256 FROM report_attachments WHERE report_id = ? ORDER BY sha256"));
    query.addBindValue(reportId);
    query.exec();
    while (query.next())
        all.append(query.value(0).toString());
    return all;
}

QStringList LocalCache::search(const QString& text) const
{
    const QStringList words =
        foldForSearch(text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT id FROM reports");
    for (int i = 0; i < words.size(); ++i)
        sql += (i == 0 ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
               QStringLiteral("instr(search, ?) > 0");
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery query(connection());
    query.prepare(sql);
    for (const QString& word : words)
        query.addBindValue(word);
    QStringList ids;
    if (!query.exec()) {
        fail(query.lastError().text());
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace paht
