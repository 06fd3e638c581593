#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace paht {

class AssignmentModel;
class LocalCache;
class QueueListModel;
class ReportTableModel;
class TimelineModel;

// Carries the local cache's changes to the console's item models: on reportsChanged(ids) it reads those
// reports back (a missing one was revoked) and hands them to each model, which updates only those rows;
// an empty id list means "anything may have changed" and reloads everything. The models themselves only
// take data through setters, so they are tested without a cache.
class CacheFeed : public QObject
{
    Q_OBJECT

public:
    // Keeps a reference: the cache must outlive the feed.
    explicit CacheFeed(const LocalCache& cache, QObject* parent = nullptr);

    // Each model gets the cache's current data at once, then every change. Models may be destroyed
    // before the feed.
    void feed(ReportTableModel* model);
    void feed(QueueListModel* model);
    // The timeline and assignments of the report that model shows now (show() picks the report).
    void feed(TimelineModel* model);
    void feed(AssignmentModel* model);
    // Shows a report in the detail models (timeline, assignments); an empty id clears them.
    void show(const QString& reportId);

private:
    void onReportsChanged(const QStringList& reportIds);
    void reloadAll();
    void reloadDetail();

    const LocalCache& m_cache;
    QString m_shown;
    QList<QPointer<ReportTableModel>> m_tables;
    QList<QPointer<QueueListModel>> m_queues;
    QList<QPointer<TimelineModel>> m_timelines;
    QList<QPointer<AssignmentModel>> m_assignments;
};

} // namespace paht
