#pragma once

#include "access/ReportAccess.h"
#include "domain/Report.h"
#include "items/DeadlineGauge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace paht {

// One list a role works from (architecture "The console": "the queues that the user's role works from").
// The id is stable across versions and languages, so the console may remember the user's last queue.
struct Queue
{
    using Predicate = std::function<bool(const Report& report, const Viewer& viewer, const QDateTime& now)>;

    QString id;
    QString title; // translated
    Predicate predicate;

    bool includes(const Report& report, const Viewer& viewer, const QDateTime& now) const
    {
        return predicate && predicate(report, viewer, now);
    }
};

// The queues of each role, in the order the console lists them.
//
//   intake operator:    new, clarifying, returned, awaiting_publication, overdue, all
//   publication editor: awaiting_publication, published, all
//   agency specialist:  to_accept, in_progress, rework, citizen_questions, all
//   agency leader:      awaiting_approval, overdue, all
//   supervisor:         overdue, overdue:<agency code>..., escalated, all
//   administrator:      all
//
// The supervisor gets one queue per agency that has an overdue step, after the overall "overdue" queue:
// reminding late agencies is done agency by agency, and the list with its counts is itself the
// overview of who is late; the overall queue keeps the whole picture one click away.
class QueueCatalog
{
    Q_DECLARE_TR_FUNCTIONS(paht::QueueCatalog)

public:
    // Keeps a reference: the gauge must outlive the catalog and its queues.
    explicit QueueCatalog(const DeadlineGauge& gauge) : m_gauge(gauge) {}

    // `reports` and `now` decide which per-agency queues the supervisor gets; `agencyNames` (code → name)
    // titles them and orders them by name.
    QList<Queue> queuesFor(const Viewer& viewer, const QList<Report>& reports,
                           const QHash<QString, QString>& agencyNames, const QDateTime& now) const;

private:
    QList<Queue> intakeQueues() const;
    QList<Queue> editorQueues() const;
    QList<Queue> specialistQueues() const;
    QList<Queue> leaderQueues() const;
    QList<Queue> supervisorQueues(const QList<Report>& reports, const QHash<QString, QString>& agencyNames,
                                  const QDateTime& now) const;
    Queue overdueQueue(const QString& title) const;

    const DeadlineGauge& m_gauge;
};

} // namespace paht
