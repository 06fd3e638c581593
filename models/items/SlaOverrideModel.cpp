#include "items/SlaOverrideModel.h"

#include "items/DisplayNames.h"

namespace paht {

namespace {

void append(QList<SlaOverrideModel::Entry>* rows, OverrideScope scope,
            const QMap<QString, SlaPolicy::StageDurations>& table)
{
    for (auto code = table.begin(); code != table.end(); ++code) {
        for (SlaStage stage : allSlaStages()) {
            if (code->contains(stage))
                rows->append({scope, code.key(), stage, code->value(stage)});
        }
    }
}

} // namespace

SlaOverrideModel::SlaOverrideModel(QObject* parent) : QAbstractTableModel(parent) {}

void SlaOverrideModel::setNames(const QHash<QString, QString>& agencies,
                                const QHash<QString, QString>& categories)
{
    m_agencyNames = agencies;
    m_categoryNames = categories;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn));
}

void SlaOverrideModel::setPolicy(const SlaPolicy& policy)
{
    beginResetModel();
    m_rows.clear();
    append(&m_rows, OverrideScope::Agency, policy.agencyOverrides());
    append(&m_rows, OverrideScope::Category, policy.categoryOverrides());
    endResetModel();
}

QString SlaOverrideModel::nameOf(const Entry& entry) const
{
    const QString name =
        (entry.scope == OverrideScope::Agency ? m_agencyNames : m_categoryNames).value(entry.code);
    return name.isEmpty() ? entry.code : entry.code + QStringLiteral(" — ") + name;
}

int SlaOverrideModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlaOverrideModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaOverrideModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& row = m_rows[index.row()];
    switch (role) {
    case ScopeRole:
        return int(row.scope);
    case CodeRole:
        return row.code;
    case StageRole:
        return slaStageName(row.stage);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ScopeColumn:
        return row.scope == OverrideScope::Agency
                   //: Glossary: Cơ quan xử lý
                   ? tr("Handling agency")
                   //: Glossary: Lĩnh vực
                   : tr("Category");
    case NameColumn:
        return nameOf(row);
    case StageColumn:
        return displayName(row.stage);
    case DurationColumn:
        return SlaPolicyDraft::durationText(row.duration);
    }
    return {};
}

QVariant SlaOverrideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScopeColumn:
        //: Vietnamese: "Áp dụng cho"
        return tr("Applies to");
    case NameColumn:
        //: Vietnamese: "Mã — Tên"
        return tr("Code — name");
    case StageColumn:
        //: A step of Appendix I. Vietnamese: "Bước xử lý"
        return tr("Stage");
    case DurationColumn:
        //: Glossary: Hạn xử lý → "Thời hạn"
        return tr("Time limit");
    }
    return {};
}

} // namespace paht
