#pragma once

#include "AdminListWindow.h"

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

    ConsoleSession& m_session;
    QWidget* m_window;
    QPointer<AdminListWindow> m_view;
};

} // namespace paht::ui
