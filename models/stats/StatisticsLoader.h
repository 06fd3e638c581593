#pragma once

#include "stats/StatisticsResult.h"

#include <QObject>

namespace paht {

class Clock;
class LocalCache;
class StoreApi;
class WorkingCalendar;

// Gets a periodic report for the console: from the store (GET /statistics) when the console is online,
// else (or when the store cannot be reached) computed from the local cache with the same module, saying
// which it was and when. Only the last request counts: an answer to an earlier one is dropped.
class StatisticsLoader final : public QObject
{
    Q_OBJECT

public:
    enum class Source
    {
        Store,
        LocalCache,
    };

    // Keeps references: the cache, the calendar and the clock must outlive the loader.
    StatisticsLoader(LocalCache& cache, const WorkingCalendar& calendar, const Clock& clock,
                     QObject* parent = nullptr);

    // `agencyCode` empty for the province. `store`: the store's API while the console is online, else null
    // (then the cache is used at once).
    void load(const ReportPeriod& period, const QString& agencyCode, StoreApi* store);
    // The same figures from the cache alone, at once.
    StatisticsResult computeLocally(const ReportPeriod& period, const QString& agencyCode) const;

    bool hasResult() const { return m_hasResult; }
    const StatisticsResult& result() const { return m_result; }
    Source source() const { return m_source; }
    // "Computed by the store at 10:00 15/10/2026", or from the local cache with its last sync.
    QString sourceLine() const;

signals:
    void loaded();
    void failed(const QString& message);

private:
    void finish(const StatisticsResult& result, Source source);

    LocalCache& m_cache;
    const WorkingCalendar& m_calendar;
    const Clock& m_clock;
    quint64 m_round = 0;
    bool m_hasResult = false;
    StatisticsResult m_result;
    Source m_source = Source::Store;
    QDateTime m_lastSync;
};

} // namespace paht
