#pragma once

#include "sync/StoreAdministration.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace paht {

// The administrators' changes to the directory, newest first, as the store audited them: when,
// who, what, on what, and the change's details.
class AdminLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        ActorColumn,
        ChangeColumn,
        TargetColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AdminLogModel(QObject* parent = nullptr);

    // The kind of change in words; the store's type when the console does not know it.
    static QString changeName(const QString& type);

    void setEntries(QList<AdminLogEntry> entries);
    void setDisplayLocale(const QLocale& locale);
    const AdminLogEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AdminLogEntry> m_entries;
    QLocale m_locale;
};

} // namespace paht
