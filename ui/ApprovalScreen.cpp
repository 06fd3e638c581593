#include "ApprovalScreen.h"

#include "ApprovalWindow.h"

#include "approval/LeaderDecision.h"

#include <QMainWindow>
#include <QMenuBar>

namespace paht::ui {

ApprovalScreen::ApprovalScreen(ConsoleSession& session, QMainWindow* mainWindow)
    : m_window(new ApprovalWindow(session, mainWindow))
{
    //: Menu of the agency leader. Glossary: Phê duyệt
    QMenu* menu = mainWindow->menuBar()->addMenu(tr("&Approval"));
    QAction* open = menu->addAction(
        //: Opens the approval screen (R-12). Glossary: Kết quả xử lý; Phê duyệt
        tr("Results awaiting &approval…"), m_window, [window = m_window] { window->openOn({}, {}); });
    open->setObjectName(QStringLiteral("openApproval"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
}

bool ApprovalScreen::handles(const QString& command) const
{
    return LeaderDecision::commands().contains(command);
}

void ApprovalScreen::open(const QString& command, const QStringList& reportIds)
{
    m_window->openOn(reportIds, command);
}

} // namespace paht::ui
