#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace paht::ui {

// Store address, user name and password. The address and user name are remembered (QSettings); the
// password never is. The dialog only collects and shows; the login itself is the controller's.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QSettings& settings, QWidget* parent = nullptr);

    QString storeUrl() const;
    QString username() const;
    QString password() const;

    // Shows why the last attempt failed and lets the user try again.
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void loginRequested(const QString& storeUrl, const QString& username, const QString& password);

private:
    void submit();
    void updateOk();

    QSettings& m_settings;
    QLineEdit* m_store;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace paht::ui
