#include "items/RoutingListModel.h"

namespace paht {

RoutingListModel::RoutingListModel(QObject* parent) : QAbstractListModel(parent) {}

void RoutingListModel::setAgencies(const QList<Agency>& agencies)
{
    m_names.clear();
    for (const Agency& agency : agencies)
        m_names.insert(agency.code, agency.name);
    if (!m_codes.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void RoutingListModel::setCodes(const QStringList& codes)
{
    beginResetModel();
    m_codes.clear();
    for (const QString& code : codes) {
        if (!m_codes.contains(code))
            m_codes << code;
    }
    endResetModel();
}

bool RoutingListModel::add(const QString& code)
{
    if (code.isEmpty() || m_codes.contains(code))
        return false;
    const int row = static_cast<int>(m_codes.size());
    beginInsertRows({}, row, row);
    m_codes << code;
    endInsertRows();
    return true;
}

void RoutingListModel::remove(int row)
{
    if (row < 0 || row >= m_codes.size())
        return;
    beginRemoveRows({}, row, row);
    m_codes.removeAt(row);
    endRemoveRows();
}

bool RoutingListModel::move(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_codes.size() || target < 0 || target >= m_codes.size() || delta == 0)
        return false;
    // beginMoveRows names the row the moved one ends up before, counted before the move.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_codes.move(row, target);
    endMoveRows();
    return true;
}

int RoutingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_codes.size());
}

QVariant RoutingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& code = m_codes.at(index.row());
    if (role == CodeRole)
        return code;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString name = m_names.value(code);
        return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
    }
    return {};
}

} // namespace paht
