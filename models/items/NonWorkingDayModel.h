#pragma once

#include "calendar/WorkingCalendar.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace paht {

// How the month grid of the calendar editor marks a day.
enum class DayMark
{
    Working,
    Weekend,
    Holiday,      // a statutory holiday, or a day of a whole-year list that names one
    DayOff,       // compensatory, swapped, extra, or listed without a holiday
    WorkedRestDay // a Saturday or Sunday worked in exchange for a weekday off
};

// The preview of a year in the calendar editor: the days that are not working days, with why (holidays
// with their names, compensatory, swapped and extra days off), and the weekend days worked instead of a
// swapped day. Plain weekends are left out unless asked for: they would bury the notice's decisions.
class NonWorkingDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        WeekdayColumn,
        StatusColumn, // why it is off, or "working day (swapped)"
        DetailColumn, // the holiday's name, what it makes up for or is swapped with, the note
        ColumnCount
    };
    enum Role
    {
        DateRole = Qt::UserRole + 1, // QDate
        ReasonRole,                  // QString: dayOffReasonName(), or "worked" for a worked weekend day
        WorkingRole,                 // bool
    };

    explicit NonWorkingDayModel(QObject* parent = nullptr);

    void setDisplayLocale(const QLocale& locale);
    void setShowWeekends(bool show);
    bool showsWeekends() const { return m_showWeekends; }
    // Reads `year` from `calendar` (kept: marks of other dates are asked for the month grid).
    void setCalendar(const WorkingCalendar& calendar, int year);
    int year() const { return m_year; }

    DayMark markOn(const QDate& date) const;
    int rowOf(const QDate& date) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString reasonText(DayOffReason reason);

private:
    struct Row
    {
        DayOff day;           // for a worked weekend day: its date, relatedDate = the day off, the note
        bool working = false; // a worked weekend day
    };

    QList<Row> rowsOf(int year) const;
    QString detail(const Row& row) const;
    QString dateText(const QDate& date) const;
    void rebuild();

    WorkingCalendar m_calendar;
    int m_year = 0;
    bool m_showWeekends = false;
    QLocale m_locale;
    QList<Row> m_rows;
};

} // namespace paht
