#pragma once

#include "storage/Database.h"

#include <memory>

namespace paht::store {

// The store's data directory: where the database lives, created readable by the service account only.
class DataDirectory
{
public:
    explicit DataDirectory(QString path) : m_path(std::move(path)) {}

    // Creates the directory and a fresh database at the latest schema; refuses a non-empty directory.
    bool initialise(QString* error);
    // Opens an initialised directory and migrates it; refuses one written by a newer program.
    bool open(QString* error);

    Database& database() { return *m_database; }
    QString path() const { return m_path; }
    QString databaseFile() const;

private:
    QString m_path;
    std::unique_ptr<Database> m_database;
};

} // namespace paht::store
