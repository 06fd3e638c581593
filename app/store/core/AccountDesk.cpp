#include "core/AccountDesk.h"

#include "auth/PasswordHash.h"
#include "calendar/Clock.h"
#include "core/CommandDesk.h"
#include "domain/DirectoryRules.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"

#include <QJsonArray>

namespace paht::store {

namespace {

ApiError invalid(const DirectoryProblem& problem)
{
    return ApiError::badRequest(QStringLiteral("invalid_payload"), problem.message, problem.field);
}

ApiError invalid(const QString& message, const QString& field)
{
    return ApiError::badRequest(QStringLiteral("invalid_payload"), message, field);
}

// The "user" member of a body as a User; "disabled" may be left out (false).
std::variant<User, ApiError> userOf(const QJsonObject& body)
{
    if (!body.value(QStringLiteral("user")).isObject())
        return invalid(QStringLiteral("user: an object is required"), QStringLiteral("user"));
    QJsonObject json = body.value(QStringLiteral("user")).toObject();
    if (!json.contains(QStringLiteral("disabled")))
        json.insert(QStringLiteral("disabled"), false);
    User user;
    if (const DecodeResult error = User::fromJson(json, &user))
        return invalid(error->toString(), error->field);
    return user;
}

QStringList agencyCodes(Database& db)
{
    return CommandDesk::loadDirectory(db).agencies.keys();
}

std::optional<User> storedUser(const AccountRows& accounts, const QString& username)
{
    const std::optional<AccountRow> row = accounts.findUser(username);
    User user;
    if (!row || User::fromJson(row->user, &user))
        return std::nullopt;
    return user;
}

ApiError noUser(const QString& username)
{
    return ApiError::notFound(QStringLiteral("no user %1").arg(username));
}

} // namespace

AccountDesk::Answer AccountDesk::createUser(const User& actor, const QJsonObject& body)
{
    const auto decoded = userOf(body);
    if (const auto* error = std::get_if<ApiError>(&decoded))
        return *error;
    User user = std::get<User>(decoded);
    user.disabled = false;
    const QString password = body.value(QStringLiteral("password")).toString();
    const std::optional<ApiError> refused =
        m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
            Database& db = m_journal.database();
            if (const DirectoryCheck problem = DirectoryRules::checkUser(user, agencyCodes(db)))
                return invalid(*problem);
            if (const DirectoryCheck problem = DirectoryRules::checkPassword(password))
                return invalid(*problem);
            AccountRows accounts(db.connection());
            if (accounts.findUser(user.username))
                return ApiError::alreadyExists(QStringLiteral("user name %1 is taken").arg(user.username),
                                               QStringLiteral("username"));
            if (!accounts.insertUser(user.username, user.toJson(), PasswordHash::hash(password)))
                return ApiError::internal(QStringLiteral("cannot store the user"));
            changes.append({QStringLiteral("admin_user_created"), user.username,
                            QJsonObject{{QStringLiteral("after"), user.toJson()}}});
            return std::nullopt;
        });
    if (refused)
        return *refused;
    return QJsonObject{{QStringLiteral("user"), user.toJson()}};
}

AccountDesk::Answer AccountDesk::updateUser(const User& actor, const QString& username,
                                            const QJsonObject& body)
{
    const auto decoded = userOf(body);
    if (const auto* error = std::get_if<ApiError>(&decoded))
        return *error;
    const User user = std::get<User>(decoded);
    if (user.username != username)
        return invalid(
            QStringLiteral("username: the body names %1, the path %2").arg(user.username, username),
            QStringLiteral("username"));
    // An administrator locking themselves out would leave no one to undo it.
    if (username == actor.username && user.disabled)
        return invalid(QStringLiteral("you cannot disable your own account"), QStringLiteral("disabled"));
    if (username == actor.username && user.role != Role::Administrator)
        return invalid(QStringLiteral("you cannot take away your own administrator role"),
                       QStringLiteral("role"));
    const std::optional<ApiError> refused =
        m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
            Database& db = m_journal.database();
            AccountRows accounts(db.connection());
            const std::optional<User> before = storedUser(accounts, username);
            if (!before)
                return noUser(username);
            if (*before == user)
                return std::nullopt;
            if (const DirectoryCheck problem = DirectoryRules::checkUser(user, agencyCodes(db)))
                return invalid(*problem);
            if (!accounts.updateUser(username, user.toJson()))
                return ApiError::internal(QStringLiteral("cannot store the user"));
            // What the user may see or do changed: their open sessions must not keep the old rights.
            const bool rightsChanged = user.disabled || user.role != before->role ||
                                       user.agencyCode != before->agencyCode ||
                                       user.stateSecretClearance != before->stateSecretClearance;
            if (rightsChanged && !accounts.deleteSessionsOf(username))
                return ApiError::internal(QStringLiteral("cannot end the user's sessions"));
            changes.append({QStringLiteral("admin_user_changed"), username,
                            QJsonObject{{QStringLiteral("before"), before->toJson()},
                                        {QStringLiteral("after"), user.toJson()}}});
            return std::nullopt;
        });
    if (refused)
        return *refused;
    return QJsonObject{{QStringLiteral("user"), user.toJson()}};
}

