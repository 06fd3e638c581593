#pragma once

#include "domain/Agency.h"
#include "sync/StoreAdministration.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace paht {

// The store's API keys: the citizen app's and each agency system's, newest first, revoked ones
// greyed. The keys themselves are never listed: the store keeps only their hashes.
class ApiKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        AgencyColumn,
        CreatedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1, // QString
        RevokedRole,                 // bool
    };

    explicit ApiKeyTableModel(QObject* parent = nullptr);

    static QString kindName(const QString& kind); // "Citizen app", "Agency system"

    void setKeys(QList<ApiKeyEntry> keys);
    void setAgencies(const QList<Agency>& agencies);
    void setDisplayLocale(const QLocale& locale);
    const ApiKeyEntry& key(int row) const { return m_keys.at(row); }
    int rowOf(const QString& name) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ApiKeyEntry& key, int column) const;

    QList<ApiKeyEntry> m_keys;
    QHash<QString, QString> m_agencyNames;
    QLocale m_locale;
};

} // namespace paht
