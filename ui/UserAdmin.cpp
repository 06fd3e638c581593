#include "UserAdmin.h"

#include "AdminListWindow.h"
#include "ConsoleSession.h"
#include "SecretDialog.h"
#include "UserDialog.h"
#include "UserFilterBar.h"

#include "items/DirectoryForms.h"
#include "items/UserFilter.h"
#include "items/UserTableModel.h"

#include <QPushButton>

namespace paht::ui {

UserAdmin::UserAdmin(ConsoleSession& session, QWidget* window)
    : AdminScreen(session, window), m_model(new UserTableModel(this)), m_filter(new UserFilter(this))
{
    m_filter->setSourceModel(m_model);
}

AdminListWindow* UserAdmin::show()
{
    if (!m_view) {
        //: Window title. Vietnamese: "Tài khoản người dùng"
        m_view = new AdminListWindow(tr("Staff accounts"), QStringLiteral("users"), m_window);
        m_bar = new UserFilterBar(*m_filter, m_view);
        m_view->addFilterBar(m_bar);
        m_view->setModel(m_filter, UserTableModel::NameColumn);
        //: Vietnamese: "Tạo tài khoản…"
        connect(m_view->addButton(QStringLiteral("newUser"), tr("&New account…"), false),
                &QPushButton::clicked, this, [this] { openNew(); });
        //: Vietnamese: "Sửa…"
        connect(m_view->addButton(QStringLiteral("editUser"), tr("&Edit…"), true), &QPushButton::clicked,
                this, [this] { openEdit(selectedUsername()); });
        //: Disables or enables the chosen account; the text changes with it. Vietnamese: "Khóa tài khoản"
        m_toggle = m_view->addButton(QStringLiteral("toggleDisabled"), tr("&Disable"), true);
        connect(m_toggle, &QPushButton::clicked, this, [this] { toggleDisabled(selectedUsername()); });
        //: Vietnamese: "Đặt lại mật khẩu…"
        connect(m_view->addButton(QStringLiteral("resetPassword"), tr("&Reset password…"), true),
                &QPushButton::clicked, this, [this] { resetPassword(selectedUsername()); });
        connect(m_view, &AdminListWindow::currentChanged, this, &UserAdmin::updateButtons);
        connect(m_view, &AdminListWindow::activated, this,
                [this](int row) { openEdit(m_model->user(row).username); });
    }
    reload();
    m_view->show();
    m_view->raise();
    return m_view;
}

QString UserAdmin::selectedUsername() const
{
    const int row = m_view ? m_view->currentRow() : -1;
    return row < 0 ? QString() : m_model->user(row).username;
}

void UserAdmin::updateButtons()
{
    const int row = m_view ? m_view->currentRow() : -1;
    if (m_toggle)
        //: Vietnamese: "Mở khóa" / "Khóa tài khoản"
        m_toggle->setText(row >= 0 && m_model->user(row).disabled ? tr("En&able") : tr("&Disable"));
}

void UserAdmin::reload(const QString& choose)
{
    store().agencies(this, [this](const AdminResult<QList<Agency>>& result) {
        if (!result.ok())
            return;
        m_agencies = result.value;
        m_model->setAgencies(m_agencies);
        if (m_bar)
            m_bar->setAgencies(m_agencies);
    });
    store().users(this, [this, choose](const AdminResult<QList<User>>& result) {
        if (!result.ok()) {
            if (m_view)
                m_view->showRefusal(result.refusal->text());
            return;
        }
        const QString chosen = choose.isEmpty() ? selectedUsername() : choose;
        m_model->setUsers(result.value);
        if (m_view) {
            m_view->selectRow(m_model->rowOf(chosen));
            //: %n accounts listed. Vietnamese: "%n tài khoản"
            m_view->showStatus(tr("%n account(s)", nullptr, static_cast<int>(result.value.size())));
        }
    });
}

UserDialog* UserAdmin::openNew()
{
    auto* dialog = new UserDialog(m_agencies, host());
    connect(dialog, &AdminForm::submitted, this, [this, dialog] { save(dialog); });
    present(dialog);
    return dialog;
}

UserDialog* UserAdmin::openEdit(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return nullptr;
    auto* dialog = new UserDialog(m_model->user(row), m_agencies, host());
    connect(dialog, &AdminForm::submitted, this, [this, dialog] { save(dialog); });
    present(dialog);
    return dialog;
}

void UserAdmin::save(UserDialog* dialog)
{
    const User user = dialog->user();
    const QStringList agencies = codesOf(m_agencies);
    QStringList usernames;
    for (const User& other : m_model->users())
        usernames << other.username;
    const DirectoryCheck problem =
        dialog->isNew() ? DirectoryForms::checkNewAccount(user, dialog->password(),
                                                          dialog->repeatedPassword(), agencies, usernames)
                        : DirectoryForms::checkAccountChange(user, agencies, m_session.user().username);
    if (!readyToSend(dialog, problem))
        return;
    const QPointer<AdminForm> guard(dialog);
    const auto handler = [this, guard](const AdminResult<User>& result) {
        if (!accepted(guard, result))
            return;
        reload(result.value.username);
        emit changed();
    };
    if (dialog->isNew())
        store().createUser(user, dialog->password(), this, handler);
    else
        store().updateUser(user, this, handler);
}

void UserAdmin::toggleDisabled(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return;
    const User& user = m_model->user(row);
    if (user.disabled) {
        setDisabled(username, false);
        return;
    }
    askFirst(
        host(),
        //: Window title. Vietnamese: "Khóa tài khoản"
        tr("Disable account"),
        //: %1 a username, %2 the person's name. Vietnamese: "Khóa tài khoản %1 (%2)? Các phiên làm việc
        //: của tài khoản này kết thúc ngay và không đăng nhập được cho đến khi được mở khóa."
        tr("Disable the account %1 (%2)? Its sessions end at once and it cannot log in until it is enabled "
           "again.")
            .arg(user.username, user.displayName),
        //: Vietnamese: "Khóa"
        tr("Disable"), [this, username] { setDisabled(username, true); });
}

void UserAdmin::setDisabled(const QString& username, bool disabled)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return;
    User user = m_model->user(row);
    user.disabled = disabled;
    if (const DirectoryCheck problem =
            DirectoryForms::checkAccountChange(user, codesOf(m_agencies), m_session.user().username)) {
        if (m_view)
            m_view->showRefusal(problem->message);
        return;
    }
    store().updateUser(user, this, [this](const AdminResult<User>& result) {
        if (!result.ok()) {
            if (m_view)
                m_view->showRefusal(result.refusal->text());
            return;
        }
        reload();
        emit changed();
    });
}

