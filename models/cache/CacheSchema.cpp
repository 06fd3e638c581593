#include "cache/CacheSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace paht {

namespace {

// Migration i brings the file from version i to version i + 1. Append; never edit a released step.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps{
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // Report JSON as the store sent it, plus the columns queries filter and sort on, and the
            // folded text that search matches (foldForSearch).
            QStringLiteral("CREATE TABLE reports (id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
                           "state TEXT NOT NULL, category TEXT NOT NULL, received_at TEXT NOT NULL, "
                           "data TEXT NOT NULL, search TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX reports_by_state ON reports (state)"),
            QStringLiteral("CREATE TABLE events (report_id TEXT NOT NULL, position INTEGER NOT NULL, "
                           "data TEXT NOT NULL, PRIMARY KEY (report_id, position))"),
            QStringLiteral("CREATE TABLE report_attachments (report_id TEXT NOT NULL, sha256 TEXT NOT NULL, "
                           "PRIMARY KEY (report_id, sha256))"),
            QStringLiteral("CREATE INDEX report_attachments_by_sha ON report_attachments (sha256)"),
            QStringLiteral("CREATE TABLE agencies (code TEXT PRIMARY KEY, data TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE categories (code TEXT PRIMARY KEY, data TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users (username TEXT PRIMARY KEY, data TEXT NOT NULL)"),
            // position keeps the order commands were queued in: the store must see them in that order.
            QStringLiteral("CREATE TABLE outbox (position INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "command_id TEXT NOT NULL UNIQUE, command TEXT NOT NULL, state TEXT NOT NULL, "
                           "queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, answer TEXT, "
                           "dismissed INTEGER NOT NULL DEFAULT 0)"),
            // last_used is a use counter, not a time: LRU order needs no clock.
            QStringLiteral("CREATE TABLE photos (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                           "last_used INTEGER NOT NULL)"),
        },
        {
            // The specialist's result until it is submitted (ResultDrafts); its files live in the photo
            // cache, which keeps them while a draft or an upload needs them.
            QStringLiteral("CREATE TABLE result_drafts (report_id TEXT PRIMARY KEY, text TEXT NOT NULL, "
                           "saved_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE draft_attachments (report_id TEXT NOT NULL, position INTEGER NOT NULL, "
                "sha256 TEXT NOT NULL, file_name TEXT NOT NULL, content_type TEXT NOT NULL, "
                "size INTEGER NOT NULL, local INTEGER NOT NULL, PRIMARY KEY (report_id, position))"),
            QStringLiteral("CREATE INDEX draft_attachments_by_sha ON draft_attachments (sha256)"),
            // Files a queued command references that the store has not received yet
            // (LocalCache::pendingUploads).
            QStringLiteral(
                "CREATE TABLE attachment_uploads (sha256 TEXT PRIMARY KEY, position INTEGER NOT NULL)"),
        },
    };
    return steps;
}

} // namespace

int CacheSchema::currentVersion()
{
    return static_cast<int>(migrations().size());
}

int CacheSchema::version(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool CacheSchema::migrate(QSqlDatabase& db, QString* error)
{
    const int found = version(db);
    if (found < 0) {
        *error = tr("The local cache cannot be read: %1").arg(db.lastError().text());
        return false;
    }
    if (found > currentVersion()) {
        *error = tr("The local cache was written by a newer version of the console (cache format %1; this "
                    "version reads up to %2). Update the console, or forget this workstation to start a new "
                    "cache.")
                     .arg(found)
                     .arg(currentVersion());
        return false;
    }
    for (int step = found; step < currentVersion(); ++step) {
        if (!db.transaction()) {
            *error = tr("The local cache cannot be updated: %1").arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        QStringList statements = migrations().at(step);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
        for (const QString& sql : statements) {
            if (!query.exec(sql)) {
                *error = tr("The local cache cannot be updated: %1").arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = tr("The local cache cannot be updated: %1").arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace paht
