#include "calendar/StageTiming.h"

#include "calendar/JsonFields.h"
#include "domain/EnumNames.h"

namespace paht {

namespace {

const std::array<EnumName<SlaStage>, 7> kStageNames{{
    {SlaStage::Intake, "intake"},
    {SlaStage::Acceptance, "acceptance"},
    {SlaStage::Return, "return"},
    {SlaStage::Processing, "processing"},
    {SlaStage::Approval, "approval"},
    {SlaStage::Publication, "publication"},
    {SlaStage::CitizenClarification, "citizen_clarification"},
}};

const std::array<EnumName<StageStatus>, 6> kStatusNames{{
    {StageStatus::OnTrack, "on_track"},
    {StageStatus::DueSoon, "due_soon"},
    {StageStatus::Overdue, "overdue"},
    {StageStatus::Paused, "paused"},
    {StageStatus::Met, "met"},
    {StageStatus::Missed, "missed"},
}};

QString instantToJson(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

// An optional instant: absent or null leaves `out` null. It must carry its offset ("Z" or "+07:00"):
// a bare local time would mean something else on every machine.
QString readInstant(const QJsonObject& object, const QString& key, QDateTime* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        return json::error(key, QStringLiteral("expected an ISO-8601 date-time string"));
    const QString text = value.toString();
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid())
        return json::error(key, QStringLiteral("not an ISO-8601 date-time: \"%1\"").arg(text));
    if (instant.timeSpec() == Qt::LocalTime)
        return json::error(
            key, QStringLiteral("the time zone is missing (add \"Z\" or \"+07:00\"): \"%1\"").arg(text));
    *out = instant.toUTC();
    return {};
}

} // namespace

QString slaStageName(SlaStage stage)
{
    return enumToName(kStageNames, stage);
}

bool slaStageFromName(const QString& name, SlaStage* out)
{
    return enumFromName(kStageNames, name, out);
}

QList<SlaStage> allSlaStages()
{
    QList<SlaStage> stages;
    for (const auto& entry : kStageNames)
        stages << entry.value;
    return stages;
}

QString stageStatusName(StageStatus status)
{
    return enumToName(kStatusNames, status);
}

bool stageStatusFromName(const QString& name, StageStatus* out)
{
    return enumFromName(kStatusNames, name, out);
}

QJsonObject StageTiming::toJson() const
{
    QJsonObject object{{QStringLiteral("stage"), slaStageName(stage)}};
    const auto put = [&object](const char* key, const QDateTime& instant) {
        if (!instant.isNull())
            object.insert(QLatin1String(key), instantToJson(instant));
    };
    put("startedAt", startedAt);
    put("deadline", deadline);
    put("pausedSince", pausedSince);
    put("completedAt", completedAt);
    return object;
}

QString StageTiming::fromJson(const QJsonObject& json, StageTiming* out)
{
    StageTiming timing;
    const QJsonValue stage = json.value(QLatin1String("stage"));
    if (!stage.isString())
        return json::error(QStringLiteral("stage"), stage.isUndefined()
                                                        ? QStringLiteral("missing")
                                                        : QStringLiteral("expected a string"));
    if (!slaStageFromName(stage.toString(), &timing.stage)) {
        return json::error(QStringLiteral("stage"),
                           QStringLiteral("unknown stage \"%1\" (known: %2)")
                               .arg(stage.toString(), enumNames(kStageNames).join(QLatin1String(", "))));
    }
    QString reason;
    if (!(reason = readInstant(json, QStringLiteral("startedAt"), &timing.startedAt)).isEmpty() ||
        !(reason = readInstant(json, QStringLiteral("deadline"), &timing.deadline)).isEmpty() ||
        !(reason = readInstant(json, QStringLiteral("pausedSince"), &timing.pausedSince)).isEmpty() ||
        !(reason = readInstant(json, QStringLiteral("completedAt"), &timing.completedAt)).isEmpty())
        return reason;
    *out = timing;
    return {};
}

} // namespace paht
