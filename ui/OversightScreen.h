#pragma once

#include "CommandScreen.h"

#include "items/ReminderBoard.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace paht::ui {

class ConsoleSession;
class ContactRequestsWindow;
class EscalationsWindow;

// The center's and the Provincial Office's oversight: remind agencies about late
// assignments, escalate to the Provincial People's Committee and resolve it, give a reporter's contact to
// an agency that asked, flag a reporter. Takes those commands over from the plain prompt, and offers the
// lists they start from (late assignments, escalations, contact requests) in its own menu. Each dialog
// is window-modal without blocking, and queues its command through the session when accepted.
class OversightScreen final : public QObject, public CommandScreen
{
    Q_OBJECT

public:
    // `window` parents the dialogs and the menu.
    OversightScreen(ConsoleSession& session, QWidget* window);
    ~OversightScreen() override;

    bool handles(const QString& command) const override;
    void open(const QString& command, const QStringList& reportIds) override;

    // The "Oversight" menu, for the main window's menu bar; owned by the window.
    QMenu* menu() const { return m_menu; }
    void showLateAssignments();
    EscalationsWindow* showEscalations();
    ContactRequestsWindow* showContactRequests();

private:
    void openRemind(const QStringList& reportIds);
    void openEscalate(const QString& reportId);
    void openResolve(const QString& reportId);
    void openDisclose(const QString& reportId, const QString& agencyCode = {});
    void openFlag(const QString& reportId);
    void remind(const QList<ReminderCandidate>& chosen, const QString& note);
    bool allows(const QString& reportId, const QString& command) const;
    void queue(const QString& reportId, const QString& command, const QJsonObject& payload);
    void warnNotQueued();

    ConsoleSession& m_session;
    QWidget* m_window;
    QMenu* m_menu;
    QPointer<EscalationsWindow> m_escalations;
    QPointer<ContactRequestsWindow> m_contactRequests;
};

} // namespace paht::ui
