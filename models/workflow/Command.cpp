#include "workflow/Command.h"

#include "domain/JsonReader.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace paht {

QJsonObject Command::toJson() const
{
    return {{u"commandId"_s, commandId},
            {u"type"_s, type},
            {u"reportId"_s, reportId},
            {u"expectedVersion"_s, expectedVersion},
            {u"payload"_s, payload}};
}

DecodeResult Command::fromJson(const QJsonObject& json, Command* out)
{
    Command value;
    JsonReader reader(json);
    reader.string("commandId", &value.commandId, JsonReader::Need::NonEmpty);
    if (reader.ok() && QUuid::fromString(value.commandId).isNull())
        reader.fail(u"commandId"_s, u"expected a UUID, got \"%1\""_s.arg(value.commandId));
    reader.string("type", &value.type, JsonReader::Need::NonEmpty);
    // A new report has no number until the store gives it one.
    const bool creates = value.type == QLatin1String("submit");
    reader.string("reportId", &value.reportId,
                  creates ? JsonReader::Need::Optional : JsonReader::Need::NonEmpty);
    reader.integer("expectedVersion", &value.expectedVersion, 0, qint64(1) << 53);
    reader.jsonObject("payload", &value.payload, JsonReader::Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
