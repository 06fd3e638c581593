#include "sync/StoreApi.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace paht {

namespace {
const QString kApiPrefix = QStringLiteral("/api/v1");
} // namespace

StoreApi::StoreApi(const QUrl& storeUrl, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_base(storeUrl.adjusted(QUrl::StripTrailingSlash)), m_network(network)
{
    QString path = m_base.path();
    if (path.endsWith(kApiPrefix))
        path.chop(kApiPrefix.size());
    m_base.setPath(path);
}

StoreApi::~StoreApi()
{
    abortAll();
}

QUrl StoreApi::url(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + kApiPrefix + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl StoreApi::webSocketUrl() const
{
    QUrl socket = url(QStringLiteral("/ws"));
    socket.setScheme(m_base.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    return socket;
}

QNetworkRequest StoreApi::request(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return request;
}

void StoreApi::get(const QString& path, const QUrlQuery& query, QObject* context, Handler handler)
{
    watch(m_network->get(request(url(path, query))), context, std::move(handler));
}

void StoreApi::post(const QString& path, const QJsonObject& body, QObject* context, Handler handler)
{
    upload(path, QJsonDocument(body).toJson(QJsonDocument::Compact), QStringLiteral("application/json"),
           context, std::move(handler));
}

void StoreApi::put(const QString& path, const QJsonObject& body, QObject* context, Handler handler)
{
    QNetworkRequest put = request(url(path));
    put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    watch(m_network->put(put, QJsonDocument(body).toJson(QJsonDocument::Compact)), context,
          std::move(handler));
}

void StoreApi::upload(const QString& path, const QByteArray& bytes, const QString& contentType,
                      QObject* context, Handler handler)
{
    QNetworkRequest post = request(url(path));
    post.setHeader(QNetworkRequest::ContentTypeHeader, contentType.toLatin1());
    watch(m_network->post(post, bytes), context, std::move(handler));
}

void StoreApi::remove(const QString& path, QObject* context, Handler handler)
{
    watch(m_network->deleteResource(request(url(path))), context, std::move(handler));
}

void StoreApi::abortAll()
{
    for (QNetworkReply* reply : findChildren<QNetworkReply*>(QString(), Qt::FindDirectChildrenOnly)) {
        disconnect(reply, nullptr, nullptr, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void StoreApi::watch(QNetworkReply* reply, QObject* context, Handler handler)
{
    reply->setParent(this);
    // Deleted even when the context is gone and the callback does not run.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    const bool authenticated = !m_token.isEmpty();
    connect(reply, &QNetworkReply::finished, context,
            [this, reply, authenticated, handler = std::move(handler)] {
                StoreAnswer answer;
                answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer.body = reply->readAll();
                if (!answer.reached()) {
                    answer.message = reply->errorString();
                } else {
                    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
                    answer.json = document.object();
                    const QJsonObject error = answer.json.value(QStringLiteral("error")).toObject();
                    answer.errorCode = error.value(QStringLiteral("code")).toString();
                    answer.message = error.value(QStringLiteral("message")).toString();
                }
                emit answered(answer);
                if (answer.status == 401 && authenticated)
                    emit unauthorized();
                handler(answer);
            });
}

} // namespace paht
