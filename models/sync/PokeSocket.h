#pragma once

#include <QObject>
#include <QUrl>

class QWebSocket;

namespace paht {

// The store's push channel (API.md "Push"): a WebSocket that only ever says "poke: seq N". The data
// itself comes by pull, which checks permissions; this socket just says when to pull.
class PokeSocket : public QObject
{
    Q_OBJECT

public:
    explicit PokeSocket(QObject* parent = nullptr);
    ~PokeSocket() override;

    void open(const QUrl& url, const QString& token);
    void close();
    bool isConnected() const { return m_connected; }
    bool isOpen() const { return m_socket != nullptr; } // connecting or connected

signals:
    void connected();
    void disconnected();
    void poked(qint64 seq);
    void directoryChanged(); // an administrator changed users, agencies, categories or the rules

private:
    void onMessage(const QString& text);

    QWebSocket* m_socket = nullptr;
    bool m_connected = false;
};

} // namespace paht
