#pragma once

#include "http/ApiError.h"
#include "http/HttpMessage.h"

#include <QHash>
#include <QString>
#include <variant>

namespace paht::store::open311 {

// The named fields of a POST as the spec sends them (application/x-www-form-urlencoded), or the same
// fields as a JSON object for clients that prefer it; query parameters fill in what the body lacks
// (api_key is often sent there). Values are trimmed text; JSON numbers and lists become their text.
class Open311Input
{
public:
    static std::variant<Open311Input, ApiError> fromRequest(const HttpRequest& request);

    QString value(const QString& name) const { return m_values.value(name); }
    bool has(const QString& name) const { return !m_values.value(name).isEmpty(); }

private:
    static std::variant<QHash<QString, QString>, ApiError> parseForm(const QByteArray& body);
    static std::variant<QHash<QString, QString>, ApiError> parseJson(const QByteArray& body);
    QHash<QString, QString> m_values;
};

} // namespace paht::store::open311
