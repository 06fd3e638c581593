#include "storage/SqliteDatabase.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace paht::store {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("paht-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqliteDatabase::SqliteDatabase(QString file) : Database(nextConnectionName()), m_file(std::move(file)) {}

bool SqliteDatabase::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // The file holds reporters' personal data: readable by the service account alone.
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (!exec(QString::fromLatin1(pragma), error))
            return false;
    }
    return exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                error) &&
           exec(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '0')"),
                error);
}

bool SqliteDatabase::beginWrite()
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SqliteDatabase::backupTo(const QString& file, QString* error)
{
    if (QFile::exists(file)) {
        *error = QStringLiteral("%1 exists already").arg(file);
        return false;
    }
    // VACUUM INTO reads one consistent snapshot while the store keeps serving.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(file);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QStringList SqliteDatabase::migrationStatements(int version) const
{
    if (version == 3) {
        // keys for agencies' own software besides the citizen app's.
        return {QStringLiteral("ALTER TABLE api_keys ADD COLUMN kind TEXT NOT NULL DEFAULT 'citizen_app'"),
                QStringLiteral("ALTER TABLE api_keys ADD COLUMN agency_code TEXT NOT NULL DEFAULT ''")};
    }
    if (version == 2) {
        // the Appendix II notices, numbered per agency and year.
        return {
            QStringLiteral("CREATE TABLE notice_serials (agency_code TEXT NOT NULL, year INTEGER NOT NULL, "
                           "last INTEGER NOT NULL, PRIMARY KEY (agency_code, year))")};
    }
    if (version != 1)
        return {};
    return {
        QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('seq', '0')"),
        QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('epoch', lower(hex(randomblob(8))))"),
        QStringLiteral("CREATE TABLE users (username TEXT PRIMARY KEY, data TEXT NOT NULL, "
                       "password_hash TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE api_keys (key_hash TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "created_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE agencies (code TEXT PRIMARY KEY, data TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE categories (code TEXT PRIMARY KEY, data TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE report_serials (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE reports (id TEXT PRIMARY KEY, version INTEGER NOT NULL, state TEXT NOT NULL, "
            "confidentiality TEXT NOT NULL, received_at TEXT NOT NULL, seq INTEGER NOT NULL, "
            "citizen_token TEXT, data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX reports_by_seq ON reports (seq)"),
        QStringLiteral("CREATE INDEX reports_by_received ON reports (received_at)"),
        QStringLiteral("CREATE TABLE report_agencies (report_id TEXT NOT NULL, agency_code TEXT NOT NULL, "
                       "PRIMARY KEY (report_id, agency_code))"),
        QStringLiteral("CREATE INDEX report_agencies_by_agency ON report_agencies (agency_code)"),
        QStringLiteral("CREATE TABLE report_attachments (sha256 TEXT NOT NULL, report_id TEXT NOT NULL, "
                       "PRIMARY KEY (sha256, report_id))"),
        QStringLiteral("CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                       "content_type TEXT NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL, "
                       "content BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE commands (command_id TEXT PRIMARY KEY, actor TEXT NOT NULL, "
                       "request_digest TEXT NOT NULL, answer TEXT NOT NULL, at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, report_id TEXT NOT NULL, "
            "type TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, report_version INTEGER NOT NULL, "
            "data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX events_by_report ON events (report_id, id)"),
        // the audit trail is append-only; the hash chain shows tampering that bypasses this.
        QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

} // namespace paht::store
