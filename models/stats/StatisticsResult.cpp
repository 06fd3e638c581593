#include "stats/StatisticsResult.h"

#include "domain/Instant.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

QJsonObject MonthFigures::toJson() const
{
    return {{u"period"_s, period.label()}, {u"received"_s, received}, {u"handled"_s, handled}};
}

QList<ReportPeriod> StatisticsResult::monthsOf(const ReportPeriod& period)
{
    QList<ReportPeriod> months;
    if (period.isEmpty())
        return months;
    for (QDate start(period.first.year(), period.first.month(), 1); start <= period.last;
         start = start.addMonths(1)) {
        const ReportPeriod month = ReportPeriod::month(start.year(), start.month());
        if (month.first >= period.first && month.last <= period.last)
            months << month;
        else
            months << ReportPeriod::days(std::max(month.first, period.first),
                                         std::min(month.last, period.last));
    }
    return months;
}

PeriodReport StatisticsResult::forAgency(const PeriodReport& report, const QString& agencyCode)
{
    PeriodReport own;
    own.period = report.period;
    own.weights = report.weights;
    if (const AgencyFigures* figures = report.agency(agencyCode))
        own.agencies << *figures;
    if (const RankingEntry* entry = report.rankingOf(agencyCode))
        own.ranking << *entry;
    own.stickingPoints.longOverdueWorkingDays = report.stickingPoints.longOverdueWorkingDays;
    for (const LongOverdue& item : report.stickingPoints.longOverdue) {
        if (item.agencyCode == agencyCode)
            own.stickingPoints.longOverdue << item;
    }
    for (const RepeatedReturn& item : report.stickingPoints.returnedMoreThanOnce) {
        if (item.agencies.contains(agencyCode))
            own.stickingPoints.returnedMoreThanOnce << item;
    }
    return own;
}

StatisticsResult StatisticsResult::compute(const PeriodStatistics& statistics, const ReportPeriod& period,
                                           const QList<Report>& reports, const QList<Event>& events,
                                           const QStringList& agencyCodes, const QString& agencyCode,
                                           const QDateTime& computedAt)
{
    StatisticsResult result;
    result.agencyCode = agencyCode;
    result.computedAt = computedAt.toUTC();
    const PeriodReport whole = statistics.compute(period, reports, events, agencyCodes);
    result.report = agencyCode.isEmpty() ? whole : forAgency(whole, agencyCode);
    const QList<ReportPeriod> months = monthsOf(period);
    for (const ReportPeriod& month : months) {
        // A period of one month is its own month: no second computation.
        const PeriodReport figures =
            months.size() == 1 ? whole : statistics.compute(month, reports, events, agencyCodes);
        MonthFigures entry;
        entry.period = month;
        if (agencyCode.isEmpty()) {
            entry.received = figures.province.received;
            entry.handled = figures.province.handling.handled;
        } else if (const AgencyFigures* agency = figures.agency(agencyCode)) {
            entry.received = agency->dispatched;
            entry.handled = agency->handling.handled;
        }
        result.months << entry;
    }
    return result;
}

QJsonObject StatisticsResult::toJson() const
{
    QJsonObject reportJson = report.toJson();
    if (!isProvince())
        reportJson.remove(u"province"_s);
    QJsonArray monthArray;
    for (const MonthFigures& month : months)
        monthArray.append(month.toJson());
    return {{u"agency"_s, isProvince() ? QJsonValue(QJsonValue::Null) : QJsonValue(agencyCode)},
            {u"report"_s, reportJson},
            {u"months"_s, monthArray},
            {u"computedAt"_s, instantToString(computedAt)}};
}

std::optional<StatisticsResult> StatisticsResult::fromJson(const QJsonObject& json, QString* error)
{
    const auto failed = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    StatisticsResult result;
    result.agencyCode = json.value(u"agency"_s).toString();
    const std::optional<PeriodReport> report =
        periodReportFromJson(json.value(u"report"_s).toObject(), error);
    if (!report)
        return std::nullopt;
    result.report = *report;
    for (const QJsonValue& value : json.value(u"months"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const std::optional<ReportPeriod> month = ReportPeriod::fromLabel(item.value(u"period"_s).toString());
        if (!month)
            return failed(u"months: not a period: \"%1\""_s.arg(item.value(u"period"_s).toString()));
        result.months << MonthFigures{*month, item.value(u"received"_s).toInt(),
                                      item.value(u"handled"_s).toInt()};
    }
    const QString why = instantFromString(json.value(u"computedAt"_s).toString(), &result.computedAt);
    if (!why.isEmpty())
        return failed(u"computedAt: "_s + why);
    return result;
}

} // namespace paht
