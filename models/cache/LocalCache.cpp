#include "cache/LocalCache.h"

#include "cache/CacheJson.h"
#include "cache/CacheSchema.h"
#include "cache/OwnerOnlyFiles.h"
#include "domain/Instant.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace paht {

namespace {

const QString kCursor = QStringLiteral("cursor");
const QString kEpoch = QStringLiteral("epoch");
const QString kLastSync = QStringLiteral("last_sync");
const QString kSessionUser = QStringLiteral("session_user");
const QString kVerifier = QStringLiteral("verifier");
const QString kNotifiedReminders = QStringLiteral("notified_reminders");

// A user name as one safe path segment: never "..", never a separator.
QString folderName(const QString& username)
{
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(username));
    if (name.startsWith(QLatin1Char('.')))
        name.replace(0, 1, QStringLiteral("%2E"));
    return name.isEmpty() ? QStringLiteral("%00") : name;
}

} // namespace

QString LocalCache::defaultPath(const QString& storeUrl, const QString& username)
{
    QUrl normalised = QUrl(storeUrl).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalised.path() == QLatin1String("/"))
        normalised.setPath(QString());
    const QString url = normalised.toString();
    const QString store = QString::fromLatin1(
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(store + QLatin1Char('/') + folderName(username) + QStringLiteral("/cache.sqlite"));
}

LocalCache::LocalCache(QString file, QObject* parent)
    : QObject(parent), m_file(std::move(file)),
      m_connectionName(QStringLiteral("paht-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LocalCache::~LocalCache()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString LocalCache::photoFolder() const
{
    return QFileInfo(m_file).absoluteDir().filePath(QStringLiteral("photos"));
}

bool LocalCache::open(QString* error)
{
    if (isOpen())
        return true;
    QString problem;
    // The file exists owner-only before SQLite opens it; its -wal and -shm files take the same mode.
    if (!OwnerOnlyFiles::makeFolder(QFileInfo(m_file).absolutePath()) || !OwnerOnlyFiles::makeFile(m_file))
        problem = tr("The local cache %1 cannot be created").arg(QDir::toNativeSeparators(m_file));
    else
        problem = openConnection();
    if (problem.isEmpty())
        return true;
    m_lastError = problem;
    if (error)
        *error = problem;
    QSqlDatabase::removeDatabase(m_connectionName); // every handle is out of scope by now
    return false;
}

QString LocalCache::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return tr("The local cache cannot be opened: %1").arg(db.lastError().text());
    QString problem;
    {
        QSqlQuery query(db);
        // FULL: a commit survives a killed console and a power cut, so a queued command is never lost.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
            query.value(0).toString() != QLatin1String("wal") ||
            !query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            problem = tr("The local cache cannot be opened: %1").arg(query.lastError().text());
    }
    if (problem.isEmpty())
        CacheSchema::migrate(db, &problem);
    if (!problem.isEmpty())
        db.close();
    return problem;
}

bool LocalCache::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase LocalCache::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalCache::forget(QString* error)
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    bool ok = true;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString path = m_file + suffix;
        if (QFileInfo::exists(path) && !QFile::remove(path))
            ok = false;
    }
    if (!QDir(photoFolder()).removeRecursively())
        ok = false;
    QDir().rmdir(QFileInfo(m_file).absolutePath()); // only if nothing else lives there
    emit reportsChanged({});
    emit outboxChanged();
    if (!ok) {
        m_lastError = tr("Some files of the local cache could not be deleted from %1")
                          .arg(QDir::toNativeSeparators(QFileInfo(m_file).absolutePath()));
        if (error)
            *error = m_lastError;
    }
    return ok;
}

bool LocalCache::fail(const QString& message) const
{
    m_lastError = message;
    return false;
}

bool LocalCache::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    for (const QVariant& value : values) {
        // A null QString binds as SQL NULL; every text column here means "empty" by it.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

QString LocalCache::meta(const QString& key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool LocalCache::setMeta(const QString& key, const QString& value)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
}

qint64 LocalCache::cursor() const
{
    return meta(kCursor).toLongLong();
}

QString LocalCache::epoch() const
{
    return meta(kEpoch);
}

bool LocalCache::setCursor(qint64 seq, const QString& epoch)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!setMeta(kCursor, QString::number(seq)) || !setMeta(kEpoch, epoch)) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(db.lastError().text());
}

