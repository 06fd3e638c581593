#include "sync/FeedSync.h"

#include "calendar/Clock.h"

#include <QJsonArray>

namespace paht {

FeedSync::FeedSync(StoreApi& api, LocalCache& cache, const Clock& clock, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache), m_clock(clock)
{}

void FeedSync::sync()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    if (m_cache.epoch().isEmpty())
        bootstrap();
    else
        pull(m_round);
}

void FeedSync::cancel()
{
    ++m_round;
    m_running = false;
    m_again = false;
}

void FeedSync::bootstrap()
{
    // Reports left by an interrupted snapshot go too: the new one brings everything again.
    if (!m_cache.clearReports()) {
        m_running = false;
        emit problem(tr("The local cache cannot be cleared: %1").arg(m_cache.lastError()));
        return;
    }
    m_bootstrapped = 0;
    m_snapshotEpoch.clear();
    fetchPage(QString(), m_round);
}

QList<ReportWithEvents> FeedSync::decode(const QJsonArray& items)
{
    QList<ReportWithEvents> page;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("op")).toString() != QLatin1String("upsert"))
            continue;
        ReportWithEvents entry;
        const QJsonObject report = item.value(QStringLiteral("report")).toObject();
        if (const DecodeResult error = Report::fromJson(report, &entry.report)) {
            emit problem(tr("Report %1 could not be read: %2")
                             .arg(report.value(QStringLiteral("id")).toString(), error->toString()));
            continue;
        }
        for (const QJsonValue& eventJson : item.value(QStringLiteral("events")).toArray()) {
            Event event;
            if (!Event::fromJson(eventJson.toObject(), &event))
                entry.events.append(event);
        }
        page.append(entry);
    }
    return page;
}

void FeedSync::fetchPage(const QString& after, quint64 round)
{
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    m_api.get(
        QStringLiteral("/snapshot"), query, this,
        [this, round, first = after.isEmpty()](const StoreAnswer& answer) {
            if (round != m_round)
                return;
            if (!answer.ok())
                return fail(answer);
            const QString epoch = answer.json.value(QStringLiteral("epoch")).toString();
            if (first) {
                // Changes made while the pages are read arrive by the pull from this seq.
                m_snapshotSeq = answer.json.value(QStringLiteral("seq")).toInteger();
                m_snapshotEpoch = epoch;
            } else if (epoch != m_snapshotEpoch) {
                return bootstrap(); // the store's history changed under the snapshot
            }
            const QList<ReportWithEvents> page =
                decode(answer.json.value(QStringLiteral("reports")).toArray());
            if (!m_cache.upsert(page)) {
                m_running = false;
                return emit problem(tr("The local cache cannot be written: %1").arg(m_cache.lastError()));
            }
            m_bootstrapped += static_cast<int>(page.size());
            emit bootstrapProgress(m_bootstrapped, -1);
            const QString next = answer.json.value(QStringLiteral("next")).toString();
            if (!next.isEmpty())
                return fetchPage(next, round);
            if (!m_cache.setCursor(m_snapshotSeq, m_snapshotEpoch)) {
                m_running = false;
                return emit problem(tr("The local cache cannot be written: %1").arg(m_cache.lastError()));
            }
            emit bootstrapped();
            pull(round);
        });
}

void FeedSync::pull(quint64 round)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_cache.cursor()));
    query.addQueryItem(QStringLiteral("epoch"), m_cache.epoch());
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    m_api.get(QStringLiteral("/pull"), query, this, [this, round](const StoreAnswer& answer) {
        if (round != m_round)
            return;
        if (answer.status == 410)
            return bootstrap();
        if (!answer.ok())
            return fail(answer);
        const QJsonArray changes = answer.json.value(QStringLiteral("changes")).toArray();
        QStringList revokedIds;
        bool written = m_cache.upsert(decode(changes));
        for (const QJsonValue& value : changes) {
            const QJsonObject change = value.toObject();
            if (change.value(QStringLiteral("op")).toString() != QLatin1String("revoke"))
                continue;
            const QString id = change.value(QStringLiteral("reportId")).toString();
            written = written && m_cache.remove(id);
            revokedIds.append(id);
        }
        written = written && m_cache.setCursor(answer.json.value(QStringLiteral("seq")).toInteger(),
                                               answer.json.value(QStringLiteral("epoch")).toString());
        if (!written) {
            m_running = false;
            return emit problem(tr("The local cache cannot be written: %1").arg(m_cache.lastError()));
        }
        if (!revokedIds.isEmpty())
            emit revoked(revokedIds);
        if (answer.json.value(QStringLiteral("more")).toBool())
            return pull(round);
        finish();
    });
}

void FeedSync::finish()
{
    const QDateTime now = m_clock.now();
    m_cache.setLastSync(now);
    m_running = false;
    emit synced(now);
    if (m_again)
        sync();
}

void FeedSync::fail(const StoreAnswer& answer)
{
    m_running = false;
    m_again = false;
    emit failed(answer);
}

} // namespace paht
