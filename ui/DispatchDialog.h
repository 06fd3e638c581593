#pragma once

#include "intake/DispatchPlan.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace paht::ui {

// Step 1.2 (R-7 … R-11): sends one or several reports to one or several agencies. Keyboard first: type
// to filter the agencies (without diacritics), Enter ticks the first match, ↓ and Space pick from the
// list, Ctrl+Enter dispatches. Suggestions come first; each chosen agency's acceptance and processing
// deadlines show as it is ticked; the dispatch button is enabled only when the workflow would take
// every report, and says why not otherwise. It queues nothing itself: the caller reads payload().
class DispatchDialog final : public QDialog
{
    Q_OBJECT

public:
    // `communeNames`: statistics code → ward or commune name, for the report header.
    DispatchDialog(const DispatchPlan& plan, const QHash<QString, QString>& communeNames,
                   QWidget* parent = nullptr);

    // Fresh copies of the reports (or fewer of them): the agencies ticked and the instruction stay.
    void setPlan(const DispatchPlan& plan);
    const DispatchPlan& plan() const { return m_plan; }

    QStringList chosenAgencies() const { return m_chosen; } // in the order they were ticked
    QString instruction() const;
    QJsonObject payload() const;
    bool canDispatch() const { return m_problems.isEmpty(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fillReports();
    void fillReturns();
    void fillAgencies();
    void refresh(); // the deadlines, the problems and the dispatch button
    void onItemChanged(QListWidgetItem* item);
    void tickFirstMatch();
    void leaveOutBlocked();
    void tryAccept();
    QString agencyName(const QString& code) const;
    QString local(const QDateTime& instant) const;

    DispatchPlan m_plan;
    QHash<QString, QString> m_communeNames;
    QStringList m_chosen;
    QList<DispatchProblem> m_problems;
    QTableWidget* m_reports;
    QLabel* m_returns;
    QLineEdit* m_filter;
    QListWidget* m_agencies;
    QLabel* m_deadlineNote;
    QTableWidget* m_deadlines;
    QPlainTextEdit* m_instruction;
    QLabel* m_problemText;
    QPushButton* m_leaveOut;
    QPushButton* m_dispatch;
};

} // namespace paht::ui
