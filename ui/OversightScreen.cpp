#include "OversightScreen.h"

#include "ConsoleSession.h"
#include "ContactRequestsWindow.h"
#include "DiscloseContactDialog.h"
#include "EscalationsWindow.h"
#include "FlagReporterDialog.h"
#include "NoteDialog.h"
#include "RemindDialog.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "calendar/WorkingCalendar.h"
#include "items/ActionSet.h"
#include "items/CommandTargets.h"
#include "items/ContactRequests.h"
#include "items/ReminderBoard.h"
#include "sync/SyncClient.h"

#include <QLocale>
#include <QMenu>
#include <QMessageBox>

namespace paht::ui {

namespace {

// Shows a dialog window-modal without blocking; it goes away when closed.
void present(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

OversightScreen::OversightScreen(ConsoleSession& session, QWidget* window)
    : m_session(session), m_window(window),
      //: Menu of the center's oversight (R-13, R-24, R-27). Vietnamese: "&Giám sát"
      m_menu(new QMenu(tr("&Oversight"), window))
{
    m_menu->setObjectName(QStringLiteral("oversightMenu"));
    //: Menu item (R-24). Glossary: Quá hạn, Nhắc nhở → "Phản ánh quá hạn, sắp đến hạn và nhắc nhở…"
    m_menu->addAction(tr("Late assignments and reminders…"), this, &OversightScreen::showLateAssignments);
    //: Menu item (R-13). Glossary: Báo cáo UBND tỉnh → "Danh sách báo cáo UBND tỉnh…"
    m_menu->addAction(tr("Escalations…"), this, [this] { showEscalations(); });
    //: Menu item (R-27). Vietnamese: "Đề nghị cung cấp thông tin liên hệ…"
    m_menu->addAction(tr("Requests for the reporter's contact…"), this, [this] { showContactRequests(); });
}

OversightScreen::~OversightScreen() = default;

bool OversightScreen::handles(const QString& command) const
{
    static const QStringList commands{QStringLiteral("remind"), QStringLiteral("escalate"),
                                      QStringLiteral("resolve_escalation"),
                                      QStringLiteral("disclose_contact"), QStringLiteral("flag_reporter")};
    return commands.contains(command);
}

void OversightScreen::open(const QString& command, const QStringList& reportIds)
{
    if (reportIds.isEmpty())
        return;
    const QString& id = reportIds.first();
    if (command == QLatin1String("remind"))
        openRemind(reportIds);
    else if (command == QLatin1String("escalate"))
        openEscalate(id);
    else if (command == QLatin1String("resolve_escalation"))
        openResolve(id);
    else if (command == QLatin1String("disclose_contact"))
        openDisclose(id);
    else if (command == QLatin1String("flag_reporter"))
        openFlag(id);
}

bool OversightScreen::allows(const QString& reportId, const QString& command) const
{
    const std::optional<Report> report = m_session.cache().report(reportId);
    return report && m_session.workflow().allowedCommands(*report, m_session.actor()).contains(command);
}

void OversightScreen::warnNotQueued()
{
    QMessageBox::warning(m_window, m_window->windowTitle(),
                         tr("The command could not be saved to the outbox."));
}

void OversightScreen::queue(const QString& reportId, const QString& command, const QJsonObject& payload)
{
    if (m_session.act(reportId, command, payload).isEmpty())
        warnNotQueued();
}

// one command per chosen assignment, chained on a shared report (see ReminderBoard::commands), so they
// go to the outbox as built rather than through act(), which writes each against the cached version.
void OversightScreen::remind(const QList<ReminderCandidate>& chosen, const QString& note)
{
    for (const Command& command : ReminderBoard::commands(chosen, note)) {
        if (m_session.sync().submit(command).isEmpty()) {
            warnNotQueued();
            return;
        }
    }
}

void OversightScreen::showLateAssignments()
{
    const Directory directory = m_session.cache().directory();
    const ReminderBoard board(m_session.workflow(), m_session.gauge(), directory);
    const QList<AgencyReminders> late =
        board.late(m_session.cache().reports(), m_session.actor(), m_session.clock().now());
    //: Window title (R-24). Glossary: Quá hạn / Sắp đến hạn → "Phản ánh quá hạn và sắp đến hạn"
    auto* dialog = new RemindDialog(tr("Overdue and nearly due assignments"), late, m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { remind(dialog->chosen(), dialog->note()); });
    present(dialog);
}

void OversightScreen::openRemind(const QStringList& reportIds)
{
    QList<Report> reports;
    for (const QString& id : reportIds) {
        if (std::optional<Report> report = m_session.cache().report(id))
            reports << *report;
    }
    const Directory directory = m_session.cache().directory();
    const ReminderBoard board(m_session.workflow(), m_session.gauge(), directory);
    const QList<AgencyReminders> owing = board.owing(reports, m_session.actor(), m_session.clock().now());
    auto* dialog = new RemindDialog(ActionSet::label(QStringLiteral("remind")), owing, m_window);
    // The late ones are ticked; when nothing is late, the operator reminds on purpose: tick everything.
    bool anyLate = false;
    for (const AgencyReminders& group : owing) {
        for (const ReminderCandidate& candidate : group.assignments)
            anyLate = anyLate || candidate.isLate();
    }
    for (const AgencyReminders& group : owing) {
        for (const ReminderCandidate& candidate : group.assignments)
            dialog->setChecked(candidate.reportId, candidate.agencyCode, candidate.isLate() || !anyLate);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { remind(dialog->chosen(), dialog->note()); });
    present(dialog);
}

void OversightScreen::openEscalate(const QString& reportId)
{
    const std::optional<Report> report = m_session.cache().report(reportId);
    if (!report)
        return;
    auto* dialog = new NoteDialog(
        ActionSet::label(QStringLiteral("escalate")),
        //: %1 a report number, %2 its title. Vietnamese: "Phản ánh %1: %2"
        tr("Report %1: %2").arg(report->id, report->title),
        //: R-13. Glossary: Báo cáo UBND tỉnh → "Nội dung báo cáo UBND tỉnh (các cơ quan chưa thống nhất, hoặc
        //: xử lý chưa triệt để):"
        tr("What the Provincial People's Committee must take up (the agencies cannot agree, or the handling "
           "is not thorough):"),
        m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reportId] {
        queue(reportId, QStringLiteral("escalate"), {{QStringLiteral("note"), dialog->note()}});
    });
    present(dialog);
}

void OversightScreen::openResolve(const QString& reportId)
{
    const std::optional<Report> report = m_session.cache().report(reportId);
    if (!report || !report->escalation)
        return;
    QString by = report->escalation->by;
    for (const User& user : m_session.cache().users()) {
        if (user.username == by && !user.displayName.isEmpty())
            by = user.displayName;
    }
    const QString when = QLocale().toString(report->escalation->at.toTimeZone(WorkingCalendar::timeZone()),
                                            QLocale::ShortFormat);
    auto* dialog = new NoteDialog(
        ActionSet::label(QStringLiteral("resolve_escalation")),
        //: %1 a report number, %2 when, %3 who, %4 the escalation note. Vietnamese: "Phản ánh %1, báo cáo
        //: UBND tỉnh lúc %2 (%3):\n%4"
        tr("Report %1, escalated on %2 by %3:\n%4").arg(report->id, when, by, report->escalation->note),
        //: R-13. Vietnamese: "Ý kiến chỉ đạo của UBND tỉnh:"
        tr("The committee's direction:"), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reportId] {
        queue(reportId, QStringLiteral("resolve_escalation"), {{QStringLiteral("note"), dialog->note()}});
    });
    present(dialog);
}

void OversightScreen::openDisclose(const QString& reportId, const QString& agencyCode)
{
    const std::optional<Report> report = m_session.cache().report(reportId);
    if (!report)
        return;
    const Directory directory = m_session.cache().directory();
    const QStringList agencies =
        agenciesOpenTo(QStringLiteral("disclose_contact"), *report, m_session.workflow(), m_session.actor(),
                       directory, m_session.clock().now());
    if (agencies.isEmpty()) {
        QMessageBox::information(m_window, ActionSet::label(QStringLiteral("disclose_contact")),
                                 //: R-27. Vietnamese: "Không có cơ quan nào có thể nhận thông tin liên hệ của
                                 //: phản ánh %1 lúc này."
                                 tr("No agency can be given the contact of report %1 now.").arg(reportId));
        return;
    }
    auto* dialog = new DiscloseContactDialog(
        *report, ContactRequests::pending(*report, m_session.cache().events(reportId)), agencies, directory,
        m_window);
    if (!agencyCode.isEmpty())
        dialog->chooseAgency(agencyCode);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reportId] {
        queue(reportId, QStringLiteral("disclose_contact"), dialog->payload());
    });
    present(dialog);
}

