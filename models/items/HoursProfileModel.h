#pragma once

#include "calendar/WorkingHours.h"

#include <QAbstractTableModel>
#include <QList>

namespace paht {

// The seasonal office hours as an editable table (requirements "Time rules": configurable, seasonal
// schedules allowed): one row per profile with its name, the first and last day of the year it covers
// ("dd/MM", may wrap across the new year) and its periods ("07:30-11:30, 13:30-17:00").
//
// A cell takes any text that parses; whether the profiles together are valid (they cover every day once,
// periods in order) is WorkingHours::validate's decision, asked by the editor after each change.
class HoursProfileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FromColumn,
        ToColumn,
        PeriodsColumn,
        ColumnCount
    };

    explicit HoursProfileModel(QObject* parent = nullptr);

    void setProfiles(const QList<HoursProfile>& profiles);
    const QList<HoursProfile>& profiles() const { return m_profiles; }

    static QString monthDayText(int month, int day); // "15/10"
    static QString periodsText(const QList<WorkingPeriod>& periods);
    // Each returns false when `text` does not parse.
    static bool parseMonthDay(const QString& text, int* month, int* day);
    static bool parsePeriods(const QString& text, QList<WorkingPeriod>* periods);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A new profile copies the periods of the one above it and covers the whole year until edited.
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

signals:
    // A cell's text did not parse; the profile kept its value.
    void refused(const QString& message);

private:
    QList<HoursProfile> m_profiles;
};

} // namespace paht
