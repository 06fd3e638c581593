#pragma once

#include "domain/Agency.h"
#include "domain/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace paht {

// Every staff account for the administrator, disabled ones too (greyed), ordered by username: who they
// are, their role, their agency by name, whether they are cleared for state secrets.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        NameColumn,
        RoleColumn,
        AgencyColumn,
        ClearanceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        UsernameRole = Qt::UserRole + 1, // QString
        RoleRole,                        // int: paht::Role
        AgencyCodeRole,                  // QString
        DisabledRole,                    // bool
        SearchRole,                      // QString: what the text filter looks in
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(QList<User> users);
    void setAgencies(const QList<Agency>& agencies); // codes become names
    const QList<User>& users() const { return m_users; }
    const User& user(int row) const { return m_users.at(row); }
    int rowOf(const QString& username) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString agencyName(const QString& code) const;
    QVariant display(const User& user, int column) const;

    QList<User> m_users;
    QHash<QString, QString> m_agencyNames;
};

} // namespace paht
