#pragma once

#include "storage/Database.h"

namespace paht::store {

// The embedded default: one SQLite file in WAL mode, so readers never block the writer.
class SqliteDatabase final : public Database
{
public:
    explicit SqliteDatabase(QString file);

    bool open(QString* error) override;
    QString engine() const override { return QStringLiteral("sqlite"); }
    bool beginWrite() override;
    bool backupTo(const QString& file, QString* error) override;

protected:
    QStringList migrationStatements(int version) const override;

private:
    QString m_file;
};

} // namespace paht::store
