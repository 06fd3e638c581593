#include "calendar/SlaPolicy.h"

#include "calendar/JsonFields.h"

#include <QFile>
#include <QJsonDocument>
#include <QtDebug>

namespace paht {

namespace {

constexpr qint64 kDayStageDueSoon = 2 * 3600; // two working hours before a day-based deadline
constexpr qint64 kHourStageDueSoon = 15 * 60; // a quarter of an hour before the publication hour

QString dueSoonToString(qint64 seconds)
{
    if (seconds % 3600 == 0)
        return QString::number(seconds / 3600) + QLatin1Char('h');
    if (seconds % 60 == 0)
        return QString::number(seconds / 60) + QLatin1Char('m');
    return QString::number(seconds) + QLatin1Char('s');
}

QString parseDueSoon(const QJsonValue& value, qint64* out)
{
    const QString text = value.toString();
    const QString usage = QStringLiteral("expected working time \"<n>h\", \"<n>m\" or \"<n>s\", got \"%1\"");
    if (!value.isString() || text.size() < 2)
        return usage.arg(text);
    const QChar unit = text.back();
    qint64 factor = 0;
    if (unit == QLatin1Char('h'))
        factor = 3600;
    else if (unit == QLatin1Char('m'))
        factor = 60;
    else if (unit == QLatin1Char('s'))
        factor = 1;
    bool ok = false;
    const qint64 amount = text.chopped(1).toLongLong(&ok);
    if (factor == 0 || !ok || amount < 0 || amount > 1000000 || text.front() == QLatin1Char('+'))
        return usage.arg(text);
    *out = amount * factor;
    return {};
}

QString readDuration(const QJsonValue& value, SlaStage stage, SlaDuration* out)
{
    if (!value.isString())
        return QStringLiteral("expected \"<n>d\" or \"<n>h\"");
    QString reason = SlaDuration::parse(value.toString(), out);
    if (reason.isEmpty())
        reason = SlaPolicy::checkDuration(stage, *out);
    return reason;
}

QString readStageName(const QString& key, SlaStage* stage)
{
    if (slaStageFromName(key, stage))
        return {};
    QStringList names;
    for (SlaStage known : allSlaStages())
        names << slaStageName(known);
    return QStringLiteral("unknown stage (known: %1)").arg(names.join(QLatin1String(", ")));
}

// {"<code>": {"<stage>": "<duration>"}} for agencies and categories.
QString readOverrides(const QJsonValue& value, const QString& field,
                      QMap<QString, SlaPolicy::StageDurations>* out)
{
    if (!value.isObject())
        return json::error(field, QStringLiteral("expected an object keyed by code"));
    const QJsonObject codes = value.toObject();
    for (auto code = codes.begin(); code != codes.end(); ++code) {
        const QString codeField = json::path(field, code.key());
        if (code.key().trimmed().isEmpty())
            return json::error(codeField, QStringLiteral("the code is empty"));
        if (!code.value().isObject())
            return json::error(codeField, QStringLiteral("expected an object keyed by stage"));
        const QJsonObject stages = code.value().toObject();
        SlaPolicy::StageDurations durations;
        for (auto it = stages.begin(); it != stages.end(); ++it) {
            const QString stageField = json::path(codeField, it.key());
            SlaStage stage;
            QString reason = readStageName(it.key(), &stage);
            if (reason.isEmpty()) {
                SlaDuration duration;
                reason = readDuration(it.value(), stage, &duration);
                durations.insert(stage, duration);
            }
            if (!reason.isEmpty())
                return json::error(stageField, reason);
        }
        out->insert(code.key(), durations);
    }
    return {};
}

QJsonObject overridesToJson(const QMap<QString, SlaPolicy::StageDurations>& overrides)
{
    QJsonObject object;
    for (auto code = overrides.begin(); code != overrides.end(); ++code) {
        QJsonObject stages;
        for (auto it = code->begin(); it != code->end(); ++it)
            stages.insert(slaStageName(it.key()), it.value().toString());
        object.insert(code.key(), stages);
    }
    return object;
}

} // namespace

SlaPolicy::SlaPolicy()
{
    m_about = QStringLiteral("Built-in regulation defaults (Decision 07/2020/QD-UBND, Appendix I).");
    m_defaults = {
        {SlaStage::Intake, SlaDuration::workingDays(1)},
        {SlaStage::Acceptance, SlaDuration::workingDays(1)},
        {SlaStage::Return, SlaDuration::workingDays(1)},
        {SlaStage::Processing, SlaDuration::workingDays(5)},   // at most 5, agencies may set less
        {SlaStage::Approval, SlaDuration::workingDays(1)},
        {SlaStage::Publication, SlaDuration::workingHours(1)},
        // R-18 sets no time limit for the agency's answer to the citizen: 5 working days is our choice.
        {SlaStage::CitizenClarification, SlaDuration::workingDays(5)},
    };
    for (auto it = m_defaults.begin(); it != m_defaults.end(); ++it)
        m_dueSoon.insert(it.key(),
                         it->unit == SlaDuration::Unit::WorkingDays ? kDayStageDueSoon : kHourStageDueSoon);
}

SlaPolicy SlaPolicy::regulationDefaults()
{
    QString problem;
    SlaPolicy policy = load(QString::fromLatin1(kResourcePath), &problem);
    if (!problem.isEmpty())
        qCritical("SLA policy %s: %s", kResourcePath, qUtf8Printable(problem));
    return policy;
}

SlaPolicy SlaPolicy::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return {};
    }
    return fromJson(document.object(), error);
}

