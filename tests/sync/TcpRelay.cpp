#include "TcpRelay.h"

#include <QTcpSocket>

TcpRelay::TcpRelay(quint16 targetPort, QObject* parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection())
            relay(client);
    });
}

TcpRelay::~TcpRelay()
{
    shutDown();
}

bool TcpRelay::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port ? port : m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void TcpRelay::shutDown()
{
    m_server.close();
    const QList<QTcpSocket*> sockets = m_sockets;
    m_sockets.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TcpRelay::relay(QTcpSocket* client)
{
    auto* store = new QTcpSocket(this);
    client->setParent(this);
    m_sockets << client << store;
    // Bytes from the client wait until the store side is connected.
    const auto forward = [](QTcpSocket* from, QTcpSocket* to) {
        if (to->state() == QAbstractSocket::ConnectedState)
            to->write(from->readAll());
    };
    connect(client, &QTcpSocket::readyRead, this, [=] { forward(client, store); });
    connect(store, &QTcpSocket::readyRead, this, [=] { forward(store, client); });
    connect(store, &QTcpSocket::connected, this, [=] { forward(client, store); });
    const auto close = [this, client, store, forward] {
        if (!m_sockets.contains(client))
            return;
        forward(store, client); // what arrived just before the close still goes through
        forward(client, store);
        m_sockets.removeAll(client);
        m_sockets.removeAll(store);
        client->disconnect(this);
        store->disconnect(this);
        client->disconnectFromHost();
        store->disconnectFromHost();
        client->deleteLater();
        store->deleteLater();
    };
    connect(client, &QTcpSocket::disconnected, this, close);
    connect(store, &QTcpSocket::disconnected, this, close);
    store->connectToHost(QHostAddress::LocalHost, m_targetPort);
}
