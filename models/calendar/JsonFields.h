#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Small decoding helpers shared by the calendar's JSON codecs, so that every error reads the same way:
// "<field path>: <reason>".
namespace paht::json {

inline QString error(const QString& field, const QString& reason)
{
    return field + QLatin1String(": ") + reason;
}

inline QString path(const QString& parent, const QString& field)
{
    return parent.isEmpty() ? field : parent + QLatin1Char('.') + field;
}

inline QString indexed(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// The first key of `object` that is not in `allowed`, or an empty string. Tables are edited by hand, so a
// misspelt key must be an error rather than a silently ignored line.
inline QString unknownKey(const QJsonObject& object, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

inline QString dateToJson(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// A local calendar date written "yyyy-MM-dd". Returns an empty string or the reason.
inline QString readDate(const QJsonValue& value, QDate* out)
{
    if (!value.isString())
        return QStringLiteral("expected a date string \"yyyy-MM-dd\"");
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return QStringLiteral("not a valid date \"yyyy-MM-dd\": \"%1\"").arg(text);
    *out = date;
    return {};
}

// An optional string field: absent is fine, another type is not.
inline QString readOptionalString(const QJsonObject& object, const QString& key, QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        return error(key, QStringLiteral("expected a string"));
    *out = value.toString();
    return {};
}

} // namespace paht::json
