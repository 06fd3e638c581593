#include "storage/DataDirectory.h"

#include "storage/SqliteDatabase.h"

#include <QDir>
#include <QFile>

namespace paht::store {

QString DataDirectory::databaseFile() const
{
    return QDir(m_path).filePath(QStringLiteral("store.sqlite"));
}

bool DataDirectory::initialise(QString* error)
{
    QDir dir(m_path);
    if (dir.exists() && QFile::exists(databaseFile())) {
        *error = QStringLiteral("%1 holds a store already").arg(m_path);
        return false;
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(m_path);
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto database = std::make_unique<SqliteDatabase>(databaseFile());
    if (!database->open(error) || !database->migrate(error))
        return false;
    m_database = std::move(database);
    return true;
}

bool DataDirectory::open(QString* error)
{
    if (!QFile::exists(databaseFile())) {
        *error =
            QStringLiteral("%1 is not a store data directory (run 'paht-store init --data %1')").arg(m_path);
        return false;
    }
    auto database = std::make_unique<SqliteDatabase>(databaseFile());
    if (!database->open(error) || !database->migrate(error))
        return false;
    m_database = std::move(database);
    return true;
}

} // namespace paht::store
