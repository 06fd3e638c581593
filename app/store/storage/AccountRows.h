#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace paht::store {

struct AccountRow
{
    QString username;
    QJsonObject user; // the domain User as JSON
    QByteArray passwordHash;
};

// An API key of the citizen app or of an agency's own software; the key itself is never stored.
struct ApiKeyRow
{
    QString name;
    QString kind;       // citizen_app, agency_system
    QString agencyCode; // agency_system keys only
    QDateTime createdAt;
    bool revoked = false;

    QJsonObject toJson() const;
    static const QString kCitizenApp;
    static const QString kAgencySystem;
};

struct SessionRow
{
    QString username;
    QDateTime expiresAt;
};

// Users with their argon2id hashes, login sessions and citizen-app API keys. Tokens and keys are kept
// only as SHA-256 digests, so a copy of the database lets no one in.
class AccountRows
{
public:
    explicit AccountRows(QSqlDatabase db) : m_db(std::move(db)) {}

    bool insertUser(const QString& username, const QJsonObject& user, const QByteArray& passwordHash);
    bool updateUser(const QString& username, const QJsonObject& user);
    bool setPasswordHash(const QString& username, const QByteArray& passwordHash);
    std::optional<AccountRow> findUser(const QString& username) const;
    QList<AccountRow> users() const;

    bool insertSession(const QByteArray& tokenDigest, const QString& username, const QDateTime& now,
                       const QDateTime& expiresAt);
    std::optional<SessionRow> findSession(const QByteArray& tokenDigest) const;
    bool deleteSession(const QByteArray& tokenDigest);
    bool deleteSessionsOf(const QString& username);

    bool insertApiKey(const QByteArray& keyDigest, const ApiKeyRow& key);
    std::optional<ApiKeyRow> apiKey(const QByteArray& keyDigest) const; // only keys not revoked
    std::optional<ApiKeyRow> apiKeyNamed(const QString& name) const;
    QList<ApiKeyRow> apiKeys() const;
    bool revokeApiKey(const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace paht::store
