// PeriodReport::toJson read back: the console shows the store's figures through the same structs (and so
// the same tables and charts) as the figures it computes itself.
#include "stats/StatisticsResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

// Reads the parts of a report and keeps the first problem, named by its path.
class Decoder
{
public:
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString& path, const QString& reason)
    {
        if (m_error.isEmpty())
            m_error = path + u": "_s + reason;
    }

    static int count(const QJsonObject& json, const QString& key) { return json.value(key).toInt(); }

    static std::optional<double> share(const QJsonValue& value)
    {
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    }

    static std::optional<qint64> seconds(const QJsonValue& value)
    {
        return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
    }

    SlaStage stage(const QJsonValue& value, const QString& path)
    {
        SlaStage stage = SlaStage::Intake;
        if (!slaStageFromName(value.toString(), &stage))
            fail(path, u"unknown stage \"%1\""_s.arg(value.toString()));
        return stage;
    }

    HandlingFigures handling(const QJsonObject& json, const QString& path)
    {
        HandlingFigures h;
        h.handled = count(json, u"handled"_s);
        h.handledOnTime = count(json, u"handledOnTime"_s);
        h.returned = count(json, u"returned"_s);
        const QJsonArray overdue = json.value(u"overdue"_s).toArray();
        for (qsizetype i = 0; i < overdue.size(); ++i) {
            const QJsonObject item = overdue.at(i).toObject();
            h.overdue << StageOverdue{stage(item.value(u"stage"_s), u"%1.overdue[%2]"_s.arg(path).arg(i)),
                                      count(item, u"missed"_s), count(item, u"overdueAtEnd"_s)};
        }
        const QJsonObject backlog = json.value(u"backlog"_s).toObject();
        h.backlog = BacklogAges{count(backlog, u"upTo1"_s), count(backlog, u"from2To5"_s),
                                count(backlog, u"from6To10"_s), count(backlog, u"over10"_s)};
        const QJsonArray times = json.value(u"workingTime"_s).toArray();
        for (qsizetype i = 0; i < times.size(); ++i) {
            const QJsonObject item = times.at(i).toObject();
            h.workingTime << StageWorkingTime{
                stage(item.value(u"stage"_s), u"%1.workingTime[%2]"_s.arg(path).arg(i)),
                count(item, u"count"_s), seconds(item.value(u"medianSeconds"_s)),
                seconds(item.value(u"p90Seconds"_s))};
        }
        const QJsonObject levels = json.value(u"ratings"_s).toObject().value(u"levels"_s).toObject();
        for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
            Rating level = Rating::Neutral;
            if (!ratingFromName(it.key(), &level))
                fail(path + u".ratings.levels"_s, u"unknown rating \"%1\""_s.arg(it.key()));
            h.ratings.levels[level] = it.value().toInt();
        }
        return h;
    }

    ProvinceFigures province(const QJsonObject& json)
    {
        ProvinceFigures p;
        p.received = count(json, u"received"_s);
        p.dispatched = count(json, u"dispatched"_s);
        const QJsonObject byKind = json.value(u"rejected"_s).toObject().value(u"byKind"_s).toObject();
        for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it) {
            RejectionKind kind = RejectionKind::Complaint;
            if (!rejectionKindFromName(it.key(), &kind))
                fail(u"province.rejected"_s, u"unknown kind \"%1\""_s.arg(it.key()));
            p.rejected[kind] = it.value().toInt();
        }
        const QJsonObject returnedBy = json.value(u"returnedBy"_s).toObject();
        for (auto it = returnedBy.constBegin(); it != returnedBy.constEnd(); ++it)
            p.returnedBy.insert(it.key(), it.value().toInt());
        const QJsonObject escalations = json.value(u"escalations"_s).toObject();
        p.escalations.opened = count(escalations, u"opened"_s);
        p.escalations.resolved = count(escalations, u"resolved"_s);
        for (const QJsonValue& id : escalations.value(u"standingAtEnd"_s).toArray())
            p.escalations.standingAtEnd << id.toString();
        p.handling = handling(json, u"province"_s);
        return p;
    }

    StickingPoints stickingPoints(const QJsonObject& json)
    {
        StickingPoints s;
        s.longOverdueWorkingDays = count(json, u"longOverdueWorkingDays"_s);
        const QJsonArray longOverdue = json.value(u"longOverdue"_s).toArray();
        for (qsizetype i = 0; i < longOverdue.size(); ++i) {
            const QJsonObject item = longOverdue.at(i).toObject();
            s.longOverdue << LongOverdue{
                item.value(u"report"_s).toString(), item.value(u"agency"_s).toString(),
                stage(item.value(u"stage"_s), u"stickingPoints.longOverdue[%1]"_s.arg(i)),
                QDateTime::fromString(item.value(u"deadline"_s).toString(), Qt::ISODateWithMs).toUTC(),
                count(item, u"overdueWorkingDays"_s)};
        }
        for (const QJsonValue& value : json.value(u"returnedMoreThanOnce"_s).toArray()) {
            const QJsonObject item = value.toObject();
            QStringList agencies;
            for (const QJsonValue& code : item.value(u"agencies"_s).toArray())
                agencies << code.toString();
            s.returnedMoreThanOnce << RepeatedReturn{item.value(u"report"_s).toString(), agencies};
        }
        return s;
    }

    static RankingEntry rankingEntry(const QJsonObject& item)
    {
        RankingEntry entry;
        entry.agencyCode = item.value(u"agency"_s).toString();
        entry.rank = item.value(u"rank"_s).toInt();
        entry.score = share(item.value(u"score"_s));
        entry.onTimeShare = item.value(u"onTimeShare"_s).toDouble();
        entry.satisfactionShare = share(item.value(u"satisfactionShare"_s));
        entry.backlogShare = item.value(u"backlogShare"_s).toDouble();
        return entry;
    }

private:
    QString m_error;
};

} // namespace

std::optional<PeriodReport> periodReportFromJson(const QJsonObject& json, QString* error)
{
    Decoder decoder;
    PeriodReport report;
    const QString label = json.value(u"period"_s).toObject().value(u"label"_s).toString();
    if (const std::optional<ReportPeriod> period = ReportPeriod::fromLabel(label))
        report.period = *period;
    else
        decoder.fail(u"period.label"_s, u"not a period: \"%1\""_s.arg(label));
    if (json.contains(u"province"_s))
        report.province = decoder.province(json.value(u"province"_s).toObject());
    const QJsonArray agencies = json.value(u"agencies"_s).toArray();
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const QJsonObject item = agencies.at(i).toObject();
        AgencyFigures figures;
        figures.agencyCode = item.value(u"agency"_s).toString();
        figures.dispatched = Decoder::count(item, u"dispatched"_s);
        figures.handling = decoder.handling(item, u"agencies[%1]"_s.arg(i));
        report.agencies << figures;
    }
    report.stickingPoints = decoder.stickingPoints(json.value(u"stickingPoints"_s).toObject());
    const QJsonObject ranking = json.value(u"ranking"_s).toObject();
    const QJsonObject weights = ranking.value(u"weights"_s).toObject();
    report.weights =
        RankingWeights{Decoder::count(weights, u"onTime"_s), Decoder::count(weights, u"satisfaction"_s),
                       Decoder::count(weights, u"backlog"_s)};
    for (const QJsonValue& item : ranking.value(u"entries"_s).toArray())
        report.ranking << Decoder::rankingEntry(item.toObject());
    if (!decoder.ok()) {
        if (error)
            *error = decoder.error();
        return std::nullopt;
    }
    return report;
}

} // namespace paht
