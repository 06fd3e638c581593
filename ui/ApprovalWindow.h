#pragma once

#include "workflow/Directory.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace paht {
class ApprovalQueueModel;
class LeaderDecision;
} // namespace paht

namespace paht::ui {

class ConsoleSession;
class DecisionPanel;
class ReportPane;
class ResultPane;

// The agency leader's approval screen: the results awaiting the leader's decision with their
// deadlines; for the chosen one, the report and the specialist's result side by side with the history
// of the text; approve, return for rework, edit and approve, or approve several at once. Every decision
// goes to the outbox through the session. Keyboard first: Ctrl+PgDown / Ctrl+PgUp move to the next or
// previous result, Ctrl+Shift+Enter approves the selected ones.
class ApprovalWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalWindow(ConsoleSession& session, QWidget* parent = nullptr);
    ~ApprovalWindow() override;

    // Shows the window with these reports selected, the first one current; `command` opens its form.
    void openOn(const QStringList& reportIds, const QString& command);
    bool selectReport(const QString& reportId);
    QString currentReportId() const;
    // The selected results the leader may approve now, in the list's order.
    QStringList approvableSelection() const;
    void setShowDecided(bool show);
    ApprovalQueueModel& queue() const { return *m_queue; }
    DecisionPanel* decisionPanel() const { return m_decision; }
    ResultPane* resultPane() const { return m_result; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void reloadReports();
    void showCurrent();
    void step(int delta);
    void updateBatchButton();
    bool isQueued(const QString& reportId) const;
    bool mayDecide(const QString& reportId, const QString& command) const;
    void decide(const LeaderDecision& decision);
    bool send(const QString& reportId, const LeaderDecision& decision);
    void approveSelected();
    void openPicture(const QString& sha256);

    ConsoleSession& m_session;
    ApprovalQueueModel* m_queue;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_list;
    QCheckBox* m_showDecided;
    QPushButton* m_approveSelected;
    QLabel* m_heading;
    QLabel* m_status;
    ReportPane* m_report;
    ResultPane* m_result;
    DecisionPanel* m_decision;
    Directory m_directory;
    QHash<QString, QString> m_communeNames;
    QTimer m_tick; // the deadlines move with the working-time clock
};

} // namespace paht::ui
