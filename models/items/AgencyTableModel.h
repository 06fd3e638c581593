#pragma once

#include "domain/Agency.h"

#include <QAbstractTableModel>
#include <QList>

namespace paht {

// The handling agencies for the administrator, ordered by code: kind, processing limit, and the
// leader and focal person the center reaches them through.
class AgencyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        KindColumn,
        LimitColumn,
        LeaderColumn,
        FocalPersonColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1; // QString

    explicit AgencyTableModel(QObject* parent = nullptr);

    void setAgencies(QList<Agency> agencies);
    const QList<Agency>& agencies() const { return m_agencies; }
    const Agency& agency(int row) const { return m_agencies.at(row); }
    int rowOf(const QString& code) const; // -1 when not listed

    // "Name, title · phone · e-mail" with the empty parts left out.
    static QString contactText(const AgencyContact& contact);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Agency> m_agencies;
};

} // namespace paht
