#pragma once

#include <QDialog>
#include <QList>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace paht::ui {

// The view of one administration list (users, agencies, categories, API keys, the log): the buttons of
// its controller, an optional filter bar, the table, and a line for what the store answered. It only
// shows and reports the user's choices; its controller talks to the store.
class AdminListWindow final : public QDialog
{
    Q_OBJECT

public:
    // `tableName`: the table's object name, for tests and accessibility.
    AdminListWindow(const QString& title, const QString& tableName, QWidget* parent = nullptr);

    // `model` may be a proxy: rows are given and taken in its source model's numbering.
    void setModel(QAbstractItemModel* model, int stretchColumn);
    // A button in the top row; one that `needsSelection` is enabled only while a row is chosen.
    QPushButton* addButton(const QString& objectName, const QString& text, bool needsSelection);
    void addFilterBar(QWidget* bar);

    int currentRow() const; // in the source model; -1 when none
    bool selectRow(int sourceRow);
    QTableView* table() const { return m_table; }

    void showRefusal(const QString& text);
    void showStatus(const QString& text);
    QString message() const;

signals:
    void currentChanged();
    void activated(int sourceRow); // double-click or Enter on a row

private:
    void updateButtons();

    QHBoxLayout* m_buttonRow;
    QTableView* m_table;
    QLabel* m_message;
    QList<QPushButton*> m_selectionButtons;
};

} // namespace paht::ui
