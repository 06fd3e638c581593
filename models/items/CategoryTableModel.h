#pragma once

#include "domain/Agency.h"
#include "domain/Category.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace paht {

// The report categories for the administrator, ordered by code, active and retired (greyed):
// the agencies each routes to, in the order the dispatch dialog suggests them.
class CategoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        RoutingColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1; // QString

    explicit CategoryTableModel(QObject* parent = nullptr);

    void setCategories(QList<Category> categories);
    void setAgencies(const QList<Agency>& agencies); // codes become names
    const QList<Category>& categories() const { return m_categories; }
    const Category& category(int row) const { return m_categories.at(row); }
    int rowOf(const QString& code) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString routingText(const Category& category) const;

    QList<Category> m_categories;
    QHash<QString, QString> m_agencyNames;
};

} // namespace paht
