#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace paht::store {

// Agencies, categories and the store's settings (SLA policy, calendar table), each kept as the domain
// library's JSON under its key.
class DirectoryRows
{
public:
    enum class Table
    {
        Agencies,
        Categories
    };
    explicit DirectoryRows(QSqlDatabase db) : m_db(std::move(db)) {}

    bool put(Table table, const QString& code, const QJsonObject& data);
    QList<QJsonObject> all(Table table) const;

    bool putSetting(const QString& key, const QJsonObject& value);
    std::optional<QJsonObject> setting(const QString& key) const;

private:
    QSqlDatabase m_db;
};

struct AttachmentRow
{
    QString sha256;
    qint64 size = 0;
    QString contentType;
    QString uploadedBy;
};

// Content-addressed, immutable attachments. Stored inside the database so that a backup is one
// consistent file.
class AttachmentRows
{
public:
    explicit AttachmentRows(QSqlDatabase db) : m_db(std::move(db)) {}

    bool insert(const AttachmentRow& row, const QByteArray& content, const QString& uploadedAtIso);
    std::optional<AttachmentRow> find(const QString& sha256) const;
    QByteArray content(const QString& sha256) const;

private:
    QSqlDatabase m_db;
};

} // namespace paht::store
