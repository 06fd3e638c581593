#pragma once

#include "http/ApiError.h"

#include <QString>
#include <optional>
#include <variant>

namespace paht::store {
class Database;
}

namespace paht::store::open311 {

// Who may write through Open311: an app holding an API key issued by the center (create-api-key), and,
// for what touches one report, the citizen holding that report's token. Keys and tokens
// are kept only as SHA-256 digests, so a copy of the database lets no one act for a citizen.
class CitizenGate
{
public:
    explicit CitizenGate(Database& db) : m_db(db) {}

    // The key's name, or 401 when no key was sent and 403 when it is unknown or revoked.
    std::variant<QString, ApiError> checkApiKey(const QString& key) const;
    // Whether `token` is the citizen token of report `reportId`: 403 when it is not (the same answer for
    // an unknown report, so a token guess learns nothing about which reports exist).
    std::optional<ApiError> checkToken(const QString& reportId, const QString& token) const;
    // The report a token belongs to, if any.
    std::optional<QString> reportOfToken(const QString& token) const;
    // A fresh token for a new report, stored as its digest; empty if it could not be stored.
    QString issueToken(const QString& reportId);

private:
    static QString storedForm(const QString& token);
    Database& m_db;
};

} // namespace paht::store::open311
