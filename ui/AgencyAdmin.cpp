#include "AgencyAdmin.h"

#include "AdminListWindow.h"
#include "AgencyDialog.h"

#include "items/AgencyTableModel.h"
#include "items/DirectoryForms.h"

#include <QPushButton>

namespace paht::ui {

AgencyAdmin::AgencyAdmin(ConsoleSession& session, QWidget* window)
    : AdminScreen(session, window), m_model(new AgencyTableModel(this))
{}

AdminListWindow* AgencyAdmin::show()
{
    if (!m_view) {
        //: Window title. Glossary: Cơ quan xử lý → "Danh sách cơ quan xử lý"
        m_view = new AdminListWindow(tr("Handling agencies"), QStringLiteral("agencies"), m_window);
        m_view->setModel(m_model, AgencyTableModel::NameColumn);
        //: Glossary: Cơ quan xử lý → "Thêm cơ quan…"
        connect(m_view->addButton(QStringLiteral("newAgency"), tr("&New agency…"), false),
                &QPushButton::clicked, this, [this] { openNew(); });
        //: Vietnamese: "Sửa…"
        connect(m_view->addButton(QStringLiteral("editAgency"), tr("&Edit…"), true), &QPushButton::clicked,
                this, [this] {
                    if (const int row = m_view->currentRow(); row >= 0)
                        openEdit(m_model->agency(row).code);
                });
        connect(m_view, &AdminListWindow::activated, this,
                [this](int row) { openEdit(m_model->agency(row).code); });
    }
    reload();
    m_view->show();
    m_view->raise();
    return m_view;
}

void AgencyAdmin::reload(const QString& choose)
{
    store().agencies(this, [this, choose](const AdminResult<QList<Agency>>& result) {
        if (!result.ok()) {
            if (m_view)
                m_view->showRefusal(result.refusal->text());
            return;
        }
        const int current = m_view ? m_view->currentRow() : -1;
        const QString chosen = !choose.isEmpty() ? choose
                               : current >= 0    ? m_model->agency(current).code
                                                 : QString();
        m_model->setAgencies(result.value);
        if (m_view) {
            m_view->selectRow(m_model->rowOf(chosen));
            //: Glossary: Cơ quan xử lý → "Số cơ quan xử lý: %n"
            m_view->showStatus(tr("Agencies: %n", nullptr, static_cast<int>(result.value.size())));
        }
    });
}

AgencyDialog* AgencyAdmin::openNew()
{
    auto* dialog = new AgencyDialog(host());
    connect(dialog, &AdminForm::submitted, this, [this, dialog] { save(dialog); });
    present(dialog);
    return dialog;
}

AgencyDialog* AgencyAdmin::openEdit(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return nullptr;
    auto* dialog = new AgencyDialog(m_model->agency(row), host());
    connect(dialog, &AdminForm::submitted, this, [this, dialog] { save(dialog); });
    present(dialog);
    return dialog;
}

void AgencyAdmin::save(AgencyDialog* dialog)
{
    const Agency agency = dialog->agency();
    DirectoryCheck problem = DirectoryRules::checkAgency(agency);
    if (!problem && dialog->isNew())
        problem =
            DirectoryForms::checkUnused(QStringLiteral("code"), agency.code, codesOf(m_model->agencies()));
    if (!readyToSend(dialog, problem))
        return;
    const QPointer<AdminForm> guard(dialog);
    store().saveAgency(agency, this, [this, guard](const AdminResult<Agency>& result) {
        if (!accepted(guard, result))
            return;
        reload(result.value.code);
        emit changed();
    });
}

} // namespace paht::ui
