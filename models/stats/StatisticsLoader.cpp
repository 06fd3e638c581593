#include "stats/StatisticsLoader.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "calendar/WorkingCalendar.h"
#include "sync/StoreApi.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

QString localTime(const QDateTime& instant)
{
    return QLocale().toString(instant.toTimeZone(WorkingCalendar::timeZone()), u"HH:mm dd/MM/yyyy"_s);
}

} // namespace

StatisticsLoader::StatisticsLoader(LocalCache& cache, const WorkingCalendar& calendar, const Clock& clock,
                                   QObject* parent)
    : QObject(parent), m_cache(cache), m_calendar(calendar), m_clock(clock)
{}

StatisticsResult StatisticsLoader::computeLocally(const ReportPeriod& period, const QString& agencyCode) const
{
    const QList<Report> reports = m_cache.reports();
    QList<Event> events;
    for (const Report& report : reports)
        events << m_cache.events(report.id);
    return StatisticsResult::compute(PeriodStatistics(m_calendar), period, reports, events,
                                     m_cache.directory().agencies.keys(), agencyCode, m_clock.now());
}

void StatisticsLoader::load(const ReportPeriod& period, const QString& agencyCode, StoreApi* store)
{
    const quint64 round = ++m_round;
    if (!store) {
        finish(computeLocally(period, agencyCode), Source::LocalCache);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"period"_s, period.label());
    if (!agencyCode.isEmpty())
        query.addQueryItem(u"agency"_s, agencyCode);
    store->get(u"/statistics"_s, query, this, [this, round, period, agencyCode](const StoreAnswer& answer) {
        if (round != m_round)
            return;
        if (!answer.reached()) {
            finish(computeLocally(period, agencyCode), Source::LocalCache);
            return;
        }
        if (!answer.ok()) {
            emit failed(tr("The store refused the statistics: %1").arg(answer.message));
            return;
        }
        QString error;
        const std::optional<StatisticsResult> result = StatisticsResult::fromJson(answer.json, &error);
        if (!result) {
            emit failed(tr("The store's statistics could not be read: %1").arg(error));
            return;
        }
        finish(*result, Source::Store);
    });
}

void StatisticsLoader::finish(const StatisticsResult& result, Source source)
{
    m_result = result;
    m_source = source;
    m_lastSync = m_cache.lastSync();
    m_hasResult = true;
    emit loaded();
}

QString StatisticsLoader::sourceLine() const
{
    if (!m_hasResult)
        return {};
    if (m_source == Source::Store)
        //: Where a report's figures come from. Vietnamese: "Số liệu do máy chủ tính lúc %1"
        return tr("Figures computed by the store at %1").arg(localTime(m_result.computedAt));
    if (!m_lastSync.isValid())
        //: Vietnamese: "Ngoại tuyến: số liệu tính từ bộ nhớ đệm trên máy lúc %1 (chưa đồng bộ lần nào)"
        return tr("Offline: figures computed from the local cache at %1 (never synchronised)")
            .arg(localTime(m_result.computedAt));
    //: Vietnamese: "Ngoại tuyến: số liệu tính từ bộ nhớ đệm trên máy lúc %1, đồng bộ lần cuối lúc %2"
    return tr("Offline: figures computed from the local cache at %1, last synchronised at %2")
        .arg(localTime(m_result.computedAt), localTime(m_lastSync));
}

} // namespace paht
