#include "items/CategoryTableModel.h"

#include <QBrush>
#include <algorithm>

namespace paht {

CategoryTableModel::CategoryTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CategoryTableModel::setCategories(QList<Category> categories)
{
    std::sort(categories.begin(), categories.end(),
              [](const Category& a, const Category& b) { return a.code < b.code; });
    beginResetModel();
    m_categories = std::move(categories);
    endResetModel();
}

void CategoryTableModel::setAgencies(const QList<Agency>& agencies)
{
    m_agencyNames.clear();
    for (const Agency& agency : agencies)
        m_agencyNames.insert(agency.code, agency.name);
    if (!m_categories.isEmpty())
        emit dataChanged(index(0, RoutingColumn), index(rowCount() - 1, RoutingColumn));
}

int CategoryTableModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_categories.size(); ++row) {
        if (m_categories.at(row).code == code)
            return row;
    }
    return -1;
}

QString CategoryTableModel::routingText(const Category& category) const
{
    QStringList names;
    for (const QString& code : category.routing)
        names << m_agencyNames.value(code, code);
    return names.join(QStringLiteral("; "));
}

int CategoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_categories.size());
}

int CategoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category& category = m_categories.at(index.row());
    if (role == CodeRole)
        return category.code;
    if (role == Qt::ForegroundRole)
        return category.active ? QVariant() : QVariant(QBrush(Qt::gray));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return category.code;
    case NameColumn:
        return category.name;
    case RoutingColumn:
        return routingText(category);
    case StatusColumn:
        //: A category still offered / no longer offered for new reports (R-26). Vietnamese: "Đang dùng" /
        //: "Ngừng sử dụng"
        return category.active ? tr("In use") : tr("Retired");
    }
    return {};
}

QVariant CategoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        //: Vietnamese: "Mã"
        return tr("Code");
    case NameColumn:
        //: Glossary: Lĩnh vực
        return tr("Category");
    case RoutingColumn:
        //: R-26. Glossary: Cơ quan xử lý → "Cơ quan xử lý được gợi ý"
        return tr("Routed to");
    case StatusColumn:
        //: Vietnamese: "Trạng thái"
        return tr("Status");
    }
    return {};
}

} // namespace paht
