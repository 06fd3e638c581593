#include "storage/DirectoryRows.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace paht::store {

namespace {
QString tableName(DirectoryRows::Table table)
{
    return table == DirectoryRows::Table::Agencies ? QStringLiteral("agencies")
                                                   : QStringLiteral("categories");
}
} // namespace

bool DirectoryRows::put(Table table, const QString& code, const QJsonObject& data)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (code, data) VALUES (?, ?) "
                                 "ON CONFLICT (code) DO UPDATE SET data = excluded.data")
                      .arg(tableName(table)));
    query.addBindValue(code);
    query.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    return query.exec();
}

QList<QJsonObject> DirectoryRows::all(Table table) const
{
    QSqlQuery query(m_db);
    QList<QJsonObject> out;
    if (!query.exec(QStringLiteral("SELECT data FROM %1 ORDER BY code").arg(tableName(table))))
        return out;
    while (query.next())
        out.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    return out;
}

bool DirectoryRows::putSetting(const QString& key, const QJsonObject& value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    return query.exec();
}

std::optional<QJsonObject> DirectoryRows::setting(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

bool AttachmentRows::insert(const AttachmentRow& row, const QByteArray& content, const QString& uploadedAtIso)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO attachments (sha256, size, content_type, uploaded_by, uploaded_at, "
                       "content) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
    query.addBindValue(row.sha256);
    query.addBindValue(row.size);
    query.addBindValue(row.contentType);
    query.addBindValue(row.uploadedBy);
    query.addBindValue(uploadedAtIso);
    query.addBindValue(content);
    return query.exec();
}

std::optional<AttachmentRow> AttachmentRows::find(const QString& sha256) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT sha256, size, content_type, uploaded_by FROM attachments WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return AttachmentRow{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                         query.value(3).toString()};
}

QByteArray AttachmentRows::content(const QString& sha256) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT content FROM attachments WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

} // namespace paht::store
