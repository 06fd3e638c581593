#include "sync/PokeSocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

namespace paht {

PokeSocket::PokeSocket(QObject* parent) : QObject(parent) {}

PokeSocket::~PokeSocket()
{
    close();
}

void PokeSocket::open(const QUrl& url, const QString& token)
{
    close();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        emit connected();
    });
    QWebSocket* socket = m_socket;
    // A refused connection reports an error and may never say "disconnected": both end this socket once.
    const auto end = [this, socket] {
        if (m_socket != socket)
            return;
        close();
        emit disconnected();
    };
    connect(m_socket, &QWebSocket::disconnected, this, end);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, end);
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, end);
#endif
    connect(m_socket, &QWebSocket::textMessageReceived, this, &PokeSocket::onMessage);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    m_socket->open(request);
}

void PokeSocket::close()
{
    if (!m_socket)
        return;
    QWebSocket* socket = m_socket;
    m_socket = nullptr;
    m_connected = false;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void PokeSocket::onMessage(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("poke"))
        emit poked(message.value(QStringLiteral("seq")).toInteger());
    else if (type == QLatin1String("directory"))
        emit directoryChanged();
}

} // namespace paht
