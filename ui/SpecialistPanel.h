#pragma once

#include "domain/Report.h"

#include <QWidget>

class QLabel;

namespace paht::ui {

class ConsoleSession;
class DeadlineLabel;

// Under the agency specialist's actions: the deadlines of the decisions open on their agency's assignment
// — accept, return to the center, the result, the reporter's question — the
// leader's reason for a rework, and whether a result draft waits on this computer. It follows the
// report the detail pane shows; the rules are models/items AgencyDeadlines'.
class SpecialistPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SpecialistPanel(ConsoleSession& session, QWidget* parent = nullptr);

    // Reads the shown report again (it changed, time moved, or its draft was saved).
    void refresh();

private:
    ConsoleSession& m_session;
    DeadlineLabel* m_accept;
    DeadlineLabel* m_return;
    DeadlineLabel* m_result;
    DeadlineLabel* m_answer;
    QLabel* m_rework;
    QLabel* m_draft;
};

} // namespace paht::ui
