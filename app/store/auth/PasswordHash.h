#pragma once

#include <QByteArray>
#include <QString>

namespace paht::store {

// argon2id through libsodium. Hashing costs ~60 ms and 64 MiB, so callers cap concurrency.
class PasswordHash
{
public:
    static bool initialise(); // sodium_init; false if the library cannot start
    static QByteArray hash(const QString& password);
    static bool verify(const QByteArray& storedHash, const QString& password);
    static bool needsRehash(const QByteArray& storedHash);
    // A hash to verify against when the user does not exist, so that timing does not reveal it.
    static const QByteArray& decoy();
};

// Opaque random tokens (session tokens, API keys); the store keeps only their SHA-256.
class SecretToken
{
public:
    static QString generate(int bytes = 32); // URL-safe base64 without padding
    // A password an administrator can read out to a user: letters and digits that are not confused
    // with each other (no 0/O, 1/l/I); 14 of 55 symbols are about 80 bits.
    static QString readablePassword(int length = 14);
    static QByteArray digest(const QString& token);
};

} // namespace paht::store
