#pragma once

#include "cache/LocalCache.h"
#include "sync/StoreApi.h"

#include <QObject>

namespace paht {

class Clock;

// Keeps the cache's reports in step with the store (API.md "Sync"): a snapshot, page by page, when the
// cache has never been filled; otherwise a pull from the cursor, again while the store says "more".
// A cursor the store cannot serve (410: another history, a restored backup) starts a new snapshot.
class FeedSync : public QObject
{
    Q_OBJECT

public:
    FeedSync(StoreApi& api, LocalCache& cache, const Clock& clock, QObject* parent = nullptr);

    void setPageSize(int reports) { m_pageSize = reports; }
    // Starts a snapshot or a pull; a call while one runs makes it pull once more at the end, so that a
    // poke arriving mid-pull is never lost.
    void sync();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void bootstrapProgress(int done, int total); // total is -1: the store does not count ahead
    void bootstrapped();
    void revoked(const QStringList& reportIds);
    void synced(const QDateTime& at);
    void failed(const paht::StoreAnswer& answer);
    void problem(const QString& message); // a report that could not be read; the rest goes on

private:
    void bootstrap();
    void fetchPage(const QString& after, quint64 round);
    void pull(quint64 round);
    void finish();
    void fail(const StoreAnswer& answer);
    QList<ReportWithEvents> decode(const QJsonArray& items);

    StoreApi& m_api;
    LocalCache& m_cache;
    const Clock& m_clock;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_again = false;
    quint64 m_round = 0; // answers of a cancelled round are ignored
    int m_bootstrapped = 0;
    qint64 m_snapshotSeq = 0;
    QString m_snapshotEpoch;
};

} // namespace paht
