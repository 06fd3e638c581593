#pragma once

#include "sync/StoreRefusal.h"

#include <QAbstractTableModel>
#include <QList>

namespace paht {

// Every bad row of a directory file the store refused to import, in file order: line, column, why. The
// administrator corrects them all in the file and imports it again (nothing was written).
class ImportErrorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        FieldColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ImportErrorModel(QObject* parent = nullptr);

    void setRows(QList<CsvRowProblem> rows);
    const QList<CsvRowProblem>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CsvRowProblem> m_rows;
};

} // namespace paht
