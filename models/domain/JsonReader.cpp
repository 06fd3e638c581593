#include "domain/JsonReader.h"

#include "domain/Instant.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString expected(const char* what, const QJsonValue& got)
{
    return u"expected %1, got %2"_s.arg(QLatin1String(what), typeName(got));
}

} // namespace

void JsonReader::fail(const QString& field, const QString& reason)
{
    if (!m_error)
        m_error = DecodeError{field, reason};
}

void JsonReader::fail(const DecodeError& error)
{
    if (!m_error)
        m_error = error;
}

bool JsonReader::fetch(const char* key, QJsonValue* out, Need need)
{
    if (!ok())
        return false;
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || (value.isNull() && need == Need::Optional)) {
        if (need != Need::Optional)
            fail(QString::fromLatin1(key), u"missing"_s);
        return false;
    }
    *out = value;
    return true;
}

bool JsonReader::readObject(const char* key, QJsonObject* out, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return false;
    if (!value.isObject()) {
        fail(QString::fromLatin1(key), expected("an object", value));
        return false;
    }
    *out = value.toObject();
    return true;
}

bool JsonReader::readArray(const char* key, QJsonArray* out, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return false;
    if (!value.isArray()) {
        fail(QString::fromLatin1(key), expected("an array", value));
        return false;
    }
    *out = value.toArray();
    return true;
}

bool JsonReader::readName(const char* key, QString* out, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return false;
    if (!value.isString()) {
        fail(QString::fromLatin1(key), expected("a string", value));
        return false;
    }
    *out = value.toString();
    return true;
}

void JsonReader::string(const char* key, QString* out, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return;
    if (!value.isString()) {
        fail(QString::fromLatin1(key), expected("a string", value));
        return;
    }
    const QString text = value.toString();
    if (need == Need::NonEmpty && text.trimmed().isEmpty()) {
        fail(QString::fromLatin1(key), u"must not be empty"_s);
        return;
    }
    *out = text;
}

void JsonReader::boolean(const char* key, bool* out, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return;
    if (!value.isBool()) {
        fail(QString::fromLatin1(key), expected("a boolean", value));
        return;
    }
    *out = value.toBool();
}

void JsonReader::integer(const char* key, qint64* out, qint64 min, qint64 max, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return;
    if (!value.isDouble()) {
        fail(QString::fromLatin1(key), expected("a number", value));
        return;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        fail(QString::fromLatin1(key), u"must be a whole number, got %1"_s.arg(number));
        return;
    }
    if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
        fail(QString::fromLatin1(key), u"must be between %1 and %2, got %3"_s.arg(min).arg(max).arg(number));
        return;
    }
    *out = static_cast<qint64>(number);
}

void JsonReader::integer(const char* key, int* out, int min, int max, Need need)
{
    qint64 wide = *out;
    const bool wasOk = ok();
    integer(key, &wide, min, max, need);
    if (wasOk && ok())
        *out = static_cast<int>(wide);
}

void JsonReader::number(const char* key, double* out, double min, double max, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return;
    if (!value.isDouble()) {
        fail(QString::fromLatin1(key), expected("a number", value));
        return;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < min || number > max) {
        fail(QString::fromLatin1(key), u"must be between %1 and %2, got %3"_s.arg(min).arg(max).arg(number));
        return;
    }
    *out = number;
}

void JsonReader::instant(const char* key, QDateTime* out, Need need)
{
    QJsonValue value;
    if (!fetch(key, &value, need))
        return;
    if (!value.isString()) {
        fail(QString::fromLatin1(key), expected("an ISO-8601 instant string", value));
        return;
    }
    const QString reason = instantFromString(value.toString(), out);
    if (!reason.isEmpty())
        fail(QString::fromLatin1(key), reason);
}

void JsonReader::jsonObject(const char* key, QJsonObject* out, Need need)
{
    readObject(key, out, need);
}

namespace {

// StageTiming (calendar/) reports "<field>: <reason>"; turn that into the shared shape.
DecodeResult decodeStageTiming(const QJsonObject& json, StageTiming* out)
{
    const QString problem = StageTiming::fromJson(json, out);
    if (problem.isEmpty())
        return std::nullopt;
    const qsizetype colon = problem.indexOf(u": "_s);
    if (colon < 0)
        return DecodeError{QString(), problem};
    return DecodeError{problem.left(colon), problem.mid(colon + 2)};
}

} // namespace

void JsonReader::stageTiming(const char* key, StageTiming* out, Need need)
{
    QJsonObject inner;
    if (!readObject(key, &inner, need))
        return;
    if (const DecodeResult error = decodeStageTiming(inner, out))
        fail(error->under(QString::fromLatin1(key)));
}

void JsonReader::stageTiming(const char* key, std::optional<StageTiming>* out)
{
    QJsonObject inner;
    if (!readObject(key, &inner, Need::Optional))
        return;
    StageTiming timing;
    if (const DecodeResult error = decodeStageTiming(inner, &timing))
        fail(error->under(QString::fromLatin1(key)));
    else
        *out = timing;
}

void JsonReader::strings(const char* key, QStringList* out, Need need, bool (*valid)(const QString&),
                         const QString& reason)
{
    QJsonArray array;
    if (!readArray(key, &array, need))
        return;
    QStringList items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"%1[%2]"_s.arg(QLatin1String(key)).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            fail(path, expected("a string", item));
            return;
        }
        if (valid && !valid(item.toString())) {
            fail(path, reason.isEmpty() ? u"invalid value \"%1\""_s.arg(item.toString())
                                        : u"%1, got \"%2\""_s.arg(reason, item.toString()));
            return;
        }
        items << item.toString();
    }
    *out = items;
}

} // namespace paht
