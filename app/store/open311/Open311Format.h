#pragma once

#include "http/ApiError.h"
#include "http/HttpMessage.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace paht::store::open311 {

// GeoReport v2 picks the format by the path's extension; XML is the spec's default.
enum class Format
{
    Xml,
    Json
};
Format formatOf(const QString& extension, Format fallback = Format::Xml);

// One element of a response, in the order the spec lists the fields (XML keeps that order).
struct Field
{
    QString name;
    QJsonValue value; // arrays become a wrapper element holding one child per item
};
using Record = QList<Field>;

// Writes records as the spec's JSON (arrays of objects) or XML (root element, one child per record),
// and errors as its error list, so every endpoint answers alike.
class Reply
{
public:
    static HttpResponse list(Format format, const QString& root, const QString& item,
                             const QList<Record>& records, int status = 200);
    static HttpResponse object(Format format, const QString& root, const Record& record, int status = 200);
    // [{"code": 400, "description": "..."}] or <errors><error>...</error></errors>, with that HTTP status.
    static HttpResponse error(Format format, int status, const QString& description);
    static HttpResponse error(Format format, const ApiError& error)
    {
        return Reply::error(format, error.status, error.message);
    }
};

// W3C datetime in the province's time zone (UTC+7), e.g. "2026-03-09T09:00:00+07:00"; empty for null.
QString w3cDateTime(const QDateTime& instant);

} // namespace paht::store::open311
