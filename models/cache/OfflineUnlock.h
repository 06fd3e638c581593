#pragma once

#include <QByteArray>
#include <QString>

namespace paht {

class LocalCache;

// Lets a user open their cache when the store cannot be reached (architecture "The console"): at each
// online login the console keeps an argon2id verifier of the password (libsodium crypto_pwhash_str,
// INTERACTIVE limits, ~60 ms and 64 MiB); offline, the typed password is checked against it. The
// password itself is never stored.
class OfflineUnlock
{
public:
    explicit OfflineUnlock(LocalCache& cache);

    // After a successful online login: replaces the verifier. False if hashing or writing failed.
    bool remember(const QString& password);
    bool isAvailable() const; // a verifier is stored
    bool unlock(const QString& password) const;

    // The verifier for a password (an "$argon2id$…" string); empty if libsodium fails (out of memory).
    static QByteArray makeVerifier(const QString& password);

private:
    LocalCache& m_cache;
};

} // namespace paht
