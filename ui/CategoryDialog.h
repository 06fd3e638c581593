#pragma once

#include "AdminForm.h"

#include "domain/Agency.h"
#include "domain/Category.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;

namespace paht {
class RoutingListModel;
}

namespace paht::ui {

// A report category to create or change: code (fixed once made), name, whether it is still offered
// for new reports, and its routing: the agencies of the directory that a report of it is suggested to,
// in order.
class CategoryDialog final : public AdminForm
{
    Q_OBJECT

public:
    explicit CategoryDialog(const QList<Agency>& agencies, QWidget* parent = nullptr); // a new category
    CategoryDialog(const Category& category, const QList<Agency>& agencies, QWidget* parent = nullptr);

    bool isNew() const { return m_new; }
    Category category() const;
    RoutingListModel& routing() const { return *m_routing; }

    // The routing editor's actions, as its buttons do them.
    void addAgency(const QString& code);
    void removeCurrent();
    void moveCurrent(int delta);

private:
    void build(const QList<Agency>& agencies);
    int currentRow() const;
    void updateButtons();

    bool m_new;
    RoutingListModel* m_routing;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_active = nullptr;
    QListView* m_list = nullptr;
    QComboBox* m_agencies = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace paht::ui
