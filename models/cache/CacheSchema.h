#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace paht {

// The cache file's tables and their migrations, numbered by SQLite's user_version. A file written by a
// newer console is refused rather than half-understood: its reports could be misread or its outbox lost.
class CacheSchema
{
    Q_DECLARE_TR_FUNCTIONS(paht::CacheSchema)

public:
    static int currentVersion();
    static int version(const QSqlDatabase& db); // -1 when it cannot be read

    // Brings the file up to currentVersion(), one migration per transaction.
    static bool migrate(QSqlDatabase& db, QString* error);
};

} // namespace paht
