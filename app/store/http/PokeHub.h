#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QWebSocket;

namespace paht::store {

// Push (architecture "Sync protocol"): every connected console gets "poke: seq N" after each commit and
// then pulls. Only the number travels here; data goes by the permission-checked pull.
class PokeHub final : public QObject
{
    Q_OBJECT

public:
    // Decides from the upgrade request's Authorization header whether the socket belongs to a logged-in user.
    using Authenticator = std::function<bool(const QByteArray& authorization)>;

    PokeHub(Authenticator authenticate, QString path, QObject* parent = nullptr);
    ~PokeHub() override;

    void adopt(QWebSocket* socket); // takes ownership
    void poke(qint64 seq);
    // The directory or the rules changed: consoles fetch users, agencies, categories and rules again.
    void pokeDirectory(qint64 seq);
    int connectedCount() const { return static_cast<int>(m_sockets.size()); }

private:
    void send(const QString& type, qint64 seq);

    Authenticator m_authenticate;
    QString m_path;
    QList<QWebSocket*> m_sockets;
};

} // namespace paht::store
