#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace paht::ui {

// A list of days of the calendar editor (Tết days, compensatory days, swaps, extra days off) with the
// input row that adds one and a button that removes the selected one. It only shows lines and asks: the
// editor decides through its draft and says why a day was refused, shown under the list.
class DayListEditor final : public QWidget
{
    Q_OBJECT

public:
    struct Inputs
    {
        QString first;  // the label of the first date
        QString second; // the label of a second date; empty: no second date
        bool withNote = false;
    };

    // `name` prefixes the children's object names ("<name>List", "<name>Add", …).
    DayListEditor(const QString& name, const Inputs& inputs, QWidget* parent = nullptr);

    void setLines(const QStringList& lines);
    void setProblem(const QString& problem);
    // Moves the date inputs into `year` unless they are there already.
    void setYear(int year);
    // Read-only shows the lines without the inputs (e.g. Tết days computed from the lunar calendar).
    void setEditable(bool editable);

    QDateEdit* firstDate() const { return m_first; }
    QDateEdit* secondDate() const { return m_second; }
    QLineEdit* note() const { return m_note; }
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* problemLabel() const { return m_problem; }

signals:
    void addRequested(const QDate& first, const QDate& second, const QString& note);
    void removeRequested(int row);

private:
    QListWidget* m_list;
    QWidget* m_inputs;
    QDateEdit* m_first;
    QDateEdit* m_second = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace paht::ui
