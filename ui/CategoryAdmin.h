#pragma once

#include "AdminScreen.h"

#include "domain/Agency.h"

class QPushButton;

namespace paht {
class CategoryTableModel;
}

namespace paht::ui {

class CategoryDialog;

// The report categories and their routing to agencies: lists them from the store, creates or
// changes one through it, and retires one (active = false: old reports keep it) or brings it back. A
// category is never deleted.
class CategoryAdmin final : public AdminScreen
{
    Q_OBJECT

public:
    CategoryAdmin(ConsoleSession& session, QWidget* window);

    AdminListWindow* show(); // and reloads
    void reload(const QString& choose = {});
    CategoryDialog* openNew();
    CategoryDialog* openEdit(const QString& code);
    // Retiring asks first; bringing back does not.
    void toggleActive(const QString& code);

    const CategoryTableModel& model() const { return *m_model; }

private:
    QString selectedCode() const;
    void updateButtons();
    void save(CategoryDialog* dialog);
    void setActive(const QString& code, bool active);

    CategoryTableModel* m_model;
    QList<Agency> m_agencies;
    QPushButton* m_toggle = nullptr;
};

} // namespace paht::ui
