#include "http/HttpServer.h"

#include "http/ApiError.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QWebSocket>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#include <QSslServer>
#endif

namespace paht::store {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

void writeResponse(QHttpServerResponder& responder, const HttpResponse& response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    responder.writeStatusLine(status);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto& header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#else
    QHttpHeaders headers;
    if (!response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto& header : response.headers)
        headers.append(header.first, header.second);
    responder.write(response.body, headers, status);
#endif
}

} // namespace

HttpServer::HttpServer(const Router& router, qint64 maxBodyBytes, QString webSocketPath, QObject* parent)
    : QAbstractHttpServer(parent), m_router(router), m_maxBodyBytes(maxBodyBytes),
      m_webSocketPath(std::move(webSocketPath))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpServer::acceptWebSockets);
}

quint16 HttpServer::start(const QHostAddress& address, quint16 port, const QString& certFile,
                          const QString& keyFile, QString* error)
{
    const bool tls = !certFile.isEmpty() || !keyFile.isEmpty();
    QSslCertificate certificate;
    QSslKey key;
    if (tls) {
        QFile certIn(certFile);
        QFile keyIn(keyFile);
        if (!certIn.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key");
            return 0;
        }
        certificate = QSslCertificate(&certIn, QSsl::Pem);
        key = QSslKey(&keyIn, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyIn.seek(0) ? keyIn.readAll() : QByteArray(), QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return 0;
        }
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (tls)
        sslSetup(certificate, key);
    const quint16 bound = listen(address, port);
#else
    QTcpServer* server = nullptr;
    if (tls) {
        auto* sslServer = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        sslServer->setSslConfiguration(config);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    quint16 bound = 0;
    if (server->listen(address, port) && bind(server))
        bound = server->serverPort();
#endif
    if (bound == 0)
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
    return bound;
}

bool HttpServer::isWebSocketUpgrade(const QHttpServerRequest& request) const
{
    return request.url().path() == m_webSocketPath &&
           request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

HttpResponse HttpServer::respond(const QHttpServerRequest& request) const
{
    if (request.body().size() > m_maxBodyBytes)
        return ApiError::payloadTooLarge(m_maxBodyBytes).toResponse();
    HttpRequest own;
    own.method = methodName(request.method());
    own.path = request.url().path(QUrl::FullyDecoded);
    own.query = request.query();
    for (const auto& header : request.headers())
        own.headers.insert(header.first.toLower(), header.second);
    own.body = request.body();
    own.peer = request.remoteAddress();
    return m_router.dispatch(std::move(own));
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // The upgrade itself is done by QAbstractHttpServer; answering here would break the handshake.
    if (isWebSocketUpgrade(request))
        return true;
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, respond(request));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, ApiError::notFound(request.url().path()).toResponse());
}
#else
bool HttpServer::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    if (isWebSocketUpgrade(request))
        return true;
    writeResponse(responder, respond(request));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    writeResponse(responder, ApiError::notFound(request.url().path()).toResponse());
}
#endif

void HttpServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (socket)
            emit webSocketOpened(socket.release());
    }
}

} // namespace paht::store
