#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace paht::ui {

namespace {
const QString kStoreKey = QStringLiteral("login/store");
const QString kUserKey = QStringLiteral("login/user");
} // namespace

LoginDialog::LoginDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_store(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this)), m_ok(nullptr)
{
    setWindowTitle(tr("PAHT — Log in"));
    m_store->setObjectName(QStringLiteral("storeUrl"));
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_store->setText(settings.value(kStoreKey, QStringLiteral("http://127.0.0.1:8080")).toString());
    m_user->setText(settings.value(kUserKey).toString());
    m_store->setPlaceholderText(tr("https://paht.example.gov.vn"));

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Store address:"), m_store);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_store, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Field reports — Operations Center"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600"));
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    updateOk();
}

QString LoginDialog::storeUrl() const
{
    return m_store->text().trimmed();
}

QString LoginDialog::username() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::updateOk()
{
    const QUrl url(storeUrl());
    const bool validUrl = url.isValid() &&
                          (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
                          !url.host().isEmpty();
    m_ok->setEnabled(validUrl && !username().isEmpty() && !password().isEmpty());
}

void LoginDialog::submit()
{
    m_settings.setValue(kStoreKey, storeUrl());
    m_settings.setValue(kUserKey, username());
    m_error->hide();
    emit loginRequested(storeUrl(), username(), password());
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
    setBusy(false);
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget* widget :
         {static_cast<QWidget*>(m_store), static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password)})
        widget->setEnabled(!busy);
    if (busy)
        m_ok->setEnabled(false);
    else
        updateOk();
}

} // namespace paht::ui
