#include "stats/StatisticsTableModel.h"

namespace paht {

void StatisticsTableModel::setTable(const StatisticsTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant StatisticsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_table.rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignVCenter |
                   (index.column() < m_table.labelColumns ? Qt::AlignLeft : Qt::AlignRight));
    case ReportIdRole:
        return m_table.reportIds.value(index.row());
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_table.headers.size())
        return {};
    return m_table.headers.at(section);
}

} // namespace paht
