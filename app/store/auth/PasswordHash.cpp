#include "auth/PasswordHash.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace paht::store {

bool PasswordHash::initialise()
{
    return sodium_init() >= 0;
}

QByteArray PasswordHash::hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    out.truncate(static_cast<qsizetype>(qstrlen(out.constData())));
    return out;
}

bool PasswordHash::verify(const QByteArray& storedHash, const QString& password)
{
    if (storedHash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    QByteArray terminated = storedHash;
    terminated.append('\0');
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHash::needsRehash(const QByteArray& storedHash)
{
    QByteArray terminated = storedHash;
    terminated.append('\0');
    return crypto_pwhash_str_needs_rehash(terminated.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

const QByteArray& PasswordHash::decoy()
{
    static const QByteArray value = hash(QStringLiteral("paht-decoy-password"));
    return value;
}

QString SecretToken::generate(int bytes)
{
    QByteArray raw(bytes, '\0');
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecretToken::readablePassword(int length)
{
    static const QByteArray symbols =
        QByteArrayLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < length; ++i)
        password.append(QLatin1Char(symbols.at(static_cast<int>(randombytes_uniform(symbols.size())))));
    return password;
}

QByteArray SecretToken::digest(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace paht::store
