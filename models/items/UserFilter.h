#pragma once

#include "domain/Role.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace paht {

// Narrows the administrator's user list (a UserTableModel) by text, role and agency. The text matches
// the username, the name and the agency, ignoring case and Vietnamese diacritics ("nguyen van" finds
// "Nguyễn Văn").
class UserFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setRole(std::optional<Role> role);    // nullopt: every role
    void setAgency(const QString& agencyCode); // empty: every agency (and none)

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words; // folded
    std::optional<Role> m_role;
    QString m_agency;
};

} // namespace paht
