#pragma once

#include "calendar/WorkingHours.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Tests write instants as Vietnamese wall-clock time, "yyyy-MM-dd HH:mm" (UTC+7), so that the tables read
// like the rules they check.
namespace paht::test {

inline QDateTime vn(const QString& text)
{
    const QString format =
        text.size() > 16 ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    QDateTime local = QDateTime::fromString(text, format);
    local.setTimeZone(WorkingHours::timeZone());
    return local;
}

inline QString vnText(const QDateTime& instant)
{
    if (!instant.isValid())
        return QStringLiteral("(invalid)");
    const QDateTime local = instant.toTimeZone(WorkingHours::timeZone());
    const bool wholeMinute = local.time().second() == 0 && local.time().msec() == 0;
    return local.toString(wholeMinute ? QStringLiteral("yyyy-MM-dd HH:mm")
                                      : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

inline QDate day(const char* isoDate)
{
    return QDate::fromString(QLatin1String(isoDate), Qt::ISODate);
}

} // namespace paht::test
