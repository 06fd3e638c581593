#include "AdminLog.h"

#include "AdminListWindow.h"

#include "items/AdminLogModel.h"

#include <QPushButton>

namespace paht::ui {

AdminLog::AdminLog(ConsoleSession& session, QWidget* window)
    : AdminScreen(session, window), m_model(new AdminLogModel(this))
{}

AdminListWindow* AdminLog::show()
{
    if (!m_view) {
        //: Window title (R-29). Vietnamese: "Nhật ký quản trị"
        m_view = new AdminListWindow(tr("Administration log"), QStringLiteral("adminLog"), m_window);
        m_view->setModel(m_model, AdminLogModel::DetailsColumn);
        //: Vietnamese: "Làm mới"
        connect(m_view->addButton(QStringLiteral("refresh"), tr("&Refresh"), false), &QPushButton::clicked,
                this, &AdminLog::reload);
    }
    reload();
    m_view->show();
    m_view->raise();
    return m_view;
}

void AdminLog::reload()
{
    store().log(kLimit, this, [this](const AdminResult<QList<AdminLogEntry>>& result) {
        if (!result.ok()) {
            if (m_view)
                m_view->showRefusal(result.refusal->text());
            return;
        }
        m_model->setEntries(result.value);
        if (m_view)
            //: %n changes listed, at most %1. Vietnamese: "%n thay đổi gần nhất"
            m_view->showStatus(
                tr("The latest %n change(s).", nullptr, static_cast<int>(result.value.size())));
    });
}

} // namespace paht::ui
