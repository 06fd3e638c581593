#include "SpecialistScreen.h"

#include "CitizenAnswerDialog.h"
#include "ConsoleSession.h"
#include "ContactRequestDialog.h"
#include "ReportDetailView.h"
#include "ResultEditor.h"
#include "ReturnDialog.h"
#include "SpecialistPanel.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "items/AgencyDeadlines.h"

#include <QMessageBox>

namespace paht::ui {

namespace {

const QString kSubmitResult = QStringLiteral("submit_result");
const QString kReturn = QStringLiteral("return_to_center");
const QString kAnswer = QStringLiteral("answer_citizen");
const QString kContact = QStringLiteral("request_contact");

} // namespace

SpecialistScreen::SpecialistScreen(ConsoleSession& session, ReportDetailView& detail, QWidget* window)
    : m_session(session), m_window(window), m_panel(new SpecialistPanel(session, &detail))
{
    detail.addPanel(m_panel);
}

bool SpecialistScreen::handles(const QString& command) const
{
    return command == kSubmitResult || command == kReturn || command == kAnswer || command == kContact;
}

void SpecialistScreen::open(const QString& command, const QStringList& reportIds)
{
    if (reportIds.isEmpty())
        return;
    const QString& id = reportIds.first();
    const std::optional<Report> report = m_session.cache().report(id);
    const Assignment* mine = report ? report->assignmentFor(m_session.user().agencyCode) : nullptr;
    if (!mine)
        return;
    if (command == kSubmitResult) {
        openEditor(id);
        return;
    }
    const QDateTime now = m_session.clock().now();
    const AgencyDeadlines deadlines(m_session.gauge(), ReturnLimit(m_session.policy(), m_session.slaClock()));
    if (command == kReturn) {
        ReturnDialog dialog(
            *report, *mine, deadlines.returnLimit(*report, *mine, now),
            m_session.policy().duration(SlaStage::Return, mine->agencyCode, report->categoryCode), m_window);
        if (dialog.exec() == QDialog::Accepted)
            queue(id, command, dialog.payload());
    } else if (command == kAnswer) {
        CitizenAnswerDialog dialog(*report, *mine, deadlines.citizenAnswer(*mine, now), m_window);
        if (dialog.exec() == QDialog::Accepted)
            queue(id, command, dialog.payload());
    } else if (command == kContact) {
        ContactRequestDialog dialog(*report, m_window);
        if (dialog.exec() == QDialog::Accepted)
            queue(id, command, dialog.payload());
    }
}

void SpecialistScreen::openEditor(const QString& reportId)
{
    if (m_editor && m_editor->reportId() != reportId)
        m_editor->close(); // saves its draft
    if (!m_editor) {
        m_editor = new ResultEditor(m_session, reportId, m_window);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        // A closed editor is deleted later: the next open builds a new one from the saved draft.
        connect(m_editor, &QDialog::finished, this, [this] { m_editor.clear(); });
        connect(m_editor, &ResultEditor::draftSaved, m_panel, &SpecialistPanel::refresh);
        connect(m_editor, &ResultEditor::submitted, m_panel, &SpecialistPanel::refresh);
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

void SpecialistScreen::queue(const QString& reportId, const QString& command, const QJsonObject& payload)
{
    if (m_session.act(reportId, command, payload).isEmpty())
        QMessageBox::warning(m_window, m_window->windowTitle(),
                             tr("The command could not be saved to the outbox."));
}

} // namespace paht::ui
