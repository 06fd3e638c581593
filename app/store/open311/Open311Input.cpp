#include "open311/Open311Input.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace paht::store::open311 {

namespace {

ApiError malformed(const QString& what)
{
    return ApiError::badRequest(QStringLiteral("invalid_body"), what);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Strict, unlike QUrlQuery: a broken escape or invalid UTF-8 is refused rather than guessed at, so a
// garbled description never reaches the operator as if the citizen wrote it.
std::optional<QString> decodeFormPart(QByteArray part)
{
    part.replace('+', ' ');
    for (qsizetype i = part.indexOf('%'); i >= 0; i = part.indexOf('%', i + 1)) {
        if (i + 2 >= part.size() || !isHex(part.at(i + 1)) || !isHex(part.at(i + 2)))
            return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(QByteArray::fromPercentEncoding(part));
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QString();
    case QJsonValue::Array: {
        // attachments may come as a JSON list rather than the form's comma-separated text
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return std::nullopt;
            items.append(item.toString());
        }
        return items.join(QLatin1Char(','));
    }
    default:
        return std::nullopt;
    }
}

} // namespace

std::variant<QHash<QString, QString>, ApiError> Open311Input::parseForm(const QByteArray& body)
{
    QHash<QString, QString> values;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto name = decodeFormPart(equals < 0 ? pair : pair.left(equals));
        const auto value = decodeFormPart(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name || !value)
            return malformed(
                QStringLiteral("The form body is malformed: a broken %-escape or text that is not "
                               "UTF-8 near \"%1\"")
                    .arg(QString::fromLatin1(pair.left(40))));
        if (!values.contains(*name)) // the first occurrence wins, as with most form readers
            values.insert(*name, value->trimmed());
    }
    return values;
}

std::variant<QHash<QString, QString>, ApiError> Open311Input::parseJson(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("The body is not valid JSON: %1 at offset %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!document.isObject())
        return malformed(QStringLiteral("The JSON body must be an object of fields"));
    QHash<QString, QString> values;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto text = jsonText(it.value());
        if (!text)
            return ApiError::badRequest(
                QStringLiteral("invalid_body"),
                QStringLiteral("%1: expected text, a number or a list of text").arg(it.key()), it.key());
        values.insert(it.key(), text->trimmed());
    }
    return values;
}

std::variant<Open311Input, ApiError> Open311Input::fromRequest(const HttpRequest& request)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    std::variant<QHash<QString, QString>, ApiError> parsed;
    if (type == "application/json")
        parsed = parseJson(request.body);
    else if (type.isEmpty() || type == "application/x-www-form-urlencoded")
        parsed = parseForm(request.body);
    else
        return ApiError{
            415,
            QStringLiteral("unsupported_media_type"),
            QStringLiteral("Send the fields as application/x-www-form-urlencoded or application/json "
                           "(got %1); photos go to /open311/v2/media first")
                .arg(QString::fromLatin1(type)),
            {}};
    if (const auto* error = std::get_if<ApiError>(&parsed))
        return *error;
    Open311Input input;
    input.m_values = std::get<QHash<QString, QString>>(parsed);
    for (const auto& item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!input.m_values.contains(item.first))
            input.m_values.insert(item.first, item.second.trimmed());
    }
    return input;
}

} // namespace paht::store::open311
