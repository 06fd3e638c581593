#include "domain/NoticeRecord.h"

#include "domain/Instant.h"
#include "domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paht {

QString NoticeNumber::format(int serial, const QString& agencyCode)
{
    if (serial < 1)
        return {};
    return u"%1/TB-%2"_s.arg(serial, 2, 10, QLatin1Char('0')).arg(agencyCode);
}

QJsonObject NoticeNumber::toJson() const
{
    return {{u"agencyCode"_s, agencyCode}, {u"number"_s, number}};
}

DecodeResult NoticeNumber::fromJson(const QJsonObject& json, NoticeNumber* out)
{
    NoticeNumber value;
    JsonReader reader(json);
    reader.string("agencyCode", &value.agencyCode, JsonReader::Need::NonEmpty);
    reader.string("number", &value.number, JsonReader::Need::NonEmpty);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QString NoticeRecord::numberOf(const QString& agencyCode) const
{
    for (const NoticeNumber& number : numbers) {
        if (number.agencyCode == agencyCode)
            return number.number;
    }
    return {};
}

QString NoticeRecord::numbersText() const
{
    QStringList texts;
    for (const NoticeNumber& number : numbers)
        texts.append(number.number);
    return texts.join(u"; "_s);
}

QJsonObject NoticeRecord::toJson() const
{
    QJsonArray array;
    for (const NoticeNumber& number : numbers)
        array.append(number.toJson());
    return {{u"issuedAt"_s, instantToString(issuedAt)}, {u"numbers"_s, array}};
}

DecodeResult NoticeRecord::fromJson(const QJsonObject& json, NoticeRecord* out)
{
    NoticeRecord value;
    JsonReader reader(json);
    reader.instant("issuedAt", &value.issuedAt);
    reader.objects("numbers", &value.numbers, JsonReader::Need::Required);
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
