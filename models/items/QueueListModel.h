#pragma once

#include "access/ReportAccess.h"
#include "domain/Report.h"
#include "items/DeadlineGauge.h"
#include "items/QueueCatalog.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace paht {

// The left side of the console's main window: the user's queues with how many reports each holds and how
// many of those are overdue, "Mới (12 · 3 quá hạn)". Recounts when the reports change and when the UI's
// timer calls refresh(now); a queue appearing or going (the supervisor's per-agency ones) is inserted or
// removed, the others only change their counts.
class QueueListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString, the queue's stable id
        TitleRole,                 // QString, the title without counts
        CountRole,                 // int
        OverdueCountRole,          // int
    };

    // Keeps references: the catalog and the gauge must outlive the model.
    QueueListModel(const QueueCatalog& catalog, const DeadlineGauge& gauge, QObject* parent = nullptr);

    void setViewer(const Viewer& viewer);
    void setAgencyNames(const QHash<QString, QString>& codeToName);
    void setReports(const QList<Report>& reports);
    // Reports added or changed, and ids that went (revoked or deleted).
    void applyChanges(const QList<Report>& changed, const QStringList& removedIds);
    // Counts until the first refresh treat nothing as overdue.
    void refresh(const QDateTime& now);

    Queue queueAt(int row) const;
    int rowOf(const QString& queueId) const; // -1 when the user has no such queue now
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Queue queue;
        int count = 0;
        int overdue = 0;
    };

    void recount();
    QString displayText(const Row& row) const;

    const QueueCatalog& m_catalog;
    const DeadlineGauge& m_gauge;
    Viewer m_viewer;
    QHash<QString, QString> m_agencyNames;
    QHash<QString, Report> m_reports;
    QDateTime m_now;
    QList<Row> m_rows;
};

} // namespace paht
