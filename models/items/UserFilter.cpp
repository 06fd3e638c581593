#include "items/UserFilter.h"

#include "cache/LocalCache.h"
#include "items/UserTableModel.h"

namespace paht {

UserFilter::UserFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

void UserFilter::setText(const QString& text)
{
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void UserFilter::setRole(std::optional<Role> role)
{
    m_role = role;
    invalidateFilter();
}

void UserFilter::setAgency(const QString& agencyCode)
{
    m_agency = agencyCode;
    invalidateFilter();
}

bool UserFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_role && row.data(UserTableModel::RoleRole).toInt() != static_cast<int>(*m_role))
        return false;
    if (!m_agency.isEmpty() && row.data(UserTableModel::AgencyCodeRole).toString() != m_agency)
        return false;
    const QString haystack = foldForSearch(row.data(UserTableModel::SearchRole).toString());
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace paht
