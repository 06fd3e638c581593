#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paht {

// Instants travel as ISO-8601 UTC strings with milliseconds ("2026-03-06T09:00:00.000Z"), the same
// form as StageTiming's.
QString instantToString(const QDateTime& instant);

// Empty on success, else the reason. A string without "Z" or an offset is refused: it would be read
// in whatever zone the reading machine happens to be in.
QString instantFromString(const QString& text, QDateTime* out);

// Writes the instant under key, or nothing when it is null (optional instants are simply absent).
void insertInstant(QJsonObject& json, const QString& key, const QDateTime& instant);

} // namespace paht
