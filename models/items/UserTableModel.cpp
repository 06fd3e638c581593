#include "items/UserTableModel.h"

#include "items/DisplayNames.h"

#include <QBrush>
#include <algorithm>

namespace paht {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(QList<User> users)
{
    std::sort(users.begin(), users.end(),
              [](const User& a, const User& b) { return a.username < b.username; });
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void UserTableModel::setAgencies(const QList<Agency>& agencies)
{
    m_agencyNames.clear();
    for (const Agency& agency : agencies)
        m_agencyNames.insert(agency.code, agency.name);
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int UserTableModel::rowOf(const QString& username) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).username == username)
            return row;
    }
    return -1;
}

QString UserTableModel::agencyName(const QString& code) const
{
    return m_agencyNames.value(code, code);
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::display(const User& user, int column) const
{
    switch (column) {
    case UsernameColumn:
        return user.username;
    case NameColumn:
        return user.displayName;
    case RoleColumn:
        return displayName(user.role);
    case AgencyColumn:
        return agencyName(user.agencyCode);
    case ClearanceColumn:
        //: The account may see state-secret reports (R-17). Glossary: Bí mật nhà nước → "Được xem bí mật nhà
        //: nước"
        return user.stateSecretClearance ? tr("Cleared") : QString();
    case StatusColumn:
        //: An account's status. Vietnamese: "Đã khóa" / "Đang hoạt động"
        return user.disabled ? tr("Disabled") : tr("Active");
    }
    return {};
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(user, index.column());
    case Qt::ForegroundRole:
        return user.disabled ? QVariant(QBrush(Qt::gray)) : QVariant();
    case UsernameRole:
        return user.username;
    case RoleRole:
        return static_cast<int>(user.role);
    case AgencyCodeRole:
        return user.agencyCode;
    case DisabledRole:
        return user.disabled;
    case SearchRole:
        return QStringList{user.username, user.displayName, user.agencyCode, agencyName(user.agencyCode)}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        //: Vietnamese: "Tên đăng nhập"
        return tr("Username");
    case NameColumn:
        //: Vietnamese: "Họ và tên"
        return tr("Name");
    case RoleColumn:
        //: Vietnamese: "Vai trò"
        return tr("Role");
    case AgencyColumn:
        //: Glossary: Cơ quan xử lý
        return tr("Agency");
    case ClearanceColumn:
        //: R-17. Glossary: Bí mật nhà nước → "Bí mật nhà nước"
        return tr("State secrets");
    case StatusColumn:
        //: Vietnamese: "Trạng thái"
        return tr("Status");
    }
    return {};
}

} // namespace paht
