#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paht::store {

namespace {
constexpr int kLatestSchemaVersion = 3;
}

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName)) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return kLatestSchemaVersion;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::exec(const QString& sql, QString* error) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.left(120));
    return false;
}

bool Database::migrate(QString* error)
{
    const int current = schemaVersion();
    if (current > kLatestSchemaVersion) {
        *error = QStringLiteral("this data directory has schema version %1, newer than this program (%2): "
                                "use a newer paht-store")
                     .arg(current)
                     .arg(kLatestSchemaVersion);
        return false;
    }
    for (int version = current + 1; version <= kLatestSchemaVersion; ++version) {
        WriteTransaction transaction(*this);
        if (!transaction.isOpen()) {
            *error = connection().lastError().text();
            return false;
        }
        for (const QString& statement : migrationStatements(version)) {
            if (!exec(statement, error))
                return false;
        }
        const QString stamp = QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'");
        if (!exec(stamp.arg(version), error) || !transaction.commit()) {
            if (error->isEmpty())
                *error = connection().lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::commit()
{
    return connection().commit();
}

void Database::rollback()
{
    connection().rollback();
}

} // namespace paht::store
