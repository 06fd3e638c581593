#pragma once

#include "domain/Agency.h"
#include "domain/Category.h"
#include "domain/User.h"
#include "exchange/DirectoryCsv.h"
#include "sync/StoreApi.h"
#include "sync/StoreRefusal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace paht {

// A key for software that talks to the store on its own. The key itself is shown once, when made.
struct ApiKeyEntry
{
    static const QString kCitizenApp;   // "citizen_app"
    static const QString kAgencySystem; // "agency_system": acts as that agency's specialist

    QString name;
    QString kind;
    QString agencyCode; // agency_system only
    QDateTime createdAt;
    bool revoked = false;

    static std::optional<ApiKeyEntry> fromJson(const QJsonObject& json);
};

// One change the administrators made (the audit trail of R-29, administration part).
struct AdminLogEntry
{
    QDateTime at;
    QString actor;
    QString type; // "admin_user_created", …
    QString target;
    QJsonObject data;

    static AdminLogEntry fromJson(const QJsonObject& json);
};

struct ImportCounts
{
    int created = 0;
    int updated = 0;
};

// What one request gave: the value, or the store's refusal.
template <typename T>
struct AdminResult
{
    T value{};
    std::optional<StoreRefusal> refusal;
    bool ok() const { return !refusal.has_value(); }
};

// The store's administration API (ADMIN_API.md) in the console: each call sends one request with the
// session's token and hands back the decoded answer. `context` guards the callback as in StoreApi.
class StoreAdministration
{
    Q_DECLARE_TR_FUNCTIONS(paht::StoreAdministration)

public:
    template <typename T>
    using Handler = std::function<void(const AdminResult<T>&)>;

    explicit StoreAdministration(StoreApi& api) : m_api(api) {}

    void users(QObject* context, Handler<QList<User>> handler);
    void agencies(QObject* context, Handler<QList<Agency>> handler);
    void categories(QObject* context, Handler<QList<Category>> handler);

    void createUser(const User& user, const QString& password, QObject* context, Handler<User> handler);
    void updateUser(const User& user, QObject* context, Handler<User> handler);
    // The new temporary password, to be shown once.
    void resetPassword(const QString& username, QObject* context, Handler<QString> handler);
    void saveAgency(const Agency& agency, QObject* context, Handler<Agency> handler);
    void saveCategory(const Category& category, QObject* context, Handler<Category> handler);

    void apiKeys(QObject* context, Handler<QList<ApiKeyEntry>> handler);
    // The key, to be shown once: the store keeps only its hash.
    void createApiKey(const QString& name, const QString& kind, const QString& agencyCode, QObject* context,
                      Handler<QString> handler);
    void revokeApiKey(const QString& name, QObject* context, Handler<bool> handler);

    void exportTable(DirectoryTable table, QObject* context, Handler<QByteArray> handler);
    // Nothing is written when any row is bad: the refusal then lists every bad row.
    void importTable(DirectoryTable table, const QByteArray& csv, QObject* context,
                     Handler<ImportCounts> handler);

    void log(int limit, QObject* context, Handler<QList<AdminLogEntry>> handler);

private:
    StoreApi& m_api;
};

} // namespace paht
