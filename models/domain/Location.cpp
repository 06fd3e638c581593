#include "domain/Location.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace paht {

QJsonObject Location::toJson() const
{
    return {{u"latitude"_s, latitude},
            {u"longitude"_s, longitude},
            {u"address"_s, address},
            {u"communeCode"_s, communeCode}};
}

DecodeResult Location::fromJson(const QJsonObject& json, Location* out)
{
    Location value;
    JsonReader reader(json);
    reader.number("latitude", &value.latitude, -90, 90);
    reader.number("longitude", &value.longitude, -180, 180);
    reader.string("address", &value.address, JsonReader::Need::Optional);
    reader.string("communeCode", &value.communeCode, JsonReader::Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
