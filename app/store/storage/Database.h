#pragma once

#include <QSqlDatabase>
#include <QString>

namespace paht::store {

// A connection to the store's database and what differs between engines: how it opens, how a writing
// transaction starts, its schema DDL, and how it copies itself. SQLite is the embedded default;
// PostgreSQL implements the same interface for larger deployments. Queries above this layer are
// plain SQL that both engines accept.
class Database
{
public:
    virtual ~Database();

    virtual bool open(QString* error) = 0;
    virtual QString engine() const = 0;
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }

    // Brings the schema to the version this program knows; refuses a database that is newer.
    bool migrate(QString* error);
    int schemaVersion() const;
    static int latestSchemaVersion();

    // A writing transaction. SQLite takes the write lock at BEGIN so that two writers cannot deadlock.
    virtual bool beginWrite() = 0;
    bool commit();
    void rollback();

    virtual bool backupTo(const QString& file, QString* error) = 0;

protected:
    explicit Database(QString connectionName);
    // The DDL that takes the schema from version-1 to version, in this engine's dialect.
    virtual QStringList migrationStatements(int version) const = 0;
    bool exec(const QString& sql, QString* error) const;

    QString m_connectionName;
};

// Runs a writing transaction for the scope; rolls back unless commit() was called.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& db) : m_db(db), m_open(db.beginWrite()) {}
    ~WriteTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    Database& m_db;
    bool m_open;
};

} // namespace paht::store
