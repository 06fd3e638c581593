#include "items/AdminLogModel.h"

#include "calendar/WorkingCalendar.h"

#include <QJsonDocument>
#include <algorithm>

namespace paht {

AdminLogModel::AdminLogModel(QObject* parent) : QAbstractTableModel(parent) {}

QString AdminLogModel::changeName(const QString& type)
{
    if (type == QLatin1String("admin_user_created"))
        //: Vietnamese: "Tạo tài khoản"
        return tr("Account created");
    if (type == QLatin1String("admin_user_changed"))
        //: Vietnamese: "Sửa tài khoản"
        return tr("Account changed");
    if (type == QLatin1String("admin_password_reset"))
        //: Vietnamese: "Đặt lại mật khẩu"
        return tr("Password reset");
    if (type == QLatin1String("admin_agency_saved"))
        //: Glossary: Cơ quan xử lý → "Cập nhật cơ quan xử lý"
        return tr("Agency saved");
    if (type == QLatin1String("admin_category_saved"))
        //: Glossary: Lĩnh vực → "Cập nhật lĩnh vực"
        return tr("Category saved");
    if (type == QLatin1String("admin_api_key_created"))
        //: R-21. Vietnamese: "Tạo khóa API"
        return tr("API key created");
    if (type == QLatin1String("admin_api_key_revoked"))
        //: R-21. Vietnamese: "Thu hồi khóa API"
        return tr("API key revoked");
    if (type == QLatin1String("admin_sla_policy_saved"))
        //: Vietnamese: "Cập nhật quy định thời hạn xử lý"
        return tr("SLA policy saved");
    if (type == QLatin1String("admin_calendar_saved"))
        //: Glossary: Ngày làm việc → "Cập nhật lịch ngày làm việc"
        return tr("Working calendar saved");
    return type;
}

void AdminLogModel::setEntries(QList<AdminLogEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AdminLogEntry& a, const AdminLogEntry& b) { return a.at > b.at; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AdminLogModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, WhenColumn), index(rowCount() - 1, WhenColumn));
}

int AdminLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AdminLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AdminLogEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return m_locale.toString(entry.at.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
    case ActorColumn:
        return entry.actor;
    case ChangeColumn:
        return changeName(entry.type);
    case TargetColumn:
        return entry.target;
    case DetailsColumn:
        return entry.data.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact));
    }
    return {};
}

QVariant AdminLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        //: Vietnamese: "Thời gian"
        return tr("When");
    case ActorColumn:
        //: Vietnamese: "Người thực hiện"
        return tr("Administrator");
    case ChangeColumn:
        //: Vietnamese: "Thay đổi"
        return tr("Change");
    case TargetColumn:
        //: Vietnamese: "Đối tượng"
        return tr("Subject");
    case DetailsColumn:
        //: Vietnamese: "Chi tiết"
        return tr("Details");
    }
    return {};
}

} // namespace paht
