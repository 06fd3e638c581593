#include "storage/ChangeCounter.h"

#include "auth/PasswordHash.h"

#include <QSqlQuery>
#include <QVariant>

namespace paht::store {

qint64 ChangeCounter::current() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'seq'")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 ChangeCounter::bump()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                                   "WHERE key = 'seq'")))
        return 0;
    return current();
}

QString ChangeCounter::epoch() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'")) || !query.next())
        return {};
    return query.value(0).toString();
}

bool ChangeCounter::renewEpoch()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'epoch'"));
    query.addBindValue(SecretToken::generate(8));
    return query.exec();
}

} // namespace paht::store