QDateTime LocalCache::lastSync() const
{
    QDateTime at;
    const QString text = meta(kLastSync);
    if (text.isEmpty() || !instantFromString(text, &at).isEmpty())
        return {};
    return at;
}

bool LocalCache::setLastSync(const QDateTime& at)
{
    return setMeta(kLastSync, instantToString(at));
}

bool LocalCache::clearReports()
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    // The cursor goes with the reports: a cursor without them would pull on top of nothing.
    const bool ok = exec(QStringLiteral("DELETE FROM reports")) &&
                    exec(QStringLiteral("DELETE FROM events")) &&
                    exec(QStringLiteral("DELETE FROM report_attachments")) &&
                    setMeta(kCursor, QStringLiteral("0")) && setMeta(kEpoch, QString());
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    emit reportsChanged({});
    return true;
}

bool LocalCache::setDirectory(const Directory& directory)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    bool ok = exec(QStringLiteral("DELETE FROM agencies")) && exec(QStringLiteral("DELETE FROM categories"));
    for (auto it = directory.agencies.cbegin(); ok && it != directory.agencies.cend(); ++it)
        ok = exec(QStringLiteral("INSERT INTO agencies (code, data) VALUES (?, ?)"),
                  {it.key(), CacheJson::text(it->toJson())});
    for (auto it = directory.categories.cbegin(); ok && it != directory.categories.cend(); ++it)
        ok = exec(QStringLiteral("INSERT INTO categories (code, data) VALUES (?, ?)"),
                  {it.key(), CacheJson::text(it->toJson())});
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(db.lastError().text());
}

Directory LocalCache::directory() const
{
    Directory directory;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("SELECT data FROM agencies ORDER BY code"));
    while (query.next()) {
        Agency agency;
        if (!Agency::fromJson(CacheJson::object(query.value(0)), &agency))
            directory.add(agency);
    }
    query.exec(QStringLiteral("SELECT data FROM categories ORDER BY code"));
    while (query.next()) {
        Category category;
        if (!Category::fromJson(CacheJson::object(query.value(0)), &category))
            directory.add(category);
    }
    return directory;
}

bool LocalCache::setUsers(const QList<User>& users)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    bool ok = exec(QStringLiteral("DELETE FROM users"));
    for (const User& user : users) {
        ok = ok && exec(QStringLiteral("INSERT OR REPLACE INTO users (username, data) VALUES (?, ?)"),
                        {user.username, CacheJson::text(user.toJson())});
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(db.lastError().text());
}

QList<User> LocalCache::users() const
{
    QList<User> all;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("SELECT data FROM users ORDER BY username"));
    while (query.next()) {
        User user;
        if (!User::fromJson(CacheJson::object(query.value(0)), &user))
            all.append(user);
    }
    return all;
}

bool LocalCache::setSessionUser(const User& user)
{
    return setMeta(kSessionUser, CacheJson::text(user.toJson()));
}

std::optional<User> LocalCache::sessionUser() const
{
    const QString text = meta(kSessionUser);
    User user;
    if (text.isEmpty() || User::fromJson(CacheJson::object(text), &user))
        return std::nullopt;
    return user;
}

bool LocalCache::setVerifier(const QByteArray& argon2idString)
{
    return setMeta(kVerifier, QString::fromLatin1(argon2idString));
}

QByteArray LocalCache::verifier() const
{
    return meta(kVerifier).toLatin1();
}

QHash<QString, int> LocalCache::notifiedReminders() const
{
    QHash<QString, int> counts;
    const QJsonObject json = CacheJson::object(meta(kNotifiedReminders));
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInt());
    return counts;
}

bool LocalCache::setNotifiedReminders(const QHash<QString, int>& counts)
{
    QJsonObject json;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return setMeta(kNotifiedReminders, CacheJson::text(json));
}

} // namespace paht
