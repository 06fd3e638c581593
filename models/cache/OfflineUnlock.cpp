#include "cache/OfflineUnlock.h"

#include "cache/LocalCache.h"

#include <sodium.h>

namespace paht {

namespace {

// The UTF-8 copy of the password is wiped as soon as libsodium is done with it.
class PasswordBytes
{
public:
    explicit PasswordBytes(const QString& password) : m_bytes(password.toUtf8()) {}
    ~PasswordBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    PasswordBytes(const PasswordBytes&) = delete;
    PasswordBytes& operator=(const PasswordBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// sodium_init is idempotent and thread-safe; it must succeed before any other libsodium call.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

OfflineUnlock::OfflineUnlock(LocalCache& cache) : m_cache(cache) {}

QByteArray OfflineUnlock::makeVerifier(const QString& password)
{
    if (!sodiumReady())
        return {};
    const PasswordBytes bytes(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, bytes.data(), bytes.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QByteArray(out);
}

bool OfflineUnlock::remember(const QString& password)
{
    const QByteArray verifier = makeVerifier(password);
    return !verifier.isEmpty() && m_cache.setVerifier(verifier);
}

bool OfflineUnlock::isAvailable() const
{
    return !m_cache.verifier().isEmpty();
}

bool OfflineUnlock::unlock(const QString& password) const
{
    const QByteArray verifier = m_cache.verifier();
    if (verifier.isEmpty() || !sodiumReady())
        return false;
    const PasswordBytes bytes(password);
    return crypto_pwhash_str_verify(verifier.constData(), bytes.data(), bytes.size()) == 0;
}

} // namespace paht
