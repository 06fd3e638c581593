#pragma once

#include "AdminForm.h"
#include "AdminListWindow.h"

#include "domain/DirectoryRules.h"
#include "sync/StoreAdministration.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace paht::ui {

class ConsoleSession;

// What the administration controllers share: the store's administration API with the session's token,
// their list window once shown, and where their forms go.
class AdminScreen : public QObject
{
    Q_OBJECT

public:
    AdminScreen(ConsoleSession& session, QWidget* window);

    AdminListWindow* view() const { return m_view; }

signals:
    void changed(); // the store's directory changed: other lists and the session's cache follow

protected:
    StoreAdministration store() const;
    QWidget* host() const; // parents forms and questions: the list when open, else the main window
    // Shows a form window-modal without blocking; it is deleted when closed.
    static void present(QDialog* dialog);
    static QStringList codesOf(const QList<Agency>& agencies);
    // Before a form is sent: shows the form's problem and says no, or marks the form busy.
    static bool readyToSend(AdminForm* form, const DirectoryCheck& problem);
    // The store's answer to a form: a refusal stays on the form with its input; else the form closes.
    template <typename Value>
    static bool accepted(AdminForm* form, const AdminResult<Value>& result)
    {
        if (!form)
            return false;
        form->setBusy(false);
        if (!result.ok()) {
            form->showRefusal(*result.refusal);
            return false;
        }
        form->accept();
        return true;
    }

    ConsoleSession& m_session;
    QWidget* m_window;
    QPointer<AdminListWindow> m_view;
};

} // namespace paht::ui
