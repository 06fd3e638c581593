#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace paht::store {

// One stored report: its JSON as the domain library wrote it plus the columns the store queries by.
struct ReportRow
{
    QString id;
    qint64 version = 0;
    QString state;
    QString confidentiality;
    QString receivedAt;
    qint64 seq = 0;
    QJsonObject data;
};

// The reports table and what hangs off it: which agencies ever held a report (for visibility and for
// revoking it from them) and which attachments it references (for the attachment permission check).
class ReportRows
{
public:
    explicit ReportRows(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ReportRow> find(const QString& id) const;
    bool save(const ReportRow& row, const QStringList& agencies, const QStringList& attachments);
    QList<ReportRow> changedSince(qint64 seq, int limit) const;
    QList<ReportRow> page(const QString& afterId, int limit) const;
    QList<ReportRow> receivedBetween(const QString& fromIso, const QString& toIso, int limit) const;
    QStringList agenciesEverAssigned(const QString& id) const;
    QStringList reportsReferencing(const QString& sha256) const;
    // The next serial for a report number of that year, taken inside the caller's transaction.
    qint64 nextSerial(int year);
    bool setCitizenToken(const QString& id, const QString& token);
    std::optional<ReportRow> findByCitizenToken(const QString& token) const;

private:
    QList<ReportRow> rows(const QString& sql, const QVariantList& binds) const;
    QSqlDatabase m_db;
};

} // namespace paht::store
