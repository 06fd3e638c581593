#pragma once

#include <QSqlDatabase>
#include <QString>

namespace paht::store {

// The register of outgoing notices: one counter per agency and year, as each agency numbers its
// documents from 1 every January.
class NoticeSerials
{
public:
    explicit NoticeSerials(QSqlDatabase db) : m_db(std::move(db)) {}

    // The next serial of that agency's notices in that year, taken inside the caller's transaction; 0 on
    // failure.
    qint64 next(const QString& agencyCode, int year);

private:
    QSqlDatabase m_db;
};

} // namespace paht::store
