#include "items/ApiKeyTableModel.h"

#include "calendar/WorkingCalendar.h"

#include <QBrush>
#include <algorithm>

namespace paht {

ApiKeyTableModel::ApiKeyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ApiKeyTableModel::kindName(const QString& kind)
{
    if (kind == ApiKeyEntry::kCitizenApp)
        //: R-21: a key for the citizen app (Smart Quảng Ninh). Vietnamese: "Ứng dụng cho người dân"
        return tr("Citizen app");
    if (kind == ApiKeyEntry::kAgencySystem)
        //: R-21: a key for an agency's own software. Vietnamese: "Phần mềm của cơ quan xử lý"
        return tr("Agency system");
    return kind;
}

void ApiKeyTableModel::setKeys(QList<ApiKeyEntry> keys)
{
    std::sort(keys.begin(), keys.end(), [](const ApiKeyEntry& a, const ApiKeyEntry& b) {
        if (a.revoked != b.revoked)
            return !a.revoked;
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.name < b.name;
    });
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

void ApiKeyTableModel::setAgencies(const QList<Agency>& agencies)
{
    m_agencyNames.clear();
    for (const Agency& agency : agencies)
        m_agencyNames.insert(agency.code, agency.name);
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, AgencyColumn), index(rowCount() - 1, AgencyColumn));
}

void ApiKeyTableModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, CreatedColumn), index(rowCount() - 1, CreatedColumn));
}

int ApiKeyTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).name == name)
            return row;
    }
    return -1;
}

int ApiKeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyTableModel::display(const ApiKeyEntry& key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.name;
    case KindColumn:
        return kindName(key.kind);
    case AgencyColumn:
        return m_agencyNames.value(key.agencyCode, key.agencyCode);
    case CreatedColumn:
        return key.createdAt.isValid()
                   ? m_locale.toString(key.createdAt.toTimeZone(WorkingCalendar::timeZone()),
                                       QLocale::ShortFormat)
                   : QString();
    case StatusColumn:
        //: An API key's status. Vietnamese: "Đã thu hồi" / "Đang dùng"
        return key.revoked ? tr("Revoked") : tr("In use");
    }
    return {};
}

QVariant ApiKeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKeyEntry& key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(key, index.column());
    case Qt::ForegroundRole:
        return key.revoked ? QVariant(QBrush(Qt::gray)) : QVariant();
    case NameRole:
        return key.name;
    case RevokedRole:
        return key.revoked;
    }
    return {};
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: The name of an API key. Vietnamese: "Tên khóa"
        return tr("Name");
    case KindColumn:
        //: Vietnamese: "Dùng cho"
        return tr("Used by");
    case AgencyColumn:
        //: Glossary: Cơ quan xử lý
        return tr("Agency");
    case CreatedColumn:
        //: Vietnamese: "Ngày tạo"
        return tr("Created");
    case StatusColumn:
        //: Vietnamese: "Trạng thái"
        return tr("Status");
    }
    return {};
}

} // namespace paht
