#include "storage/NoticeSerials.h"

#include <QSqlQuery>
#include <QVariant>

namespace paht::store {

qint64 NoticeSerials::next(const QString& agencyCode, int year)
{
    QSqlQuery bump(m_db);
    bump.prepare(
        QStringLiteral("INSERT INTO notice_serials (agency_code, year, last) VALUES (?, ?, 1) "
                       "ON CONFLICT (agency_code, year) DO UPDATE SET last = notice_serials.last + 1"));
    bump.addBindValue(agencyCode);
    bump.addBindValue(year);
    if (!bump.exec())
        return 0;
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT last FROM notice_serials WHERE agency_code = ? AND year = ?"));
    read.addBindValue(agencyCode);
    read.addBindValue(year);
    return read.exec() && read.next() ? read.value(0).toLongLong() : 0;
}

} // namespace paht::store
