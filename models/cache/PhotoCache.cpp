#include "cache/PhotoCache.h"

#include "cache/LocalCache.h"
#include "cache/OwnerOnlyFiles.h"
#include "domain/AttachmentHash.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace paht {

namespace {

QString hashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Files a result draft holds or a queued command still has to upload exist nowhere else: never evicted.
const QString kNotPinned = QStringLiteral("sha256 NOT IN (SELECT sha256 FROM draft_attachments) AND "
                                          "sha256 NOT IN (SELECT sha256 FROM attachment_uploads)");

} // namespace

PhotoCache::PhotoCache(LocalCache& cache, qint64 capBytes) : m_cache(cache), m_capBytes(capBytes)
{
    reconcile();
}

void PhotoCache::reconcile()
{
    if (!m_cache.isOpen())
        return; // without the index every file would look stray
    QSet<QString> indexed;
    QSqlQuery query(m_cache.connection());
    query.exec(QStringLiteral("SELECT sha256 FROM photos"));
    while (query.next())
        indexed.insert(query.value(0).toString());
    const QDir folder(m_cache.photoFolder());
    // A file without a row was written by a console killed before indexing it; a row without a file
    // lost its file to someone's cleanup. Either way the two must agree for the cap to hold.
    for (const QString& name : folder.entryList(QDir::Files)) {
        if (!indexed.remove(name))
            QFile::remove(folder.filePath(name));
    }
    for (const QString& sha : std::as_const(indexed)) {
        query.prepare(QStringLiteral("DELETE FROM photos WHERE sha256 = ?"));
        query.addBindValue(sha);
        query.exec();
    }
}

void PhotoCache::setCapBytes(qint64 capBytes)
{
    m_capBytes = capBytes;
    evictBeyond(m_capBytes, {});
}

qint64 PhotoCache::usedBytes() const
{
    QSqlQuery query(m_cache.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM photos")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

bool PhotoCache::contains(const QString& sha256) const
{
    QSqlQuery query(m_cache.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM photos WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next() && QFile::exists(filePath(sha256));
}

QString PhotoCache::filePath(const QString& sha256) const
{
    return QDir(m_cache.photoFolder()).filePath(sha256);
}

qint64 PhotoCache::nextUse() const
{
    QSqlQuery query(m_cache.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(MAX(last_used), 0) + 1 FROM photos")) && query.next()
               ? query.value(0).toLongLong()
               : 1;
}

QByteArray PhotoCache::read(const QString& sha256)
{
    if (!isAttachmentHash(sha256) || !contains(sha256))
        return {};
    QFile file(filePath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (hashOf(bytes) != sha256) {
        remove(sha256);
        return {};
    }
    QSqlQuery query(m_cache.connection());
    query.prepare(QStringLiteral("UPDATE photos SET last_used = ? WHERE sha256 = ?"));
    query.addBindValue(nextUse());
    query.addBindValue(sha256);
    query.exec();
    return bytes;
}

bool PhotoCache::put(const QString& sha256, const QByteArray& bytes, QString* error)
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isAttachmentHash(sha256))
        return refuse(tr("\"%1\" is not the name of a photo").arg(sha256));
    if (hashOf(bytes) != sha256)
        return refuse(
            tr("The photo %1 arrived damaged (its content does not match its name) and was not kept")
                .arg(sha256.left(12)));
    if (bytes.size() > m_capBytes)
        return refuse(tr("The photo %1 is larger than the whole photo cache").arg(sha256.left(12)));
    if (!OwnerOnlyFiles::makeFolder(m_cache.photoFolder()) ||
        !OwnerOnlyFiles::writeFile(filePath(sha256), bytes))
        return refuse(tr("The photo %1 cannot be written to %2")
                          .arg(sha256.left(12), QDir::toNativeSeparators(m_cache.photoFolder())));
    QSqlQuery query(m_cache.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO photos (sha256, size, last_used) VALUES (?, ?, ?)"));
    query.addBindValue(sha256);
    query.addBindValue(bytes.size());
    query.addBindValue(nextUse());
    if (!query.exec()) {
        QFile::remove(filePath(sha256));
        return refuse(tr("The photo %1 cannot be indexed").arg(sha256.left(12)));
    }
    return evictBeyond(m_capBytes, sha256);
}

bool PhotoCache::evictBeyond(qint64 capBytes, const QString& keep)
{
    qint64 used = usedBytes();
    QSqlQuery query(m_cache.connection());
    // A null QString binds as NULL, and "sha256 <> NULL" matches nothing: bind an empty text instead.
    query.prepare(
        QStringLiteral("SELECT sha256, size FROM photos WHERE sha256 <> ? AND %1 ORDER BY last_used")
            .arg(kNotPinned));
    query.addBindValue(keep.isNull() ? QStringLiteral("") : keep);
    if (!query.exec())
        return false;
    QStringList victims;
    while (used > capBytes && query.next()) {
        victims.append(query.value(0).toString());
        used -= query.value(1).toLongLong();
    }
    query.finish();
    bool ok = true;
    for (const QString& sha : std::as_const(victims))
        ok = remove(sha) && ok;
    return ok;
}

bool PhotoCache::remove(const QString& sha256)
{
    if (!isAttachmentHash(sha256))
        return false;
    QSqlQuery query(m_cache.connection());
    query.prepare(QStringLiteral("DELETE FROM photos WHERE sha256 = ?"));
    query.addBindValue(sha256);
    const bool indexed = query.exec();
    const QString path = filePath(sha256);
    return indexed && (!QFile::exists(path) || QFile::remove(path));
}

int PhotoCache::prune()
{
    QSqlQuery query(m_cache.connection());
    query.exec(
        QStringLiteral(
            "SELECT sha256 FROM photos WHERE sha256 NOT IN (SELECT sha256 FROM report_attachments) AND %1")
            .arg(kNotPinned));
    QStringList orphans;
    while (query.next())
        orphans.append(query.value(0).toString());
    query.finish();
    int removed = 0;
    for (const QString& sha : std::as_const(orphans))
        removed += remove(sha) ? 1 : 0;
    return removed;
}

} // namespace paht
