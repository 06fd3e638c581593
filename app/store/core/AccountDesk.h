#pragma once

#include "core/AdminJournal.h"

#include <QJsonObject>
#include <variant>

namespace paht::store {

// The administrator's work on accounts: users (create, edit, disable, reset password) and the API keys
// of the citizen app and of agencies' own software. Each change is checked by DirectoryRules,
// recorded by the AdminJournal, and ends the sessions it makes stale.
class AccountDesk
{
public:
    explicit AccountDesk(AdminJournal& journal) : m_journal(journal) {}

    using Answer = std::variant<QJsonObject, ApiError>;
    Answer createUser(const User& actor, const QJsonObject& body);
    Answer updateUser(const User& actor, const QString& username, const QJsonObject& body);
    Answer resetPassword(const User& actor, const QString& username);

    QJsonObject apiKeys() const;
    Answer createApiKey(const User& actor, const QJsonObject& body);
    std::optional<ApiError> revokeApiKey(const User& actor, const QString& name);

private:
    AdminJournal& m_journal;
};

} // namespace paht::store
