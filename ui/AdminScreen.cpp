#include "AdminScreen.h"

#include "AdminListWindow.h"
#include "ConsoleSession.h"

#include "sync/SyncClient.h"

namespace paht::ui {

AdminScreen::AdminScreen(ConsoleSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{}

StoreAdministration AdminScreen::store() const
{
    return StoreAdministration(m_session.sync().api());
}

QWidget* AdminScreen::host() const
{
    return m_view ? static_cast<QWidget*>(m_view) : m_window;
}

void AdminScreen::present(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QStringList AdminScreen::codesOf(const QList<Agency>& agencies)
{
    QStringList codes;
    for (const Agency& agency : agencies)
        codes << agency.code;
    return codes;
}

bool AdminScreen::readyToSend(AdminForm* form, const DirectoryCheck& problem)
{
    if (problem) {
        form->showProblem(*problem);
        return false;
    }
    form->clearProblem();
    form->setBusy(true);
    return true;
}

} // namespace paht::ui
