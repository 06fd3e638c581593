#pragma once

#include "stats/StatisticsTables.h"

#include <QAbstractTableModel>

namespace paht {

// One table of a periodic report for a view: the cells as StatisticsTables formatted them, the words
// aligned left and the figures right, and the report a row is about (to open it).
class StatisticsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles
    {
        ReportIdRole = Qt::UserRole + 1, // the report the row is about; empty when none
    };

    explicit StatisticsTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setTable(const StatisticsTable& table);
    const StatisticsTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StatisticsTable m_table;
};

} // namespace paht
