#pragma once

#include "http/Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <memory>

class QWebSocket;

namespace paht::store {

// The one place that knows the Qt HttpServer API (it changed in Qt 6.5 and 6.8): requests become
// HttpRequest values for the Router, and WebSocket upgrades on the push path are handed out by signal.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(const Router& router, qint64 maxBodyBytes, QString webSocketPath, QObject* parent = nullptr);

    // Returns the bound port, or 0 with *error set.
    quint16 start(const QHostAddress& address, quint16 port, const QString& certFile, const QString& keyFile,
                  QString* error);

signals:
    void webSocketOpened(QWebSocket* socket); // the receiver takes ownership

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;
#else
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
#endif

private:
    bool isWebSocketUpgrade(const QHttpServerRequest& request) const;
    HttpResponse respond(const QHttpServerRequest& request) const;
    void acceptWebSockets();

    const Router& m_router;
    qint64 m_maxBodyBytes;
    QString m_webSocketPath;
};

} // namespace paht::store
