#include "storage/EventLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace paht::store {

namespace {
const QByteArray kGenesis = QByteArray(64, '0');

QByteArray canonical(const QJsonObject& event)
{
    // QJsonDocument writes object keys sorted, so the bytes are stable for equal content.
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}
} // namespace

QByteArray EventLog::linkHash(const QByteArray& previousHash, const QByteArray& canonicalEvent)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData("\n");
    hash.addData(canonicalEvent);
    return hash.result().toHex();
}

QByteArray EventLog::lastHash() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT hash FROM events ORDER BY id DESC LIMIT 1")) && query.next())
        return query.value(0).toByteArray();
    return kGenesis;
}

bool EventLog::append(const QJsonObject& event)
{
    const QByteArray previous = lastHash();
    const QByteArray data = canonical(event);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO events (report_id, type, actor, at, report_version, data, prev_hash, "
                       "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.value(QStringLiteral("reportId")).toString());
    query.addBindValue(event.value(QStringLiteral("type")).toString());
    query.addBindValue(event.value(QStringLiteral("actor")).toString());
    query.addBindValue(event.value(QStringLiteral("at")).toString());
    query.addBindValue(event.value(QStringLiteral("reportVersion")).toVariant().toLongLong());
    query.addBindValue(QString::fromUtf8(data));
    query.addBindValue(QString::fromLatin1(previous));
    const QByteArray hash = linkHash(previous, data);
    query.addBindValue(QString::fromLatin1(hash));
    if (!query.exec())
        return false;
    // The head is kept apart so that cutting rows off the end of the chain is detected too.
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    head.addBindValue(QString::fromLatin1(hash));
    return head.exec();
}

QList<StoredEvent> EventLog::forReport(const QString& reportId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, data FROM events WHERE report_id = ? ORDER BY id"));
    query.addBindValue(reportId);
    return read(query);
}

QList<StoredEvent> EventLog::administration(int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, data FROM events WHERE report_id = '' ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    return read(query);
}

QList<StoredEvent> EventLog::read(QSqlQuery& query)
{
    QList<StoredEvent> out;
    if (query.exec()) {
        while (query.next())
            out.append({query.value(0).toLongLong(),
                        QJsonDocument::fromJson(query.value(1).toByteArray()).object()});
    }
    return out;
}

AuditCheck EventLog::verify() const
{
    AuditCheck check;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, data, prev_hash, hash FROM events ORDER BY id"))) {
        check.intact = false;
        check.reason = QStringLiteral("cannot read the audit trail");
        return check;
    }
    QByteArray expectedPrevious = kGenesis;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QByteArray data = query.value(1).toByteArray();
        const QByteArray previous = query.value(2).toByteArray();
        const QByteArray hash = query.value(3).toByteArray();
        ++check.checked;
        if (previous != expectedPrevious) {
            check = {false, check.checked, id,
                     QStringLiteral("the link to the previous event does not match")};
            return check;
        }
        if (linkHash(previous, data) != hash) {
            check = {false, check.checked, id, QStringLiteral("the event's content does not match its hash")};
            return check;
        }
        expectedPrevious = hash;
    }
    QSqlQuery head(m_db);
    const QByteArray recorded =
        head.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")) && head.next()
            ? head.value(0).toByteArray()
            : kGenesis;
    if (recorded != expectedPrevious)
        check = {false, check.checked, check.checked + 1,
                 QStringLiteral("events are missing from the end of the trail")};
    return check;
}

} // namespace paht::store
