#pragma once

#include "domain/Report.h"
#include "items/DeadlineGauge.h"
#include "items/DeadlineIndicator.h"
#include "workflow/Directory.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace paht {

// The handling agencies of one report in the detail pane: each assignment with its state and its own
// deadline badge, in dispatch order. The same report's next version updates the rows in place (a new
// agency is inserted); another report resets.
class AssignmentModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        AgencyCodeRole = Qt::UserRole + 1, // QString
        AgencyNameRole,                    // QString
        StateRole,                         // int (AssignmentState)
        StateTextRole,                     // QString, translated
        StageStatusRole,                   // int (StageStatus), or -1
        DeadlineTextRole,                  // QString, "còn 3 giờ làm việc"
        DeadlineIconRole,                  // QString
        UrgencyRole,                       // qint64
        RemindersRole,                     // int
    };

    // Keeps a reference: the gauge must outlive the model.
    explicit AssignmentModel(const DeadlineGauge& gauge, QObject* parent = nullptr);

    void setDirectory(const Directory& directory);
    void setReport(const Report& report);
    void clear();
    void refresh(const QDateTime& now);

    QString reportId() const { return m_reportId; }
    const Assignment& assignmentAt(int row) const { return m_rows.at(row).assignment; }
    const DeadlineIndicator& deadlineAt(int row) const { return m_rows.at(row).deadline; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Assignment assignment;
        DeadlineIndicator deadline;
    };

    QString agencyName(const QString& code) const;

    const DeadlineGauge& m_gauge;
    Directory m_directory;
    QString m_reportId;
    QDateTime m_now;
    QList<Row> m_rows;
};

} // namespace paht
