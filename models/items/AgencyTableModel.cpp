#include "items/AgencyTableModel.h"

#include "items/DisplayNames.h"

#include <algorithm>

namespace paht {

AgencyTableModel::AgencyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AgencyTableModel::setAgencies(QList<Agency> agencies)
{
    std::sort(agencies.begin(), agencies.end(),
              [](const Agency& a, const Agency& b) { return a.code < b.code; });
    beginResetModel();
    m_agencies = std::move(agencies);
    endResetModel();
}

int AgencyTableModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_agencies.size(); ++row) {
        if (m_agencies.at(row).code == code)
            return row;
    }
    return -1;
}

QString AgencyTableModel::contactText(const AgencyContact& contact)
{
    QString who = contact.name;
    if (!contact.title.isEmpty())
        who = who.isEmpty() ? contact.title : who + QStringLiteral(", ") + contact.title;
    QStringList parts;
    for (const QString& part : {who, contact.phone, contact.email}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

int AgencyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agencies.size());
}

int AgencyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agency& agency = m_agencies.at(index.row());
    if (role == CodeRole)
        return agency.code;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return agency.code;
    case NameColumn:
        return agency.name;
    case KindColumn:
        return displayName(agency.kind);
    case LimitColumn:
        //: R-10. Glossary: Ngày làm việc → "%n ngày làm việc"
        return tr("%n working day(s)", nullptr, agency.processingLimitDays);
    case LeaderColumn:
        return contactText(agency.leader);
    case FocalPersonColumn:
        return contactText(agency.focalPerson);
    }
    return {};
}

QVariant AgencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        //: Vietnamese: "Mã"
        return tr("Code");
    case NameColumn:
        //: Glossary: Cơ quan xử lý → "Tên cơ quan"
        return tr("Agency");
    case KindColumn:
        //: Vietnamese: "Loại cơ quan"
        return tr("Kind");
    case LimitColumn:
        //: R-10. Glossary: Hạn xử lý → "Thời hạn xử lý"
        return tr("Processing limit");
    case LeaderColumn:
        //: R-25. Glossary: Lãnh đạo → "Lãnh đạo phụ trách"
        return tr("Leader in charge");
    case FocalPersonColumn:
        //: R-25. Vietnamese: "Đầu mối"
        return tr("Focal person");
    }
    return {};
}

} // namespace paht
