#include "domain/Instant.h"

using namespace Qt::StringLiterals;

namespace paht {

QString instantToString(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    // Always with milliseconds: fixed width, so stored instants sort as text too.
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QString instantFromString(const QString& text, QDateTime* out)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return u"not an ISO-8601 instant: \"%1\""_s.arg(text);
    if (parsed.timeSpec() == Qt::LocalTime)
        return u"instant \"%1\" has no time zone (expected Z or an offset)"_s.arg(text);
    *out = parsed.toUTC();
    return {};
}

void insertInstant(QJsonObject& json, const QString& key, const QDateTime& instant)
{
    if (instant.isValid())
        json.insert(key, instantToString(instant));
}

} // namespace paht
