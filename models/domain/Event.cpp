#include "domain/Event.h"

#include "domain/Instant.h"
#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

bool isSnakeCase(const QString& text)
{
    if (text.isEmpty() || !text.front().isLower())
        return false;
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QJsonObject Event::toJson() const
{
    QJsonObject json{{u"reportId"_s, reportId},
                     {u"type"_s, type},
                     {u"actor"_s, actor},
                     {u"at"_s, instantToString(at)},
                     {u"reportVersion"_s, reportVersion},
                     {u"payload"_s, payload},
                     {u"isPublic"_s, isPublic}};
    if (actorRole)
        json.insert(u"actorRole"_s, roleName(*actorRole));
    if (!agencyCode.isEmpty())
        json.insert(u"agencyCode"_s, agencyCode);
    return json;
}

DecodeResult Event::fromJson(const QJsonObject& json, Event* out)
{
    Event value;
    JsonReader reader(json);
    reader.string("reportId", &value.reportId, JsonReader::Need::NonEmpty);
    reader.string("type", &value.type, JsonReader::Need::NonEmpty);
    if (reader.ok() && !isSnakeCase(value.type))
        reader.fail(u"type"_s, u"expected a snake_case name, got \"%1\""_s.arg(value.type));
    reader.string("actor", &value.actor, JsonReader::Need::NonEmpty);
    Role role = Role::IntakeOperator;
    const bool hasRole = json.contains(u"actorRole"_s) && !json.value(u"actorRole"_s).isNull();
    reader.enumeration("actorRole", &role, roleFromName, JsonReader::Need::Optional);
    reader.instant("at", &value.at);
    reader.integer("reportVersion", &value.reportVersion, 1, qint64(1) << 53);
    reader.string("agencyCode", &value.agencyCode, JsonReader::Need::Optional);
    reader.jsonObject("payload", &value.payload, JsonReader::Need::Optional);
    reader.boolean("isPublic", &value.isPublic);
    if (!reader.ok())
        return reader.result();
    if (hasRole)
        value.actorRole = role;
    *out = value;
    return std::nullopt;
}

} // namespace paht
