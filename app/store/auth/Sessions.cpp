#include "auth/Sessions.h"

#include "auth/PasswordHash.h"
#include "calendar/Clock.h"

namespace paht::store {

Sessions::Sessions(AccountRows accounts, const Clock& clock, qint64 lifetimeSeconds)
    : m_accounts(std::move(accounts)), m_clock(clock), m_lifetimeSeconds(lifetimeSeconds)
{}

std::variant<LoginGrant, ApiError> Sessions::login(const QString& username, const QString& password,
                                                   const QHostAddress& peer)
{
    const QDateTime now = m_clock.now();
    const QString userKey = QStringLiteral("user:") + username;
    const QString peerKey = QStringLiteral("peer:") + peer.toString();
    const qint64 wait = std::max(m_throttle.waitSeconds(userKey, now), m_throttle.waitSeconds(peerKey, now));
    if (wait > 0)
        return ApiError::tooManyRequests(static_cast<int>(wait));

    const std::optional<AccountRow> account = m_accounts.findUser(username);
    User user;
    const bool known = account && !User::fromJson(account->user, &user).has_value();
    // Verify against a decoy for unknown names so that the answer time does not tell which names exist.
    const bool passwordOk =
        PasswordHash::verify(known ? account->passwordHash : PasswordHash::decoy(), password);
    if (!known || !passwordOk || user.disabled) {
        m_throttle.recordFailure(userKey, now);
        m_throttle.recordFailure(peerKey, now);
        return ApiError::unauthorized(QStringLiteral("Wrong user name or password"));
    }
    m_throttle.recordSuccess(userKey);
    m_throttle.recordSuccess(peerKey);
    if (PasswordHash::needsRehash(account->passwordHash))
        m_accounts.setPasswordHash(username, PasswordHash::hash(password));

    LoginGrant grant{SecretToken::generate(), now.addSecs(m_lifetimeSeconds), user};
    if (!m_accounts.insertSession(SecretToken::digest(grant.token), username, now, grant.expiresAt))
        return ApiError::internal(QStringLiteral("cannot record the session"));
    return grant;
}

void Sessions::logout(const QString& token)
{
    m_accounts.deleteSession(SecretToken::digest(token));
}

std::optional<User> Sessions::authenticate(const QString& token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const std::optional<SessionRow> session = m_accounts.findSession(SecretToken::digest(token));
    if (!session || session->expiresAt <= m_clock.now())
        return std::nullopt;
    const std::optional<AccountRow> account = m_accounts.findUser(session->username);
    User user;
    if (!account || User::fromJson(account->user, &user) || user.disabled)
        return std::nullopt;
    return user;
}

QString bearerToken(const QByteArray& authorizationHeader)
{
    if (!authorizationHeader.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(authorizationHeader.mid(7).trimmed());
}

} // namespace paht::store
