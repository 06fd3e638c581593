#pragma once

#include "domain/Agency.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace paht {

// A category's routing while the administrator edits it: the agencies a report of the category is
// suggested to, in order, each at most once. Rows show "name (code)".
class RoutingListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int CodeRole = Qt::UserRole + 1; // QString

    explicit RoutingListModel(QObject* parent = nullptr);

    void setAgencies(const QList<Agency>& agencies); // the names shown
    void setCodes(const QStringList& codes);
    QStringList codes() const { return m_codes; }

    bool add(const QString& code); // false when already listed
    void remove(int row);
    // Moves the row up (-1) or down (+1); false at either end.
    bool move(int row, int delta);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_codes;
    QHash<QString, QString> m_names;
};

} // namespace paht
