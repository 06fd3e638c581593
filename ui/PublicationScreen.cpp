#include "PublicationScreen.h"

#include "PublicationDialog.h"

namespace paht::ui {

bool PublicationScreen::handles(const QString& command) const
{
    return command == QLatin1String("edit_public_answer") || command == QLatin1String("publish") ||
           command == QLatin1String("answer_privately") || command == QLatin1String("close_restricted");
}

void PublicationScreen::open(const QString&, const QStringList& reportIds)
{
    if (reportIds.isEmpty())
        return;
    const QString& reportId = reportIds.first();
    if (m_dialog && m_dialog->reportId() != reportId)
        m_dialog->close();
    if (!m_dialog) {
        m_dialog = new PublicationDialog(m_session, reportId, m_parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace paht::ui
