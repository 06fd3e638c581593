#pragma once

#include "calendar/Clock.h"
#include "core/StoreServer.h"
#include "storage/DataDirectory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

namespace paht::store::testing {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const;
};

// A real store on a free loopback port over a fresh data directory, with a manual clock, and a client
// that speaks real HTTP to it. Seeds a small directory (two wards, three agencies, categories) and one
// user per role.
class StoreFixture
{
public:
    explicit StoreFixture(const QDateTime& now = QDateTime(QDate(2026, 3, 9), QTime(2, 0), Qt::UTC),
                          StoreLimits limits = {});
    ~StoreFixture();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    ManualClock& clock() { return m_clock; }
    DataDirectory& data() { return *m_data; }
    StoreServer& server() { return *m_server; }
    QString dataPath() const { return m_dir.path(); }
    QUrl url(const QString& path) const;
    // Stops the store and serves the same data directory again (on a new port), as after a reboot.
    bool restart();

    // Users: "intake", "editor", "supervisor", "admin" (center); "sxd.specialist", "sxd.leader" (agency
    // SXD), "ward.specialist", "ward.leader" (agency UBND-06673), "nuoc.specialist" (agency NUOC).
    static QString password() { return QStringLiteral("correct horse battery"); }
    QString login(const QString& username); // the token, empty on failure
    bool addUser(const QString& username, const QString& role, const QString& agency = {},
                 bool clearance = false);
    QString createApiKey(const QString& name);

    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QString& token = {}, const QByteArray& contentType = "application/json");
    Reply get(const QString& path, const QString& token = {}) { return request("GET", path, {}, token); }
    Reply post(const QString& path, const QJsonObject& body, const QString& token = {});

    // Sends one command and returns its answer object.
    QJsonObject command(const QString& token, const QString& type, const QString& reportId,
                        qint64 expectedVersion, const QJsonObject& payload);
    // Submits a report as the intake operator (by phone) and returns its number.
    QString submitReport(const QString& intakeToken, const QString& title = QStringLiteral("Đèn đường hỏng"),
                         const QString& confidentiality = QStringLiteral("public"));
    static QJsonObject reportPayload(const QString& title, const QString& confidentiality);

private:
    bool seedDirectory();
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<DataDirectory> m_data;
    std::unique_ptr<StoreServer> m_server;
    StoreLimits m_limits;
    QNetworkAccessManager m_network;
    bool m_ok = false;
    QString m_error;
    int m_commandCounter = 0;
};

} // namespace paht::store::testing
