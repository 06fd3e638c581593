#include "domain/Category.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

bool isCode(const QString& text)
{
    return !text.trimmed().isEmpty();
}

} // namespace

QJsonObject Category::toJson() const
{
    return {{u"code"_s, code},
            {u"name"_s, name},
            {u"routing"_s, QJsonArray::fromStringList(routing)},
            {u"active"_s, active}};
}

DecodeResult Category::fromJson(const QJsonObject& json, Category* out)
{
    Category value;
    JsonReader reader(json);
    reader.string("code", &value.code, JsonReader::Need::NonEmpty);
    reader.string("name", &value.name, JsonReader::Need::NonEmpty);
    reader.strings("routing", &value.routing, JsonReader::Need::Optional, isCode,
                   u"expected an agency code"_s);
    reader.boolean("active", &value.active, JsonReader::Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
