#pragma once

#include "calendar/WorkingCalendar.h"

#include <QWidget>

class QCalendarWidget;
class QCheckBox;
class QTableView;

namespace paht {
class NonWorkingDayModel;
}

namespace paht::ui {

// The preview of a year as the administrator edits its calendar: a month grid with the days off marked
// (holidays, other days off, weekends, weekend days worked) and the list of non-working days with why.
// Picking a day in the grid selects its line, and picking a line shows its month.
class CalendarPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPreview(QWidget* parent = nullptr);

    void setCalendar(const WorkingCalendar& calendar, int year);

    NonWorkingDayModel* model() const { return m_model; }
    QCalendarWidget* grid() const { return m_grid; }
    QTableView* table() const { return m_table; }
    QCheckBox* weekendsToggle() const { return m_weekends; }

private:
    void markGrid();
    void selectDay(const QDate& date);

    NonWorkingDayModel* m_model;
    QCalendarWidget* m_grid;
    QTableView* m_table;
    QCheckBox* m_weekends;
};

} // namespace paht::ui
