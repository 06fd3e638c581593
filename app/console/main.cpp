#include "ConsoleSession.h"
#include "Languages.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include "calendar/Clock.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <functional>
#include <sodium.h>

using namespace paht;
using namespace paht::ui;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paht-console"));
    QApplication::setOrganizationName(QStringLiteral("PAHT"));
    QApplication::setApplicationDisplayName(QStringLiteral("PAHT"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/paht/icons/paht.svg")));
    if (sodium_init() < 0)
        return 1;

    QSettings settings;
    Languages languages;
    languages.apply(settings.value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString());

    SystemClock clock;
    QNetworkAccessManager network;
    ConsoleSession session(clock, &network);
    LoginDialog login(settings);
    QPointer<MainWindow> window;

    std::function<void()> openWindow;
    openWindow = [&] {
        // The new window shows before the old one goes, so the application never runs out of windows.
        QPointer<MainWindow> previous = window;
        window = new MainWindow(session, settings);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &MainWindow::languageChosen, &app, [&](const QString& language) {
            languages.apply(language);
            // Widgets take their texts when built: rebuild the window in the new language.
            QMetaObject::invokeMethod(&app, openWindow, Qt::QueuedConnection);
        });
        window->show();
        delete previous;
    };
    QObject::connect(&login, &LoginDialog::loginRequested, &session,
                     [&](const QString& url, const QString& user, const QString& password) {
                         login.setBusy(true);
                         session.login(url, user, password);
                     });
    QObject::connect(&session, &ConsoleSession::loginFailed, &login, [&](const QString& message) {
        login.showError(message);
        login.show(); // also when a session ends while the main window is open
    });
    QObject::connect(&session, &ConsoleSession::ready, &login, [&] {
        login.accept();
        openWindow();
    });
    QObject::connect(&login, &QDialog::rejected, &app, &QApplication::quit);
    login.show();
    session.resume(login.storeUrl(), login.username());
    return QApplication::exec();
}
