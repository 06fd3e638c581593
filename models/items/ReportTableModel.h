#pragma once

#include "access/ReportAccess.h"
#include "domain/Report.h"
#include "items/DeadlineGauge.h"
#include "items/DeadlineIndicator.h"
#include "workflow/Directory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace paht {

// The reports of the console's main table, one row each, with the deadline badge as this user sees it.
// Rows follow the data: a change to a few reports updates, inserts or removes those rows only, so the
// view keeps its selection; a large change (a re-bootstrap) resets. ReportFilter sorts and filters it,
// by urgency unless the user picks another column.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        CategoryColumn,
        CommuneColumn,
        AgenciesColumn,
        StateColumn,
        ReceivedColumn,
        DeadlineColumn,
        ColumnCount
    };
    // Served on every column of a row.
    enum Role
    {
        ReportIdRole = Qt::UserRole + 1, // QString
        VersionRole,                     // qint64, for commands' expectedVersion
        StageStatusRole,                 // int (StageStatus), or -1 when nothing has a deadline
        UrgencyRole,      // qint64, DeadlineIndicator::urgencyKey(): ascending = most urgent first
        DeadlineIconRole, // QString icon name, "deadline-overdue"
        OverdueRole,      // bool: a step within the user's reach is overdue
        ReceivedAtRole,   // QDateTime (UTC)
        StateRole,        // int (ReportState)
    };
    // Above this many changed reports, a reset is cheaper for the views than row-by-row signals.
    static constexpr int kResetThreshold = 200;

    // Keeps a reference: the gauge must outlive the model.
    explicit ReportTableModel(const DeadlineGauge& gauge, QObject* parent = nullptr);

    void setViewer(const Viewer& viewer);
    // Category and agency names.
    void setDirectory(const Directory& directory);
    // Commune statistics code → name, see communeNamesFrom().
    void setCommuneNames(const QHash<QString, QString>& codeToName);
    // The locale of the "Received" column; the time is shown in Asia/Ho_Chi_Minh.
    void setDisplayLocale(const QLocale& locale);

    void setReports(const QList<Report>& reports);
    // Reports added or changed (by id), and ids that went (revoked or deleted).
    void applyChanges(const QList<Report>& changed, const QStringList& removedIds);
    // Rereads every deadline at `now`; only rows whose badge changed are signalled. Until the first call
    // no deadline shows.
    void refresh(const QDateTime& now);

    const Viewer& viewer() const { return m_viewer; }
    QDateTime now() const { return m_now; }
    int rowOf(const QString& reportId) const { return m_rowOf.value(reportId, -1); }
    const Report& reportAt(int row) const { return m_rows.at(row).report; }
    const DeadlineIndicator& deadlineAt(int row) const { return m_rows.at(row).deadline; }
    bool isOverdueAt(int row) const { return m_rows.at(row).overdue; }

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
        bool overdue = false;
        QStringList overdueAgencies; // queues per late agency change with it, even when the badge does not
    };

    Row makeRow(const Report& report) const;
    void reindex();
    void rereadAll();
    QVariant display(const Row& row, int column) const;
    QVariant rowRole(const Row& row, int role) const;
    QString categoryName(const QString& code) const;
    QString agencyNames(const Report& report) const;
    QString deadlineToolTip(const DeadlineIndicator& deadline) const;

    const DeadlineGauge& m_gauge;
    Viewer m_viewer;
    Directory m_directory;
    QHash<QString, QString> m_communeNames;
    QLocale m_locale;
    QDateTime m_now;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace paht
