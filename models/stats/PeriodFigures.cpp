#include "stats/PeriodFigures.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QJsonValue optionalValue(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template <typename T>
QJsonArray arrayOf(const QList<T>& values)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(value.toJson());
    return array;
}

std::optional<double> shareOf(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

QJsonObject StageOverdue::toJson() const
{
    return {{u"stage"_s, slaStageName(stage)}, {u"missed"_s, missed}, {u"overdueAtEnd"_s, overdueAtEnd}};
}

std::optional<qint64> StageWorkingTime::nearestRank(const QList<qint64>& sorted, int percent)
{
    const qint64 n = sorted.size();
    if (n == 0)
        return std::nullopt;
    const qint64 rank = std::clamp<qint64>((qint64(percent) * n + 99) / 100, 1, n);
    return sorted.at(rank - 1);
}

StageWorkingTime StageWorkingTime::of(SlaStage stage, QList<qint64> seconds)
{
    std::sort(seconds.begin(), seconds.end());
    StageWorkingTime summary;
    summary.stage = stage;
    summary.count = int(seconds.size());
    summary.medianSeconds = nearestRank(seconds, 50);
    summary.p90Seconds = nearestRank(seconds, 90);
    return summary;
}

QJsonObject StageWorkingTime::toJson() const
{
    return {{u"stage"_s, slaStageName(stage)},
            {u"count"_s, count},
            {u"medianSeconds"_s, optionalValue(medianSeconds)},
            {u"p90Seconds"_s, optionalValue(p90Seconds)}};
}

void BacklogAges::add(int workingDays)
{
    if (workingDays <= 1)
        ++upToOne;
    else if (workingDays <= 5)
        ++twoToFive;
    else if (workingDays <= 10)
        ++sixToTen;
    else
        ++overTen;
}

QJsonObject BacklogAges::toJson() const
{
    return {{u"total"_s, total()},
            {u"upTo1"_s, upToOne},
            {u"from2To5"_s, twoToFive},
            {u"from6To10"_s, sixToTen},
            {u"over10"_s, overTen}};
}

RatingCounts::RatingCounts()
{
    for (Rating level : allRatings())
        levels.insert(level, 0);
}

int RatingCounts::total() const
{
    int sum = 0;
    for (int count : levels)
        sum += count;
    return sum;
}

bool RatingCounts::isSatisfied(Rating level)
{
    return level == Rating::VerySatisfied || level == Rating::Satisfied;
}

int RatingCounts::satisfied() const
{
    int sum = 0;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        if (isSatisfied(it.key()))
            sum += it.value();
    }
    return sum;
}

std::optional<double> RatingCounts::satisfactionShare() const
{
    return shareOf(satisfied(), total());
}

QJsonObject RatingCounts::toJson() const
{
    QJsonObject byLevel;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        byLevel.insert(ratingName(it.key()), it.value());
    return {{u"levels"_s, byLevel},
            {u"total"_s, total()},
            {u"satisfied"_s, satisfied()},
            {u"satisfactionShare"_s, optionalValue(satisfactionShare())}};
}

std::optional<double> HandlingFigures::onTimeShare() const
{
    return shareOf(handledOnTime, handled);
}

const StageOverdue* HandlingFigures::overdueFor(SlaStage stage) const
{
    for (const StageOverdue& entry : overdue) {
        if (entry.stage == stage)
            return &entry;
    }
    return nullptr;
}

const StageWorkingTime* HandlingFigures::workingTimeFor(SlaStage stage) const
{
    for (const StageWorkingTime& entry : workingTime) {
        if (entry.stage == stage)
            return &entry;
    }
    return nullptr;
}

QJsonObject HandlingFigures::toJson() const
{
    return {{u"handled"_s, handled},
            {u"handledOnTime"_s, handledOnTime},
            {u"onTimeShare"_s, optionalValue(onTimeShare())},
            {u"overdue"_s, arrayOf(overdue)},
            {u"backlog"_s, backlog.toJson()},
            {u"returned"_s, returned},
            {u"workingTime"_s, arrayOf(workingTime)},
            {u"ratings"_s, ratings.toJson()}};
}

QJsonObject EscalationFigures::toJson() const
{
    return {{u"opened"_s, opened},
            {u"resolved"_s, resolved},
            {u"standingAtEnd"_s, QJsonArray::fromStringList(standingAtEnd)}};
}

ProvinceFigures::ProvinceFigures()
{
    for (RejectionKind kind : allRejectionKinds())
        rejected.insert(kind, 0);
}

int ProvinceFigures::rejectedTotal() const
{
    int sum = 0;
    for (int count : rejected)
        sum += count;
    return sum;
}

QJsonObject ProvinceFigures::toJson() const
{
    QJsonObject byKind;
    for (auto it = rejected.cbegin(); it != rejected.cend(); ++it)
        byKind.insert(rejectionKindName(it.key()), it.value());
    QJsonObject byAgency;
    for (auto it = returnedBy.cbegin(); it != returnedBy.cend(); ++it)
        byAgency.insert(it.key(), it.value());
    QJsonObject json = handling.toJson();
    json.insert(u"received"_s, received);
    json.insert(u"dispatched"_s, dispatched);
    json.insert(u"rejected"_s, QJsonObject{{u"total"_s, rejectedTotal()}, {u"byKind"_s, byKind}});
    json.insert(u"returnedBy"_s, byAgency);
    json.insert(u"escalations"_s, escalations.toJson());
    return json;
}

QJsonObject AgencyFigures::toJson() const
{
    QJsonObject json = handling.toJson();
    json.insert(u"agency"_s, agencyCode);
    json.insert(u"dispatched"_s, dispatched);
    return json;
}

QJsonObject LongOverdue::toJson() const
{
    return {{u"report"_s, reportId},
            {u"agency"_s, agencyCode},
            {u"stage"_s, slaStageName(stage)},
            {u"deadline"_s, deadline.toUTC().toString(Qt::ISODateWithMs)},
            {u"overdueWorkingDays"_s, overdueWorkingDays}};
}

QJsonObject RepeatedReturn::toJson() const
{
    return {{u"report"_s, reportId},
            {u"returns"_s, returns()},
            {u"agencies"_s, QJsonArray::fromStringList(agencies)}};
}

QJsonObject StickingPoints::toJson() const
{
    return {{u"longOverdueWorkingDays"_s, longOverdueWorkingDays},
            {u"longOverdue"_s, arrayOf(longOverdue)},
            {u"returnedMoreThanOnce"_s, arrayOf(returnedMoreThanOnce)}};
}

} // namespace paht
