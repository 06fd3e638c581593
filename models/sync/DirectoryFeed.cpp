#include "sync/DirectoryFeed.h"

#include "cache/LocalCache.h"

#include <QJsonArray>

namespace paht {

namespace {
const QStringList kParts{QStringLiteral("agencies"), QStringLiteral("categories"), QStringLiteral("users")};
} // namespace

DirectoryFeed::DirectoryFeed(StoreApi& api, LocalCache& cache, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache)
{}

void DirectoryFeed::refresh()
{
    const quint64 round = ++m_round;
    m_parts = {};
    m_failed = false;
    for (const QString& key : kParts) {
        m_api.get(QLatin1Char('/') + key, {}, this,
                  [this, key, round](const StoreAnswer& answer) { arrived(key, answer, round); });
    }
}

void DirectoryFeed::arrived(const QString& key, const StoreAnswer& answer, quint64 round)
{
    if (round != m_round || m_failed)
        return;
    if (!answer.ok()) {
        m_failed = true; // one failure is reported once; the next refresh starts over
        emit failed(answer);
        return;
    }
    m_parts.insert(key, answer.json.value(key).toArray());
    if (m_parts.size() == kParts.size())
        store();
}

void DirectoryFeed::store()
{
    Directory directory;
    QList<User> users;
    QStringList unreadable;
    for (const QJsonValue& value : m_parts.value(QStringLiteral("agencies")).toArray()) {
        Agency agency;
        if (Agency::fromJson(value.toObject(), &agency))
            unreadable.append(value.toObject().value(QStringLiteral("code")).toString());
        else
            directory.add(agency);
    }
    for (const QJsonValue& value : m_parts.value(QStringLiteral("categories")).toArray()) {
        Category category;
        if (Category::fromJson(value.toObject(), &category))
            unreadable.append(value.toObject().value(QStringLiteral("code")).toString());
        else
            directory.add(category);
    }
    for (const QJsonValue& value : m_parts.value(QStringLiteral("users")).toArray()) {
        User user;
        if (User::fromJson(value.toObject(), &user))
            unreadable.append(value.toObject().value(QStringLiteral("username")).toString());
        else
            users.append(user);
    }
    if (!unreadable.isEmpty())
        emit problem(
            tr("Some directory entries could not be read: %1").arg(unreadable.join(QStringLiteral(", "))));
    if (!m_cache.setDirectory(directory) || !m_cache.setUsers(users)) {
        emit problem(tr("The local cache cannot be written: %1").arg(m_cache.lastError()));
        return;
    }
    emit refreshed();
}

} // namespace paht
