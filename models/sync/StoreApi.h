#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace paht {

// What came back from one request to the store.
struct StoreAnswer
{
    int status = 0;    // the HTTP status; 0 when the store was not reached (refused, timed out, no route)
    QByteArray body;   // raw bytes (attachments)
    QJsonObject json;  // the body as a JSON object, when it is one
    QString errorCode; // the API's error.code ("cursor_gone", "unauthorized", …)
    QString message;   // the API's error.message, or what the network layer said

    bool reached() const { return status != 0; }
    bool ok() const { return status >= 200 && status < 300; }
};

// The console's side of the store's HTTP API (app/store/API.md): builds /api/v1 requests with the
// bearer token and hands each answer to a callback. Replies still running when it goes are aborted and
// never call back.
class StoreApi : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const StoreAnswer&)>;

    // storeUrl: "https://paht.example.vn" (a trailing "/api/v1" is accepted too).
    StoreApi(const QUrl& storeUrl, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~StoreApi() override;

    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    QUrl url(const QString& path, const QUrlQuery& query = {}) const; // path below /api/v1, e.g. "/pull"
    QUrl webSocketUrl() const;                                        // ws(s)://…/api/v1/ws

    // `context` guards the callback: if it is destroyed first, the callback is not called.
    void get(const QString& path, const QUrlQuery& query, QObject* context, Handler handler);
    void post(const QString& path, const QJsonObject& body, QObject* context, Handler handler);
    void put(const QString& path, const QJsonObject& body, QObject* context, Handler handler);
    void remove(const QString& path, QObject* context, Handler handler);
    // POST of raw bytes, e.g. an attachment to /attachments or a CSV file.
    void upload(const QString& path, const QByteArray& bytes, const QString& contentType, QObject* context,
                Handler handler);
    void abortAll();

signals:
    // After every answer, so that one place keeps the online state: reached or not, and whether it
    // worked. `unauthorized` means the session token stopped working (expired, closed).
    void answered(const paht::StoreAnswer& answer);
    void unauthorized();

private:
    QNetworkRequest request(const QUrl& url) const; // with the timeout and the bearer token
    void watch(QNetworkReply* reply, QObject* context, Handler handler);

    QUrl m_base;
    QNetworkAccessManager* m_network;
    QString m_token;
    int m_timeoutMs = 30000;
};

} // namespace paht
