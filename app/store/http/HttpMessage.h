#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

namespace paht::store {

// The store's own view of a request, independent of the Qt HttpServer version underneath.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;
    QStringList pathArgs; // captures of the matched route

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonDocument& doc, int status = 200)
    {
        return {status, "application/json; charset=utf-8", doc.toJson(QJsonDocument::Compact), {}};
    }
    static HttpResponse json(const QJsonObject& obj, int status = 200)
    {
        return json(QJsonDocument(obj), status);
    }
    static HttpResponse bytes(const QByteArray& data, const QByteArray& type, int status = 200)
    {
        return {status, type, data, {}};
    }
    static HttpResponse empty(int status = 204) { return {status, QByteArray(), QByteArray(), {}}; }
};

} // namespace paht::store
