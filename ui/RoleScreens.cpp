#include "RoleScreens.h"

#include "AdministrationMenu.h"
#include "ApprovalScreen.h"
#include "ConsoleSession.h"
#include "DesktopNotifier.h"
#include "DispatchScreen.h"
#include "MainWindow.h"
#include "OversightScreen.h"
#include "PublicationScreen.h"
#include "ReportsScreen.h"
#include "SpecialistScreen.h"
#include "TimeRulesScreen.h"

#include <QAction>
#include <QMenuBar>

namespace paht::ui {

void addRoleScreens(MainWindow& window, ConsoleSession& session)
{
    const Role role = session.user().role;
    if (role == Role::IntakeOperator) {
        auto dispatch = std::make_unique<DispatchScreen>(session, &window);
        DispatchScreen* screen = dispatch.get();
        QMenu* work = window.menuBar()->addMenu(MainWindow::tr("&Work"));
        work->setObjectName(QStringLiteral("workMenu"));
        QAction* several =
            work->addAction(MainWindow::tr("&Dispatch selected reports…"), &window, [screen, &window] {
                screen->open(QStringLiteral("dispatch"), window.selectedReportIds());
            });
        several->setObjectName(QStringLiteral("dispatchSelected"));
        several->setShortcut(Qt::CTRL | Qt::Key_D);
        window.addScreen(std::move(dispatch));
    }
    if (role == Role::AgencySpecialist)
        window.addScreen(std::make_unique<SpecialistScreen>(session, *window.detail(), &window));
    if (role == Role::AgencyLeader)
        window.addScreen(std::make_unique<ApprovalScreen>(session, &window));
    if (isAgencyRole(role))
        window.notifier()->watchReminders(session.cache(), session.user().agencyCode);
    // The workflow offers the publication commands only to the roles that may take them.
    window.addScreen(std::make_unique<PublicationScreen>(session, &window));
    if (role == Role::IntakeOperator || role == Role::Supervisor) {
        auto oversight = std::make_unique<OversightScreen>(session, &window);
        window.menuBar()->addMenu(oversight->menu());
        window.addScreen(std::move(oversight));
    }
    if (role == Role::Supervisor || role == Role::Administrator || role == Role::PublicationEditor) {
        auto* reports = new ReportsScreen(session, window); // the window owns it
        window.menuBar()->addMenu(reports->menu());
        if (role == Role::Supervisor) // the Provincial Office owes the periodic reports
            reports->watchDueReports();
    }
    if (role == Role::Administrator) {
        new AdministrationMenu(session, window); // owned by the window; makes the "Administration" menu
        (new TimeRulesScreen(session, &window))->addActions(AdministrationMenu::menuOf(window));
    }
}

} // namespace paht::ui
