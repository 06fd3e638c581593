#include "sync/StoreAdministration.h"

#include "domain/Instant.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paht {

const QString ApiKeyEntry::kCitizenApp = u"citizen_app"_s;
const QString ApiKeyEntry::kAgencySystem = u"agency_system"_s;

std::optional<ApiKeyEntry> ApiKeyEntry::fromJson(const QJsonObject& json)
{
    ApiKeyEntry entry;
    entry.name = json.value(u"name"_s).toString();
    entry.kind = json.value(u"kind"_s).toString();
    entry.agencyCode = json.value(u"agencyCode"_s).toString();
    instantFromString(json.value(u"createdAt"_s).toString(), &entry.createdAt);
    entry.revoked = json.value(u"revoked"_s).toBool();
    if (entry.name.isEmpty() || (entry.kind != kCitizenApp && entry.kind != kAgencySystem))
        return std::nullopt;
    return entry;
}

AdminLogEntry AdminLogEntry::fromJson(const QJsonObject& json)
{
    AdminLogEntry entry;
    instantFromString(json.value(u"at"_s).toString(), &entry.at);
    entry.actor = json.value(u"actor"_s).toString();
    entry.type = json.value(u"type"_s).toString();
    entry.target = json.value(u"target"_s).toString();
    entry.data = json.value(u"data"_s).toObject();
    return entry;
}

namespace {

// Turns the store's answer into the caller's result: a refusal as the store said it, or the value that
// `decode` reads from the answer (an unreadable answer is a refusal too, so nothing half-read is shown).
template <typename T, typename Decode>
StoreApi::Handler answerWith(StoreAdministration::Handler<T> handler, Decode decode)
{
    return [handler = std::move(handler), decode](const StoreAnswer& answer) {
        AdminResult<T> result;
        if (!answer.ok()) {
            result.refusal = StoreRefusal::from(answer);
        } else if (QString unreadable = decode(answer, &result.value); !unreadable.isEmpty()) {
            StoreRefusal refusal;
            refusal.status = answer.status;
            refusal.message = unreadable;
            result.refusal = refusal;
        }
        handler(result);
    };
}

QString cannotRead(const QString& what)
{
    return StoreAdministration::tr("The store's answer could not be read: %1").arg(what);
}

// Decodes every element of an array with the domain's fromJson.
template <typename T>
QString readList(const QJsonArray& array, QList<T>* out)
{
    for (const QJsonValue& value : array) {
        T item;
        if (const DecodeResult error = T::fromJson(value.toObject(), &item))
            return cannotRead(error->toString());
        out->append(item);
    }
    return {};
}

template <typename T>
QString readOne(const QJsonObject& json, T* out)
{
    if (const DecodeResult error = T::fromJson(json, out))
        return cannotRead(error->toString());
    return {};
}

QString path(const QString& collection, const QString& key)
{
    return u"/admin/%1/%2"_s.arg(collection, QString::fromLatin1(QUrl::toPercentEncoding(key)));
}

} // namespace

void StoreAdministration::users(QObject* context, Handler<QList<User>> handler)
{
    m_api.get(u"/users"_s, {}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, QList<User>* out) {
                  return readList(answer.json.value(u"users"_s).toArray(), out);
              }));
}

void StoreAdministration::agencies(QObject* context, Handler<QList<Agency>> handler)
{
    m_api.get(u"/agencies"_s, {}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, QList<Agency>* out) {
                  return readList(answer.json.value(u"agencies"_s).toArray(), out);
              }));
}

void StoreAdministration::categories(QObject* context, Handler<QList<Category>> handler)
{
    m_api.get(u"/categories"_s, {}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, QList<Category>* out) {
                  return readList(answer.json.value(u"categories"_s).toArray(), out);
              }));
}

namespace {

QString readUser(const StoreAnswer& answer, User* out)
{
    return readOne(answer.json.value(u"user"_s).toObject(), out);
}

} // namespace

void StoreAdministration::createUser(const User& user, const QString& password, QObject* context,
                                     Handler<User> handler)
{
    QJsonObject json = user.toJson();
    json.remove(u"disabled"_s); // a new account is enabled
    m_api.post(u"/admin/users"_s, {{u"user"_s, json}, {u"password"_s, password}}, context,
               answerWith(std::move(handler), readUser));
}

