#pragma once

#include "calendar/SlaPolicy.h"
#include "items/SlaPolicyDraft.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace paht {

// The SLA policy's overrides, one row per agency or category and stage (R-10: an agency sets its own
// handling limit, within 5 working days). Agencies first, then categories, each by code, stages in the
// order of the workflow.
class SlaOverrideModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScopeColumn, // agency or category
        NameColumn,  // "SXD — Sở Xây dựng"
        StageColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        ScopeRole = Qt::UserRole + 1, // int: OverrideScope
        CodeRole,                     // QString
        StageRole,                    // QString: slaStageName()
    };

    explicit SlaOverrideModel(QObject* parent = nullptr);

    // Codes become "code — name" where a name is known.
    void setNames(const QHash<QString, QString>& agencies, const QHash<QString, QString>& categories);
    void setPolicy(const SlaPolicy& policy);

    struct Entry
    {
        OverrideScope scope = OverrideScope::Agency;
        QString code;
        SlaStage stage = SlaStage::Processing;
        SlaDuration duration;
    };
    Entry entry(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const Entry& entry) const;

    QHash<QString, QString> m_agencyNames;
    QHash<QString, QString> m_categoryNames;
    QList<Entry> m_rows;
};

} // namespace paht
