#include "CategoryAdmin.h"

#include "AdminListWindow.h"
#include "CategoryDialog.h"

#include "items/CategoryTableModel.h"
#include "items/DirectoryForms.h"

#include <QPushButton>

namespace paht::ui {

CategoryAdmin::CategoryAdmin(ConsoleSession& session, QWidget* window)
    : AdminScreen(session, window), m_model(new CategoryTableModel(this))
{}

AdminListWindow* CategoryAdmin::show()
{
    if (!m_view) {
        //: Window title (R-26). Glossary: Lĩnh vực → "Danh mục lĩnh vực phản ánh"
        m_view = new AdminListWindow(tr("Report categories"), QStringLiteral("categories"), m_window);
        m_view->setModel(m_model, CategoryTableModel::RoutingColumn);
        //: Glossary: Lĩnh vực → "Thêm lĩnh vực…"
        connect(m_view->addButton(QStringLiteral("newCategory"), tr("&New category…"), false),
                &QPushButton::clicked, this, [this] { openNew(); });
        //: Vietnamese: "Sửa…"
        connect(m_view->addButton(QStringLiteral("editCategory"), tr("&Edit…"), true), &QPushButton::clicked,
                this, [this] { openEdit(selectedCode()); });
        //: Retires or brings back the chosen category; the text changes with it. Vietnamese: "Ngừng sử dụng…"
        m_toggle = m_view->addButton(QStringLiteral("toggleActive"), tr("&Retire…"), true);
        connect(m_toggle, &QPushButton::clicked, this, [this] { toggleActive(selectedCode()); });
        connect(m_view, &AdminListWindow::currentChanged, this, &CategoryAdmin::updateButtons);
        connect(m_view, &AdminListWindow::activated, this,
                [this](int row) { openEdit(m_model->category(row).code); });
    }
    reload();
    m_view->show();
    m_view->raise();
    return m_view;
}

QString CategoryAdmin::selectedCode() const
{
    const int row = m_view ? m_view->currentRow() : -1;
    return row < 0 ? QString() : m_model->category(row).code;
}

void CategoryAdmin::updateButtons()
{
    const int row = m_view ? m_view->currentRow() : -1;
    if (m_toggle)
        //: Vietnamese: "Dùng lại" / "Ngừng sử dụng…"
        m_toggle->setText(row >= 0 && !m_model->category(row).active ? tr("&Bring back") : tr("&Retire…"));
}

void CategoryAdmin::reload(const QString& choose)
{
    store().agencies(this, [this](const AdminResult<QList<Agency>>& result) {
        if (!result.ok())
            return;
        m_agencies = result.value;
        m_model->setAgencies(m_agencies);
    });
    store().categories(this, [this, choose](const AdminResult<QList<Category>>& result) {
        if (!result.ok()) {
            if (m_view)
                m_view->showRefusal(result.refusal->text());
            return;
        }
        const QString chosen = choose.isEmpty() ? selectedCode() : choose;
        m_model->setCategories(result.value);
        if (m_view) {
            m_view->selectRow(m_model->rowOf(chosen));
            //: Glossary: Lĩnh vực → "Số lĩnh vực: %n"
            m_view->showStatus(tr("Categories: %n", nullptr, static_cast<int>(result.value.size())));
        }
    });
}

CategoryDialog* CategoryAdmin::openNew()
{
    auto* dialog = new CategoryDialog(m_agencies, host());
    connect(dialog, &AdminForm::submitted, this, [this, dialog] { save(dialog); });
    present(dialog);
    return dialog;
}

CategoryDialog* CategoryAdmin::openEdit(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return nullptr;
    auto* dialog = new CategoryDialog(m_model->category(row), m_agencies, host());
    connect(dialog, &AdminForm::submitted, this, [this, dialog] { save(dialog); });
    present(dialog);
    return dialog;
}

void CategoryAdmin::save(CategoryDialog* dialog)
{
    const Category category = dialog->category();
    DirectoryCheck problem = DirectoryRules::checkCategory(category, codesOf(m_agencies));
    if (!problem && dialog->isNew()) {
        QStringList taken;
        for (const Category& other : m_model->categories())
            taken << other.code;
        problem = DirectoryForms::checkUnused(QStringLiteral("code"), category.code, taken);
    }
    if (!readyToSend(dialog, problem))
        return;
    const QPointer<AdminForm> guard(dialog);
    store().saveCategory(category, this, [this, guard](const AdminResult<Category>& result) {
        if (!accepted(guard, result))
            return;
        reload(result.value.code);
        emit changed();
    });
}

void CategoryAdmin::toggleActive(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    const Category& category = m_model->category(row);
    if (!category.active) {
        setActive(code, true);
        return;
    }
    askFirst(host(),
             //: Window title (R-26). Glossary: Lĩnh vực → "Ngừng sử dụng lĩnh vực"
             tr("Retire category"),
             //: %1 a category's name. Vietnamese: "Ngừng sử dụng lĩnh vực “%1”? Phản ánh mới không chọn được
             //: lĩnh vực này nữa; các phản ánh cũ vẫn giữ nguyên."
             tr("Retire the category “%1”? New reports can no longer be put in it; earlier reports keep it.")
                 .arg(category.name),
             //: Vietnamese: "Ngừng sử dụng"
             tr("Retire"), [this, code] { setActive(code, false); });
}

void CategoryAdmin::setActive(const QString& code, bool active)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    Category category = m_model->category(row);
    category.active = active;
    store().saveCategory(category, this, [this](const AdminResult<Category>& result) {
        if (!result.ok()) {
            if (m_view)
                m_view->showRefusal(result.refusal->text());
            return;
        }
        reload();
        emit changed();
    });
}

} // namespace paht::ui
