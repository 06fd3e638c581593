#pragma once

#include <QObject>
#include <QString>

namespace paht {

// Keeps the session token in the system keychain (qtkeychain: Secret Service, KWallet, Windows
// Credential Manager, macOS Keychain) so that a restarted console can resume the session. Never in plain
// text: no insecure fallback, nothing in QSettings or the cache. Keychains can fail or hang (no D-Bus
// session, a locked wallet), so every job runs asynchronously with a timeout, and any failure means
// "not stored": the user simply logs in again next time.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 5000;

    // `account` names the session, e.g. store URL + user name; `service` the application.
    TokenVault(QString service, QString account, QObject* parent = nullptr);

    static bool isAvailable(); // built with qtkeychain
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void store(const QString& token); // → stored
    void load();                      // → loaded (empty: nothing stored, or the keychain failed)
    void erase();                     // → erased (at logout, and after "forget this workstation")

signals:
    void stored(bool ok, const QString& message);
    void loaded(const QString& token);
    void erased();

private:
    QString m_service;
    QString m_account;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace paht
