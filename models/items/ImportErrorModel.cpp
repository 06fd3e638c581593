#include "items/ImportErrorModel.h"

#include <algorithm>

namespace paht {

ImportErrorModel::ImportErrorModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportErrorModel::setRows(QList<CsvRowProblem> rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const CsvRowProblem& a, const CsvRowProblem& b) { return a.line < b.line; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportErrorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportErrorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvRowProblem& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case FieldColumn:
        return row.field;
    case MessageColumn:
        return row.message;
    }
    return {};
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        //: A line of the imported file. Vietnamese: "Dòng"
        return tr("Line");
    case FieldColumn:
        //: A column of the imported file. Vietnamese: "Cột"
        return tr("Column");
    case MessageColumn:
        //: Vietnamese: "Lỗi"
        return tr("Problem");
    }
    return {};
}

} // namespace paht
