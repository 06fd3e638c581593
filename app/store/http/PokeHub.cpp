#include "http/PokeHub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

namespace paht::store {

PokeHub::PokeHub(Authenticator authenticate, QString path, QObject* parent)
    : QObject(parent), m_authenticate(std::move(authenticate)), m_path(std::move(path))
{}

PokeHub::~PokeHub()
{
    for (QWebSocket* socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
}

void PokeHub::adopt(QWebSocket* socket)
{
    const QNetworkRequest request = socket->request();
    if (request.url().path() != m_path || !m_authenticate(request.rawHeader("Authorization"))) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
        socket->deleteLater();
        return;
    }
    m_sockets.append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_sockets.removeAll(socket);
        socket->deleteLater();
    });
}

void PokeHub::poke(qint64 seq)
{
    send(QStringLiteral("poke"), seq);
}

void PokeHub::pokeDirectory(qint64 seq)
{
    send(QStringLiteral("directory"), seq);
}

void PokeHub::send(const QString& type, qint64 seq)
{
    const QString message = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("seq"), seq}})
            .toJson(QJsonDocument::Compact));
    for (QWebSocket* socket : std::as_const(m_sockets))
        socket->sendTextMessage(message);
}

} // namespace paht::store
