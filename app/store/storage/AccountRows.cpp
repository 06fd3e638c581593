#include "storage/AccountRows.h"

#include "domain/Instant.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace paht::store {

namespace {
QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
QString iso(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

bool AccountRows::insertUser(const QString& username, const QJsonObject& user, const QByteArray& passwordHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO users (username, data, password_hash) VALUES (?, ?, ?)"));
    query.addBindValue(username);
    query.addBindValue(json(user));
    query.addBindValue(QString::fromLatin1(passwordHash));
    return query.exec();
}

bool AccountRows::updateUser(const QString& username, const QJsonObject& user)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET data = ? WHERE username = ?"));
    query.addBindValue(json(user));
    query.addBindValue(username);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRows::setPasswordHash(const QString& username, const QByteArray& passwordHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ?"));
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(username);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<AccountRow> AccountRows::findUser(const QString& username) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT username, data, password_hash FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return AccountRow{query.value(0).toString(),
                      QJsonDocument::fromJson(query.value(1).toByteArray()).object(),
                      query.value(2).toByteArray()};
}

QList<AccountRow> AccountRows::users() const
{
    QSqlQuery query(m_db);
    QList<AccountRow> out;
    if (!query.exec(QStringLiteral("SELECT username, data FROM users ORDER BY username")))
        return out;
    while (query.next())
        out.append(
            {query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toByteArray()).object(), {}});
    return out;
}

bool AccountRows::insertSession(const QByteArray& tokenDigest, const QString& username, const QDateTime& now,
                                const QDateTime& expiresAt)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sessions (token_hash, username, created_at, expires_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(tokenDigest));
    query.addBindValue(username);
    query.addBindValue(iso(now));
    query.addBindValue(iso(expiresAt));
    return query.exec();
}

std::optional<SessionRow> AccountRows::findSession(const QByteArray& tokenDigest) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT username, expires_at FROM sessions WHERE token_hash = ?"));
    query.addBindValue(QString::fromLatin1(tokenDigest));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return SessionRow{query.value(0).toString(),
                      QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)};
}

bool AccountRows::deleteSession(const QByteArray& tokenDigest)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    query.addBindValue(QString::fromLatin1(tokenDigest));
    return query.exec();
}

bool AccountRows::deleteSessionsOf(const QString& username)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE username = ?"));
    query.addBindValue(username);
    return query.exec();
}

const QString ApiKeyRow::kCitizenApp = QStringLiteral("citizen_app");
const QString ApiKeyRow::kAgencySystem = QStringLiteral("agency_system");

QJsonObject ApiKeyRow::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("agencyCode"), agencyCode},
            {QStringLiteral("createdAt"), instantToString(createdAt)},
            {QStringLiteral("revoked"), revoked}};
}

bool AccountRows::insertApiKey(const QByteArray& keyDigest, const ApiKeyRow& key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO api_keys (key_hash, name, created_at, kind, agency_code) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(keyDigest));
    query.addBindValue(key.name);
    query.addBindValue(iso(key.createdAt));
    query.addBindValue(key.kind);
    // A null QString binds as SQL NULL; the column holds "" for keys of no agency.
    query.addBindValue(key.agencyCode.isNull() ? QStringLiteral("") : key.agencyCode);
    return query.exec();
}

namespace {
const QString kKeyColumns =
    QStringLiteral("SELECT name, kind, agency_code, created_at, revoked FROM api_keys ");

ApiKeyRow keyRow(const QSqlQuery& query)
{
    return ApiKeyRow{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                     query.value(4).toInt() != 0};
}
} // namespace

std::optional<ApiKeyRow> AccountRows::apiKey(const QByteArray& keyDigest) const
{
    QSqlQuery query(m_db);
    query.prepare(kKeyColumns + QStringLiteral("WHERE key_hash = ? AND revoked = 0"));
    query.addBindValue(QString::fromLatin1(keyDigest));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return keyRow(query);
}

std::optional<ApiKeyRow> AccountRows::apiKeyNamed(const QString& name) const
{
    QSqlQuery query(m_db);
    query.prepare(kKeyColumns + QStringLiteral("WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return keyRow(query);
}

QList<ApiKeyRow> AccountRows::apiKeys() const
{
    QList<ApiKeyRow> keys;
    QSqlQuery query(m_db);
    if (query.exec(kKeyColumns + QStringLiteral("ORDER BY name"))) {
        while (query.next())
            keys.append(keyRow(query));
    }
    return keys;
}

bool AccountRows::revokeApiKey(const QString& name)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE api_keys SET revoked = 1 WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace paht::store
