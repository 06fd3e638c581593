#pragma once

#include "auth/LoginThrottle.h"
#include "domain/User.h"
#include "http/ApiError.h"
#include "storage/AccountRows.h"

#include <QHostAddress>
#include <optional>
#include <variant>

namespace paht {
class Clock;
}

namespace paht::store {

struct LoginGrant
{
    QString token;
    QDateTime expiresAt;
    User user;
};

// Login, logout and the bearer-token check behind every /api/v1 call.
class Sessions
{
public:
    Sessions(AccountRows accounts, const Clock& clock, qint64 lifetimeSeconds = 12 * 3600);

    std::variant<LoginGrant, ApiError> login(const QString& username, const QString& password,
                                             const QHostAddress& peer);
    void logout(const QString& token);
    // The user behind a bearer token that is known, unexpired and belongs to an enabled user.
    std::optional<User> authenticate(const QString& token) const;

private:
    AccountRows m_accounts;
    const Clock& m_clock;
    qint64 m_lifetimeSeconds;
    LoginThrottle m_throttle;
};

// Reads "Authorization: Bearer <token>".
QString bearerToken(const QByteArray& authorizationHeader);

} // namespace paht::store