void UserAdmin::resetPassword(const QString& username)
{
    if (m_model->rowOf(username) < 0)
        return;
    QWidget* parent = host();
    askFirst(
        parent,
        //: Window title. Vietnamese: "Đặt lại mật khẩu"
        tr("Reset password"),
        //: %1 a username. Vietnamese: "Đặt lại mật khẩu của %1? Mật khẩu hiện tại hết hiệu lực và các
        //: phiên làm việc của tài khoản này kết thúc."
        tr("Reset the password of %1? The current password stops working and the account's sessions end.")
            .arg(username),
        //: Vietnamese: "Đặt lại"
        tr("Reset"), [this, username] {
            store().resetPassword(username, this, [this, username](const AdminResult<QString>& result) {
                if (!result.ok()) {
                    if (m_view)
                        m_view->showRefusal(result.refusal->text());
                    return;
                }
                m_secret = new SecretDialog(
                    //: Window title. Vietnamese: "Mật khẩu tạm thời"
                    tr("Temporary password"),
                    //: %1 a username. Vietnamese: "Mật khẩu tạm thời của %1. Hãy trao trực tiếp cho
                    //: người dùng."
                    tr("The temporary password of %1. Give it to the person directly.").arg(username),
                    result.value, host());
                present(m_secret);
                if (m_view)
                    //: %1 a username. Vietnamese: "Đã đặt lại mật khẩu của %1."
                    m_view->showStatus(tr("The password of %1 was reset.").arg(username));
            });
        });
}

} // namespace paht::ui
