#include "storage/ReportRows.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace paht::store {

namespace {
const QString kColumns = QStringLiteral("id, version, state, confidentiality, received_at, seq, data");

ReportRow rowFrom(const QSqlQuery& query)
{
    ReportRow row;
    row.id = query.value(0).toString();
    row.version = query.value(1).toLongLong();
    row.state = query.value(2).toString();
    row.confidentiality = query.value(3).toString();
    row.receivedAt = query.value(4).toString();
    row.seq = query.value(5).toLongLong();
    row.data = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    return row;
}
} // namespace

QList<ReportRow> ReportRows::rows(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    QList<ReportRow> out;
    if (!query.exec())
        return out;
    while (query.next())
        out.append(rowFrom(query));
    return out;
}

std::optional<ReportRow> ReportRows::find(const QString& id) const
{
    const QList<ReportRow> found =
        rows(QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(kColumns), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool ReportRows::save(const ReportRow& row, const QStringList& agencies, const QStringList& attachments)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO reports (id, version, state, confidentiality, received_at, seq, data) VALUES (?, ?, ?, "
        "?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state, "
        "confidentiality = excluded.confidentiality, seq = excluded.seq, data = excluded.data"));
    query.addBindValue(row.id);
    query.addBindValue(row.version);
    query.addBindValue(row.state);
    query.addBindValue(row.confidentiality);
    query.addBindValue(row.receivedAt);
    query.addBindValue(row.seq);
    query.addBindValue(QJsonDocument(row.data).toJson(QJsonDocument::Compact));
    if (!query.exec())
        return false;
    for (const QString& agency : agencies) {
        QSqlQuery link(m_db);
        link.prepare(QStringLiteral("INSERT INTO report_agencies (report_id, agency_code) VALUES (?, ?) "
                                    "ON CONFLICT DO NOTHING"));
        link.addBindValue(row.id);
        link.addBindValue(agency);
        if (!link.exec())
            return false;
    }
    for (const QString& sha : attachments) {
        QSqlQuery link(m_db);
        link.prepare(QStringLiteral("INSERT INTO report_attachments (sha256, report_id) VALUES (?, ?) "
                                    "ON CONFLICT DO NOTHING"));
        link.addBindValue(sha);
        link.addBindValue(row.id);
        if (!link.exec())
            return false;
    }
    return true;
}

QList<ReportRow> ReportRows::changedSince(qint64 seq, int limit) const
{
    return rows(QStringLiteral("SELECT %1 FROM reports WHERE seq > ? ORDER BY seq LIMIT ?").arg(kColumns),
                {seq, limit});
}

QList<ReportRow> ReportRows::page(const QString& afterId, int limit) const
{
    // A null QString binds as SQL NULL, and "id > NULL" matches nothing.
    const QString after = afterId.isNull() ? QStringLiteral("") : afterId;
    return rows(QStringLiteral("SELECT %1 FROM reports WHERE id > ? ORDER BY id LIMIT ?").arg(kColumns),
                {after, limit});
}

QList<ReportRow> ReportRows::receivedBetween(const QString& fromIso, const QString& toIso, int limit) const
{
    return rows(QStringLiteral("SELECT %1 FROM reports WHERE received_at >= ? AND received_at <= ? "
                               "ORDER BY received_at DESC LIMIT ?")
                    .arg(kColumns),
                {fromIso, toIso, limit});
}

QStringList ReportRows::agenciesEverAssigned(const QString& id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT agency_code FROM report_agencies WHERE report_id = ?"));
    query.addBindValue(id);
    QStringList out;
    if (query.exec()) {
        while (query.next())
            out.append(query.value(0).toString());
    }
    return out;
}

QStringList ReportRows::reportsReferencing(const QString& sha256) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT report_id FROM report_attachments WHERE sha256 = ?"));
    query.addBindValue(sha256);
    QStringList out;
    if (query.exec()) {
        while (query.next())
            out.append(query.value(0).toString());
    }
    return out;
}

qint64 ReportRows::nextSerial(int year)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO report_serials (year, last) VALUES (?, 1) "
                                 "ON CONFLICT (year) DO UPDATE SET last = report_serials.last + 1"));
    query.addBindValue(year);
    if (!query.exec())
        return 0;
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT last FROM report_serials WHERE year = ?"));
    read.addBindValue(year);
    return read.exec() && read.next() ? read.value(0).toLongLong() : 0;
}

bool ReportRows::setCitizenToken(const QString& id, const QString& token)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE reports SET citizen_token = ? WHERE id = ?"));
    query.addBindValue(token);
    query.addBindValue(id);
    return query.exec();
}

std::optional<ReportRow> ReportRows::findByCitizenToken(const QString& token) const
{
    const QList<ReportRow> found =
        rows(QStringLiteral("SELECT %1 FROM reports WHERE citizen_token = ?").arg(kColumns), {token});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace paht::store
