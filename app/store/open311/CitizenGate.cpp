#include "open311/CitizenGate.h"

#include "auth/PasswordHash.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/ReportRows.h"

#include <sodium.h>

namespace paht::store::open311 {

QString CitizenGate::storedForm(const QString& token)
{
    return QString::fromLatin1(SecretToken::digest(token).toHex());
}

std::variant<QString, ApiError> CitizenGate::checkApiKey(const QString& key) const
{
    if (key.isEmpty())
        return ApiError::unauthorized(
            QStringLiteral("api_key: missing; the citizen app must send its API key"));
    const auto row = AccountRows(m_db.connection()).apiKey(SecretToken::digest(key));
    if (row && row->kind == ApiKeyRow::kCitizenApp)
        return row->name;
    return ApiError::forbidden(QStringLiteral("api_key: unknown or revoked key"));
}

std::optional<QString> CitizenGate::reportOfToken(const QString& token) const
{
    if (token.isEmpty())
        return std::nullopt;
    // Looked up by digest: the database compares digests, never the secret the caller controls.
    const auto row = ReportRows(m_db.connection()).findByCitizenToken(storedForm(token));
    if (!row)
        return std::nullopt;
    return row->id;
}

std::optional<ApiError> CitizenGate::checkToken(const QString& reportId, const QString& token) const
{
    if (token.isEmpty())
        return ApiError::unauthorized(
            QStringLiteral("token: missing; send the token received with the request"));
    const QByteArray expected = reportId.toUtf8();
    const QByteArray found = reportOfToken(token).value_or(QString()).toUtf8();
    // The secret itself is only ever matched as a digest (above); the ownership check is constant-time
    // too, so no part of the answer's timing depends on the guess.
    const bool same =
        expected.size() == found.size() &&
        sodium_memcmp(expected.constData(), found.constData(), static_cast<size_t>(found.size())) == 0;
    if (!same)
        return ApiError::forbidden(QStringLiteral("token: not the token of request %1").arg(reportId));
    return std::nullopt;
}

QString CitizenGate::issueToken(const QString& reportId)
{
    const QString token = SecretToken::generate();
    if (!ReportRows(m_db.connection()).setCitizenToken(reportId, storedForm(token)))
        return {};
    return token;
}

} // namespace paht::store::open311
