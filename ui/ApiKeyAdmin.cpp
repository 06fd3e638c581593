#include "ApiKeyAdmin.h"

#include "AdminListWindow.h"
#include "ApiKeyDialog.h"
#include "SecretDialog.h"

#include "items/ApiKeyTableModel.h"
#include "items/DirectoryForms.h"

#include <QPushButton>

namespace paht::ui {

ApiKeyAdmin::ApiKeyAdmin(ConsoleSession& session, QWidget* window)
    : AdminScreen(session, window), m_model(new ApiKeyTableModel(this))
{}

AdminListWindow* ApiKeyAdmin::show()
{
    if (!m_view) {
        //: Window title (R-21). Vietnamese: "Khóa API kết nối phần mềm"
        m_view = new AdminListWindow(tr("API keys"), QStringLiteral("apiKeys"), m_window);
        m_view->setModel(m_model, ApiKeyTableModel::NameColumn);
        //: Vietnamese: "Tạo khóa…"
        connect(m_view->addButton(QStringLiteral("newApiKey"), tr("&New key…"), false), &QPushButton::clicked,
                this, [this] { openNew(); });
        //: Vietnamese: "Thu hồi…"
        QPushButton* revoke = m_view->addButton(QStringLiteral("revokeApiKey"), tr("&Revoke…"), true);
        connect(revoke, &QPushButton::clicked, this, [this] { this->revoke(selectedName()); });
        // A revoked key cannot be revoked again.
        connect(m_view, &AdminListWindow::currentChanged, this, [this, revoke] {
            const int row = m_view->currentRow();
            revoke->setEnabled(row >= 0 && !m_model->key(row).revoked);
        });
    }
    reload();
    m_view->show();
    m_view->raise();
    return m_view;
}

QString ApiKeyAdmin::selectedName() const
{
    const int row = m_view ? m_view->currentRow() : -1;
    return row < 0 ? QString() : m_model->key(row).name;
}

void ApiKeyAdmin::reload(const QString& choose)
{
    store().agencies(this, [this](const AdminResult<QList<Agency>>& result) {
        if (!result.ok())
            return;
        m_agencies = result.value;
        m_model->setAgencies(m_agencies);
    });
    store().apiKeys(this, [this, choose](const AdminResult<QList<ApiKeyEntry>>& result) {
        if (!result.ok()) {
            if (m_view)
                m_view->showRefusal(result.refusal->text());
            return;
        }
        const QString chosen = choose.isEmpty() ? selectedName() : choose;
        m_model->setKeys(result.value);
        if (m_view) {
            m_view->selectRow(m_model->rowOf(chosen));
            //: Vietnamese: "%n khóa"
            m_view->showStatus(tr("%n key(s)", nullptr, static_cast<int>(result.value.size())));
        }
    });
}

ApiKeyDialog* ApiKeyAdmin::openNew()
{
    auto* dialog = new ApiKeyDialog(m_agencies, host());
    connect(dialog, &AdminForm::submitted, this, [this, dialog] { save(dialog); });
    present(dialog);
    return dialog;
}

void ApiKeyAdmin::save(ApiKeyDialog* dialog)
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->key(row).name;
    const DirectoryCheck problem = DirectoryForms::checkApiKey(
        dialog->name(), dialog->kind(), dialog->agencyCode(), codesOf(m_agencies), names);
    if (!readyToSend(dialog, problem))
        return;
    const QPointer<AdminForm> guard(dialog);
    const QString name = dialog->name();
    store().createApiKey(name, dialog->kind(), dialog->agencyCode(), this,
                         [this, guard, name](const AdminResult<QString>& result) {
                             if (!accepted(guard, result))
                                 return;
                             m_secret = new SecretDialog(
                                 //: Window title (R-21). Vietnamese: "Khóa API mới"
                                 tr("New API key"),
                                 //: %1 the key's name. Vietnamese: "Khóa API “%1”. Hãy chuyển an toàn cho đơn
                                 //: vị quản lý phần mềm; Trung tâm chỉ lưu mã băm của khóa."
                                 tr("The API key “%1”. Hand it over safely to whoever runs the software; the "
                                    "store keeps only its hash.")
                                     .arg(name),
                                 result.value, host());
                             present(m_secret);
                             reload(name);
                         });
}

void ApiKeyAdmin::revoke(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0 || m_model->key(row).revoked)
        return;
    askFirst(host(),
             //: Window title (R-21). Vietnamese: "Thu hồi khóa API"
             tr("Revoke API key"),
             //: %1 the key's name. Vietnamese: "Thu hồi khóa “%1”? Phần mềm đang dùng khóa này sẽ không kết
             //: nối được nữa, ngay lập tức."
             tr("Revoke the key “%1”? The software using it can no longer connect, from now on.").arg(name),
             //: Vietnamese: "Thu hồi"
             tr("Revoke"), [this, name] {
                 store().revokeApiKey(name, this, [this, name](const AdminResult<bool>& result) {
                     if (!result.ok()) {
                         if (m_view)
                             m_view->showRefusal(result.refusal->text());
                         return;
                     }
                     reload(name);
                 });
             });
}

} // namespace paht::ui