SlaPolicy SlaPolicy::fromJson(const QJsonObject& object, QString* error)
{
    error->clear();
    SlaPolicy policy;
    const auto fail = [error](const QString& reason) {
        *error = reason;
        return SlaPolicy();
    };
    const QString unknown = json::unknownKey(
        object, {QStringLiteral("about"), QStringLiteral("pausesDuringClarification"),
                 QStringLiteral("stages"), QStringLiteral("agencies"), QStringLiteral("categories")});
    if (!unknown.isEmpty())
        return fail(json::error(unknown, QStringLiteral("unknown field")));
    policy.m_about.clear();
    QString reason = json::readOptionalString(object, QStringLiteral("about"), &policy.m_about);
    if (!reason.isEmpty())
        return fail(reason);
    const QJsonValue pauses = object.value(QLatin1String("pausesDuringClarification"));
    if (!pauses.isUndefined()) {
        if (!pauses.isBool())
            return fail(json::error(QStringLiteral("pausesDuringClarification"),
                                    QStringLiteral("expected true or false")));
        policy.m_pausesDuringClarification = pauses.toBool();
    }

    const QJsonValue stages = object.value(QLatin1String("stages"));
    if (!stages.isUndefined()) {
        if (!stages.isObject())
            return fail(
                json::error(QStringLiteral("stages"), QStringLiteral("expected an object keyed by stage")));
        const QJsonObject stageObject = stages.toObject();
        for (auto it = stageObject.begin(); it != stageObject.end(); ++it) {
            const QString field = json::path(QStringLiteral("stages"), it.key());
            SlaStage stage;
            if (!(reason = readStageName(it.key(), &stage)).isEmpty())
                return fail(json::error(field, reason));
            if (!it.value().isObject())
                return fail(json::error(field, QStringLiteral("expected {\"duration\", \"dueSoon\"}")));
            const QJsonObject entry = it.value().toObject();
            const QString unknownEntryKey =
                json::unknownKey(entry, {QStringLiteral("duration"), QStringLiteral("dueSoon")});
            if (!unknownEntryKey.isEmpty())
                return fail(json::error(json::path(field, unknownEntryKey), QStringLiteral("unknown field")));
            SlaDuration duration;
            if (!(reason = readDuration(entry.value(QLatin1String("duration")), stage, &duration)).isEmpty())
                return fail(json::error(field + QLatin1String(".duration"), reason));
            policy.m_defaults.insert(stage, duration);
            if (entry.contains(QLatin1String("dueSoon"))) {
                qint64 seconds = 0;
                if (!(reason = parseDueSoon(entry.value(QLatin1String("dueSoon")), &seconds)).isEmpty())
                    return fail(json::error(field + QLatin1String(".dueSoon"), reason));
                policy.m_dueSoon.insert(stage, seconds);
            } else {
                policy.m_dueSoon.insert(stage, duration.unit == SlaDuration::Unit::WorkingDays
                                                   ? kDayStageDueSoon
                                                   : kHourStageDueSoon);
            }
        }
    }
    if (object.contains(QLatin1String("agencies")) &&
        !(reason = readOverrides(object.value(QLatin1String("agencies")), QStringLiteral("agencies"),
                                 &policy.m_agencies))
             .isEmpty())
        return fail(reason);
    if (object.contains(QLatin1String("categories")) &&
        !(reason = readOverrides(object.value(QLatin1String("categories")), QStringLiteral("categories"),
                                 &policy.m_categories))
             .isEmpty())
        return fail(reason);
    return policy;
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject stages;
    for (auto it = m_defaults.begin(); it != m_defaults.end(); ++it) {
        stages.insert(slaStageName(it.key()),
                      QJsonObject{{QStringLiteral("duration"), it->toString()},
                                  {QStringLiteral("dueSoon"), dueSoonToString(dueSoonSeconds(it.key()))}});
    }
    QJsonObject object{{QStringLiteral("pausesDuringClarification"), m_pausesDuringClarification},
                       {QStringLiteral("stages"), stages}};
    if (!m_about.isEmpty())
        object.insert(QStringLiteral("about"), m_about);
    if (!m_agencies.isEmpty())
        object.insert(QStringLiteral("agencies"), overridesToJson(m_agencies));
    if (!m_categories.isEmpty())
        object.insert(QStringLiteral("categories"), overridesToJson(m_categories));
    return object;
}

