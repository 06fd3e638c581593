#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QVBoxLayout;
class QGridLayout;

namespace paht::ui {

class ReportsController;

// The periodic reports on screen: the period (a month, a quarter, a year or any run of days)
// and the scope (the province or one agency), the tables and the charts, where the figures come from,
// the next report due, and the exports (CSV, PDF, print). It shows what ReportsController holds and
// passes the user's choices to it.
class ReportsWindow final : public QWidget
{
    Q_OBJECT

public:
    ReportsWindow(ReportsController& controller, QWidget* parent = nullptr);

    // Sets the choice widgets to the controller's period and scope (after a due report was opened).
    void showChoice();
    QTableView* table(const QString& key) const;
    QChartView* chart(const QString& key) const;

    // The exports with the file chosen already (the buttons ask for one first).
    bool exportCsv(const QString& file);
    bool savePdf(const QString& file);

signals:
    void reportWanted(const QString& reportId); // a sticking point was double-clicked

private:
    void buildChoice(QVBoxLayout* layout);
    void onKindChanged();
    void apply();
    void rebuild();
    void showDue();
    void chooseCsvFile();
    void choosePdfFile();
    void print();
    void setBusy(bool busy);

    ReportsController& m_controller;
    QComboBox* m_kind;
    QSpinBox* m_year;
    QComboBox* m_month;
    QComboBox* m_quarter;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_scope;
    QPushButton* m_show;
    QLabel* m_title;
    QLabel* m_source;
    QLabel* m_due;
    QPushButton* m_openDue;
    QTabWidget* m_tabs;
    QVBoxLayout* m_tables;
    QGridLayout* m_charts;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_print;
};

} // namespace paht::ui