AccountDesk::Answer AccountDesk::resetPassword(const User& actor, const QString& username)
{
    const QString password = SecretToken::readablePassword();
    const std::optional<ApiError> refused =
        m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
            AccountRows accounts(m_journal.database().connection());
            if (!storedUser(accounts, username))
                return noUser(username);
            if (!accounts.setPasswordHash(username, PasswordHash::hash(password)) ||
                !accounts.deleteSessionsOf(username))
                return ApiError::internal(QStringLiteral("cannot store the password"));
            changes.append({QStringLiteral("admin_password_reset"), username, QJsonObject()});
            return std::nullopt;
        });
    if (refused)
        return *refused;
    return QJsonObject{{QStringLiteral("temporaryPassword"), password}};
}

QJsonObject AccountDesk::apiKeys() const
{
    QJsonArray keys;
    for (const ApiKeyRow& key : AccountRows(m_journal.database().connection()).apiKeys())
        keys.append(key.toJson());
    return QJsonObject{{QStringLiteral("apiKeys"), keys}};
}

AccountDesk::Answer AccountDesk::createApiKey(const User& actor, const QJsonObject& body)
{
    ApiKeyRow row{body.value(QStringLiteral("name")).toString().trimmed(),
                  body.value(QStringLiteral("kind")).toString(),
                  body.value(QStringLiteral("agencyCode")).toString(), m_journal.clock().now()};
    if (row.name.isEmpty() || row.name.size() > 64)
        return invalid(QStringLiteral("name: 1 to 64 characters"), QStringLiteral("name"));
    if (row.kind != ApiKeyRow::kCitizenApp && row.kind != ApiKeyRow::kAgencySystem)
        return invalid(QStringLiteral("kind: citizen_app or agency_system"), QStringLiteral("kind"));
    if (row.kind == ApiKeyRow::kCitizenApp && !row.agencyCode.isEmpty())
        return invalid(QStringLiteral("agencyCode: a citizen-app key belongs to no agency"),
                       QStringLiteral("agencyCode"));
    const QString key = SecretToken::generate();
    const std::optional<ApiError> refused =
        m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
            Database& db = m_journal.database();
            if (row.kind == ApiKeyRow::kAgencySystem && !agencyCodes(db).contains(row.agencyCode))
                return invalid(QStringLiteral("agencyCode: no agency '%1'").arg(row.agencyCode),
                               QStringLiteral("agencyCode"));
            AccountRows accounts(db.connection());
            if (accounts.apiKeyNamed(row.name))
                return ApiError::alreadyExists(QStringLiteral("a key named %1 exists").arg(row.name),
                                               QStringLiteral("name"));
            if (!accounts.insertApiKey(SecretToken::digest(key), row))
                return ApiError::internal(QStringLiteral("cannot store the key"));
            QJsonObject data = row.toJson();
            data.remove(QStringLiteral("revoked"));
            changes.append({QStringLiteral("admin_api_key_created"), row.name, data});
            return std::nullopt;
        });
    if (refused)
        return *refused;
    return QJsonObject{{QStringLiteral("name"), row.name},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("apiKey"), row.toJson()}};
}

std::optional<ApiError> AccountDesk::revokeApiKey(const User& actor, const QString& name)
{
    return m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
        AccountRows accounts(m_journal.database().connection());
        const std::optional<ApiKeyRow> row = accounts.apiKeyNamed(name);
        if (!row)
            return ApiError::notFound(QStringLiteral("no API key %1").arg(name));
        if (row->revoked)
            return std::nullopt;
        if (!accounts.revokeApiKey(name))
            return ApiError::internal(QStringLiteral("cannot revoke the key"));
        changes.append({QStringLiteral("admin_api_key_revoked"), name, QJsonObject()});
        return std::nullopt;
    });
}

} // namespace paht::store