QString SlaPolicy::checkDuration(SlaStage stage, const SlaDuration& duration)
{
    if (duration.amount < 1)
        return QStringLiteral("the amount must be at least 1");
    if (stage != SlaStage::Processing)
        return {};
    if (duration.unit != SlaDuration::Unit::WorkingDays)
        return QStringLiteral("processing is counted in working days (R-10), e.g. \"3d\"");
    if (duration.amount > kMaxProcessingWorkingDays) {
        return QStringLiteral("%1 working days exceeds the limit of %2 working days (R-10)")
            .arg(duration.amount)
            .arg(kMaxProcessingWorkingDays);
    }
    return {};
}

SlaDuration SlaPolicy::duration(SlaStage stage, const QString& agencyCode, const QString& categoryCode) const
{
    SlaDuration result = m_defaults.value(stage, SlaDuration::workingDays(1));
    const auto lookUp = [stage](const QMap<QString, StageDurations>& table, const QString& code,
                                SlaDuration* found) {
        if (code.isEmpty())
            return false;
        const auto entry = table.constFind(code);
        if (entry == table.constEnd() || !entry->contains(stage))
            return false;
        *found = entry->value(stage);
        return true;
    };
    if (!lookUp(m_categories, categoryCode, &result))
        lookUp(m_agencies, agencyCode, &result);
    // R-10 is a ceiling whatever the table says: an agency's limit is min(its limit, 5 working days).
    if (stage == SlaStage::Processing &&
        (result.unit != SlaDuration::Unit::WorkingDays || result.amount > kMaxProcessingWorkingDays))
        result = SlaDuration::workingDays(kMaxProcessingWorkingDays);
    return result;
}

qint64 SlaPolicy::dueSoonSeconds(SlaStage stage) const
{
    return m_dueSoon.value(stage, kDayStageDueSoon);
}

QString SlaPolicy::setDuration(SlaStage stage, const SlaDuration& duration)
{
    const QString reason = checkDuration(stage, duration);
    if (reason.isEmpty())
        m_defaults.insert(stage, duration);
    return reason;
}

QString SlaPolicy::setAgencyDuration(const QString& agencyCode, SlaStage stage, const SlaDuration& duration)
{
    QString reason = checkDuration(stage, duration);
    if (agencyCode.trimmed().isEmpty())
        reason = QStringLiteral("the agency code is empty");
    if (reason.isEmpty())
        m_agencies[agencyCode].insert(stage, duration);
    return reason;
}

QString SlaPolicy::setCategoryDuration(const QString& categoryCode, SlaStage stage,
                                       const SlaDuration& duration)
{
    QString reason = checkDuration(stage, duration);
    if (categoryCode.trimmed().isEmpty())
        reason = QStringLiteral("the category code is empty");
    if (reason.isEmpty())
        m_categories[categoryCode].insert(stage, duration);
    return reason;
}

void SlaPolicy::removeAgencyDuration(const QString& agencyCode, SlaStage stage)
{
    auto entry = m_agencies.find(agencyCode);
    if (entry == m_agencies.end())
        return;
    entry->remove(stage);
    if (entry->isEmpty())
        m_agencies.erase(entry);
}

void SlaPolicy::removeCategoryDuration(const QString& categoryCode, SlaStage stage)
{
    auto entry = m_categories.find(categoryCode);
    if (entry == m_categories.end())
        return;
    entry->remove(stage);
    if (entry->isEmpty())
        m_categories.erase(entry);
}

QString SlaPolicy::setDueSoonSeconds(SlaStage stage, qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("the due-soon threshold cannot be negative");
    m_dueSoon.insert(stage, seconds);
    return {};
}

} // namespace paht
