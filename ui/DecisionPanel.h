#pragma once

#include "approval/LeaderDecision.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace paht::ui {

// The leader's decision on the result shown beside it: Approve, Return for rework (with the
// reason the specialist reads), or Edit and approve (the specialist's text in an editor, the difference
// beside it as the leader types, and once more before it is sent). Keyboard first: Ctrl+Enter approves
// or sends the open form, Ctrl+R and Ctrl+E open the forms, Escape closes them.
class DecisionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPanel(QWidget* parent = nullptr);

    // The result the leader looks at and the commands the workflow allows on it now. The same report
    // again (a refresh) keeps an open form and what was typed in it.
    void setResult(const QString& reportId, const QString& submittedText, const QStringList& allowed);
    // Why no decision can be taken now (e.g. one is already in the outbox); empty for none.
    void setNotice(const QString& notice);
    void startRework();
    void startEdit();
    void closeForm();
    bool isFormOpen() const;

signals:
    void decided(const paht::LeaderDecision& decision);

private:
    QWidget* buildButtons();
    QWidget* buildReworkForm();
    QWidget* buildEditForm();
    void showPage(int page);
    void updateButtons();
    void updateRework();
    void updateEdit();
    void confirmEdit();

    QString m_reportId;
    QString m_submittedText;
    QStringList m_allowed;
    QStackedWidget* m_pages;
    QLabel* m_notice;
    QPushButton* m_approve;
    QPushButton* m_rework;
    QPushButton* m_edit;
    QPlainTextEdit* m_reason;
    QLabel* m_reasonProblem;
    QPushButton* m_sendRework;
    QPlainTextEdit* m_editor;
    QTextBrowser* m_liveDiff;
    QLabel* m_editProblem;
    QPushButton* m_confirmEdit;
    QTimer m_diffDelay; // the live difference follows typing without redoing it on every key
};

} // namespace paht::ui
