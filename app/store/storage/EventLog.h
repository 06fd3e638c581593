#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

namespace paht::store {

struct StoredEvent
{
    qint64 id = 0;
    QJsonObject event; // the domain Event as JSON
};

struct AuditCheck
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBrokenId = 0; // 0 when intact
    QString reason;
};

// the append-only audit trail. Each row's hash covers the previous row's hash and the row's
// content, so changing, removing or reordering any row breaks the chain from there on.
class EventLog
{
public:
    explicit EventLog(QSqlDatabase db) : m_db(std::move(db)) {}

    bool append(const QJsonObject& event); // inside the caller's transaction
    QList<StoredEvent> forReport(const QString& reportId) const;
    // Changes to the directory and the rules, which belong to no report; newest first.
    QList<StoredEvent> administration(int limit) const;
    AuditCheck verify() const;

    static QByteArray linkHash(const QByteArray& previousHash, const QByteArray& canonicalEvent);

private:
    QByteArray lastHash() const;
    static QList<StoredEvent> read(QSqlQuery& query);
    QSqlDatabase m_db;
};

} // namespace paht::store