void StoreAdministration::updateUser(const User& user, QObject* context, Handler<User> handler)
{
    m_api.put(path(u"users"_s, user.username), {{u"user"_s, user.toJson()}}, context,
              answerWith(std::move(handler), readUser));
}

void StoreAdministration::resetPassword(const QString& username, QObject* context, Handler<QString> handler)
{
    m_api.post(path(u"users"_s, username) + u"/password"_s, {}, context,
               answerWith(std::move(handler), [](const StoreAnswer& answer, QString* out) {
                   *out = answer.json.value(u"temporaryPassword"_s).toString();
                   return out->isEmpty() ? cannotRead(u"temporaryPassword"_s) : QString();
               }));
}

void StoreAdministration::saveAgency(const Agency& agency, QObject* context, Handler<Agency> handler)
{
    m_api.put(path(u"agencies"_s, agency.code), {{u"agency"_s, agency.toJson()}}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, Agency* out) {
                  return readOne(answer.json.value(u"agency"_s).toObject(), out);
              }));
}

void StoreAdministration::saveCategory(const Category& category, QObject* context, Handler<Category> handler)
{
    m_api.put(path(u"categories"_s, category.code), {{u"category"_s, category.toJson()}}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, Category* out) {
                  return readOne(answer.json.value(u"category"_s).toObject(), out);
              }));
}

void StoreAdministration::apiKeys(QObject* context, Handler<QList<ApiKeyEntry>> handler)
{
    m_api.get(u"/admin/api-keys"_s, {}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, QList<ApiKeyEntry>* out) {
                  for (const QJsonValue& value : answer.json.value(u"apiKeys"_s).toArray()) {
                      const std::optional<ApiKeyEntry> entry = ApiKeyEntry::fromJson(value.toObject());
                      if (!entry)
                          return cannotRead(value.toObject().value(u"name"_s).toString());
                      out->append(*entry);
                  }
                  return QString();
              }));
}

void StoreAdministration::createApiKey(const QString& name, const QString& kind, const QString& agencyCode,
                                       QObject* context, Handler<QString> handler)
{
    QJsonObject body{{u"name"_s, name}, {u"kind"_s, kind}};
    if (kind == ApiKeyEntry::kAgencySystem)
        body.insert(u"agencyCode"_s, agencyCode);
    m_api.post(u"/admin/api-keys"_s, body, context,
               answerWith(std::move(handler), [](const StoreAnswer& answer, QString* out) {
                   *out = answer.json.value(u"key"_s).toString();
                   return out->isEmpty() ? cannotRead(u"key"_s) : QString();
               }));
}

void StoreAdministration::revokeApiKey(const QString& name, QObject* context, Handler<bool> handler)
{
    m_api.remove(path(u"api-keys"_s, name), context,
                 answerWith(std::move(handler), [](const StoreAnswer&, bool* out) {
                     *out = true;
                     return QString();
                 }));
}

void StoreAdministration::exportTable(DirectoryTable table, QObject* context, Handler<QByteArray> handler)
{
    m_api.get(path(u"directory"_s, directoryTableName(table) + u".csv"_s), {}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, QByteArray* out) {
                  *out = answer.body;
                  return QString();
              }));
}

void StoreAdministration::importTable(DirectoryTable table, const QByteArray& csv, QObject* context,
                                      Handler<ImportCounts> handler)
{
    m_api.upload(path(u"directory"_s, directoryTableName(table) + u".csv"_s), csv, u"text/csv"_s, context,
                 answerWith(std::move(handler), [](const StoreAnswer& answer, ImportCounts* out) {
                     out->created = answer.json.value(u"created"_s).toInt();
                     out->updated = answer.json.value(u"updated"_s).toInt();
                     return QString();
                 }));
}

void StoreAdministration::log(int limit, QObject* context, Handler<QList<AdminLogEntry>> handler)
{
    m_api.get(u"/admin/audit"_s, QUrlQuery{{u"limit"_s, QString::number(limit)}}, context,
              answerWith(std::move(handler), [](const StoreAnswer& answer, QList<AdminLogEntry>* out) {
                  for (const QJsonValue& value : answer.json.value(u"changes"_s).toArray())
                      out->append(AdminLogEntry::fromJson(value.toObject()));
                  return QString();
              }));
}

} // namespace paht
