#pragma once

#include "CommandScreen.h"

#include <QCoreApplication>

class QMainWindow;

namespace paht::ui {

class ApprovalWindow;
class ConsoleSession;

// The agency leader's way into the approval screen: a menu entry of the main window, and the detail
// pane's Approve, Return for rework and Edit and approve buttons, which open the screen on that report.
class ApprovalScreen final : public CommandScreen
{
    Q_DECLARE_TR_FUNCTIONS(paht::ui::ApprovalScreen)

public:
    // The approval window is a child window of `mainWindow`, which gets an "Approval" menu.
    ApprovalScreen(ConsoleSession& session, QMainWindow* mainWindow);

    bool handles(const QString& command) const override;
    void open(const QString& command, const QStringList& reportIds) override;
    ApprovalWindow* window() const { return m_window; }

private:
    ApprovalWindow* m_window; // owned by the main window
};

} // namespace paht::ui
