#pragma once

#include "domain/Report.h"
#include "domain/User.h"
#include "items/DeadlineGauge.h"
#include "items/DeadlineIndicator.h"
#include "workflow/Directory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>

namespace paht {

// The results of one agency that wait for its leader's decision, one row per report, with the
// approval deadline (1 working day from the result) as a badge. With "show decided" it also lists the
// results the leader already approved or returned for rework, so their history stays within reach
// . Rows follow the data: a report that changes updates its row, one that leaves goes, so a view
// keeps its selection.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        AgencyColumn,
        SpecialistColumn,
        SubmittedColumn,
        DeadlineColumn,
        StateColumn,
        ColumnCount
    };
    // Served on every column of a row.
    enum Role
    {
        ReportIdRole = Qt::UserRole + 1, // QString
        AwaitingRole,                    // bool: the leader may decide on it now
        StageStatusRole,                 // int (StageStatus) of the approval stage, or -1
        UrgencyRole,                     // qint64, DeadlineIndicator::urgencyKey()
        SortRole,                        // the column's value for sorting: urgency for the deadline
    };

    // Keeps a reference: the gauge must outlive the model.
    explicit ApprovalQueueModel(const DeadlineGauge& gauge, QObject* parent = nullptr);

    void setAgency(const QString& agencyCode);
    void setDirectory(const Directory& directory);
    void setUsers(const QList<User>& users); // specialists' display names
    // The "Submitted" column in this locale, in Asia/Ho_Chi_Minh time.
    void setDisplayLocale(const QLocale& locale);
    void setShowDecided(bool show);
    bool showsDecided() const { return m_showDecided; }

    // Every report the leader can see; the model keeps those with a result of its agency.
    void setReports(const QList<Report>& reports);
    // Rereads the deadlines at `now`; until the first call none shows.
    void refresh(const QDateTime& now);

    int rowOf(const QString& reportId) const;
    const Report& reportAt(int row) const { return m_rows.at(row).report; }
    const Assignment& assignmentAt(int row) const;
    const DeadlineIndicator& deadlineAt(int row) const { return m_rows.at(row).deadline; }
    QString specialistAt(int row) const; // display name of who submitted the latest result
    QDateTime submittedAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Report report;
        DeadlineIndicator deadline;
    };

    bool wanted(const Report& report) const;
    DeadlineIndicator deadlineOf(const Report& report) const;
    const ResultRevision* lastSubmission(int row) const;
    QVariant display(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    void reapply();

    const DeadlineGauge& m_gauge;
    QString m_agency;
    Directory m_directory;
    QHash<QString, QString> m_displayNames;
    QLocale m_locale;
    QDateTime m_now;
    bool m_showDecided = false;
    QList<Report> m_candidates; // every report with a result of the agency, to re-filter by scope
    QList<Row> m_rows;
};

} // namespace paht
