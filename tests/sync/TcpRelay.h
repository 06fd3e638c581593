#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A loopback TCP relay in front of the store, so a test can make the store unreachable (connections
// refused, open ones cut) and bring it back on the same port, as a network outage would.
class TcpRelay : public QObject
{
    Q_OBJECT

public:
    explicit TcpRelay(quint16 targetPort, QObject* parent = nullptr);
    ~TcpRelay() override;

    bool listen(quint16 port = 0); // 0: any free port, then the same one on every later listen
    quint16 port() const { return m_port; }
    void shutDown(); // stops listening and cuts every relayed connection

private:
    void relay(QTcpSocket* client);

    quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_server;
    QList<QTcpSocket*> m_sockets;
};
