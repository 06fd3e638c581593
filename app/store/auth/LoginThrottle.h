#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace paht::store {

// Slows down password guessing: after a few failures for one user name, or from one address,
// further attempts are refused for a lock period that doubles with each further failure.
class LoginThrottle
{
public:
    struct Policy
    {
        int freeAttempts = 5;
        qint64 firstLockSeconds = 30;
        qint64 maxLockSeconds = 15 * 60;
    };

    LoginThrottle() = default;
    explicit LoginThrottle(Policy policy) : m_policy(policy) {}

    // Seconds to wait before another attempt for this key is allowed; 0 when allowed now.
    qint64 waitSeconds(const QString& key, const QDateTime& now) const;
    void recordFailure(const QString& key, const QDateTime& now);
    void recordSuccess(const QString& key);

private:
    struct State
    {
        int failures = 0;
        QDateTime lockedUntil;
    };
    Policy m_policy;
    QHash<QString, State> m_states;
};

} // namespace paht::store
