#pragma once

#include "items/CalendarDraft.h"

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace paht {
class HoursProfileModel;
}

namespace paht::ui {

class CalendarPreview;
class DayListEditor;

// The administrator's working-calendar editor (issue [5/6] item 4): per year, the statutory holidays
// (computed, read-only), the Tết days and their compensatory days, the day beside National Day, swapped
// days and extra days off from the government's notice, the notice's name; and the seasonal office
// hours. Every edit goes through the draft, whose refusal shows next to its field, and the preview of the
// year follows at once. Saving is the controller's (TimeRulesScreen): the dialog asks for it.
class CalendarEditor final : public QDialog
{
    Q_OBJECT

public:
    CalendarEditor(const WorkingCalendar& current, int year, QWidget* parent = nullptr);
    ~CalendarEditor() override;

    const CalendarDraft& draft() const { return m_draft; }
    int year() const { return m_year; }
    void setYear(int year);
    CalendarPreview* preview() const { return m_preview; }

    // The controller's answers to saveRequested.
    void setSaving();
    void saved(const QString& message);
    void saveFailed(const QString& message);

signals:
    void saveRequested();

private:
    QWidget* buildForm();
    QWidget* buildHours();
    void refresh();
    void showProblem(const RuleProblem& problem);
    void onHoursEdited();
    void updateSaveButton();
    QString dayText(const QDate& date) const;

    CalendarDraft m_draft;
    int m_year;
    QLocale m_locale;
    bool m_hoursValid = true;
    bool m_saving = false;
    QSpinBox* m_yearBox = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_sourceProblem = nullptr;
    QListWidget* m_holidays = nullptr;
    QCheckBox* m_tetFromNotice = nullptr;
    DayListEditor* m_tet = nullptr;
    QLabel* m_tetBreak = nullptr;
    QCheckBox* m_compensatoryFromNotice = nullptr;
    DayListEditor* m_compensatory = nullptr;
    QComboBox* m_nationalDay = nullptr;
    QLabel* m_nationalDayProblem = nullptr;
    DayListEditor* m_swaps = nullptr;
    DayListEditor* m_extraDays = nullptr;
    HoursProfileModel* m_hours = nullptr;
    QTableView* m_hoursTable = nullptr;
    QLabel* m_hoursProblem = nullptr;
    CalendarPreview* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace paht::ui
