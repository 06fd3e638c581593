#pragma once

#include <QSqlDatabase>
#include <QString>

namespace paht::store {

// The sync cursor. Bumped inside the writing transaction (never a database sequence, whose values can
// commit out of order and make a reader skip rows). The epoch names this database's history: a restored
// backup gets a new one, and clients holding cursors of the old history re-bootstrap.
class ChangeCounter
{
public:
    explicit ChangeCounter(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 current() const;
    qint64 bump(); // 0 on failure
    QString epoch() const;
    bool renewEpoch();

private:
    QSqlDatabase m_db;
};

} // namespace paht::store