void OversightScreen::openFlag(const QString& reportId)
{
    const std::optional<Report> report = m_session.cache().report(reportId);
    if (!report)
        return;
    auto* dialog = new FlagReporterDialog(*report, m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reportId] {
        queue(reportId, QStringLiteral("flag_reporter"), dialog->payload());
    });
    present(dialog);
}

EscalationsWindow* OversightScreen::showEscalations()
{
    if (!m_escalations) {
        m_escalations = new EscalationsWindow(m_session.cache(), m_window);
        m_escalations->setResolvable(
            [this](const QString& id) { return allows(id, QStringLiteral("resolve_escalation")); });
        connect(m_escalations, &EscalationsWindow::resolveRequested, this, &OversightScreen::openResolve);
    }
    m_escalations->show();
    m_escalations->raise();
    return m_escalations;
}

ContactRequestsWindow* OversightScreen::showContactRequests()
{
    if (!m_contactRequests) {
        m_contactRequests = new ContactRequestsWindow(m_session.cache(), m_window);
        connect(m_contactRequests, &ContactRequestsWindow::discloseRequested, this,
                [this](const QString& reportId, const QString& agencyCode) {
                    openDisclose(reportId, agencyCode);
                });
    }
    m_contactRequests->show();
    m_contactRequests->raise();
    return m_contactRequests;
}

} // namespace paht::ui
