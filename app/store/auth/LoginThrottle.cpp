#include "auth/LoginThrottle.h"

#include <algorithm>

namespace paht::store {

qint64 LoginThrottle::waitSeconds(const QString& key, const QDateTime& now) const
{
    const auto it = m_states.constFind(key);
    if (it == m_states.constEnd() || it->lockedUntil.isNull() || it->lockedUntil <= now)
        return 0;
    return std::max<qint64>(1, now.secsTo(it->lockedUntil));
}

void LoginThrottle::recordFailure(const QString& key, const QDateTime& now)
{
    State& state = m_states[key];
    ++state.failures;
    const int beyond = state.failures - m_policy.freeAttempts;
    if (beyond < 0)
        return;
    qint64 lock = m_policy.firstLockSeconds;
    for (int i = 0; i < beyond && lock < m_policy.maxLockSeconds; ++i)
        lock *= 2;
    state.lockedUntil = now.addSecs(std::min(lock, m_policy.maxLockSeconds));
}

void LoginThrottle::recordSuccess(const QString& key)
{
    m_states.remove(key);
}

} // namespace paht::store
