#include "open311/Open311Format.h"

#include "calendar/WorkingCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace paht::store::open311 {

namespace {

const QByteArray kJsonType = "application/json; charset=utf-8";
const QByteArray kXmlType = "text/xml; charset=utf-8";

// The element name of one item inside a wrapper element, e.g. <formats><format>…</format></formats>.
QString itemName(const QString& wrapper)
{
    if (wrapper == QLatin1String("endpoints"))
        return QStringLiteral("endpoint");
    if (wrapper == QLatin1String("formats"))
        return QStringLiteral("format");
    if (wrapper == QLatin1String("attributes"))
        return QStringLiteral("attribute");
    if (wrapper == QLatin1String("events"))
        return QStringLiteral("event");
    return QStringLiteral("item");
}

// XML 1.0 cannot carry most control characters, even escaped; a stray one in a citizen's text must
// not make the whole list unreadable.
QString xmlSafe(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
    });
    return text;
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return xmlSafe(value.toString());
    default:
        return {};
    }
}

void writeValue(QXmlStreamWriter& xml, const QString& name, const QJsonValue& value)
{
    xml.writeStartElement(name);
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            writeValue(xml, itemName(name), item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeValue(xml, it.key(), it.value());
    } else {
        xml.writeCharacters(scalarText(value));
    }
    xml.writeEndElement();
}

void writeRecord(QXmlStreamWriter& xml, const QString& name, const Record& record)
{
    xml.writeStartElement(name);
    for (const Field& field : record)
        writeValue(xml, field.name, field.value);
    xml.writeEndElement();
}

QJsonObject toJson(const Record& record)
{
    QJsonObject object;
    for (const Field& field : record)
        object.insert(field.name, field.value);
    return object;
}

template <typename WriteBody>
HttpResponse xmlResponse(int status, WriteBody writeBody)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    writeBody(xml);
    xml.writeEndDocument();
    return HttpResponse::bytes(out, kXmlType, status);
}

} // namespace

Format formatOf(const QString& extension, Format fallback)
{
    if (extension == QLatin1String("json"))
        return Format::Json;
    if (extension == QLatin1String("xml"))
        return Format::Xml;
    return fallback;
}

HttpResponse Reply::list(Format format, const QString& root, const QString& item,
                         const QList<Record>& records, int status)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const Record& record : records)
            array.append(toJson(record));
        return HttpResponse::bytes(QJsonDocument(array).toJson(QJsonDocument::Compact), kJsonType, status);
    }
    return xmlResponse(status, [&](QXmlStreamWriter& xml) {
        xml.writeStartElement(root);
        for (const Record& record : records)
            writeRecord(xml, item, record);
        xml.writeEndElement();
    });
}

HttpResponse Reply::object(Format format, const QString& root, const Record& record, int status)
{
    if (format == Format::Json)
        return HttpResponse::bytes(QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact), kJsonType,
                                   status);
    return xmlResponse(status, [&](QXmlStreamWriter& xml) { writeRecord(xml, root, record); });
}

HttpResponse Reply::error(Format format, int status, const QString& description)
{
    const Record record{{QStringLiteral("code"), status}, {QStringLiteral("description"), description}};
    return list(format, QStringLiteral("errors"), QStringLiteral("error"), {record}, status);
}

QString w3cDateTime(const QDateTime& instant)
{
    if (instant.isNull())
        return {};
    return instant.toTimeZone(WorkingCalendar::timeZone()).toString(Qt::ISODate);
}

} // namespace paht::store::open311
