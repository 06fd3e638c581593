#pragma once

#include "AdminScreen.h"

namespace paht {
class AgencyTableModel;
}

namespace paht::ui {

class AgencyDialog;

// The handling agencies: lists them from the store and creates or changes one through it.
class AgencyAdmin final : public AdminScreen
{
    Q_OBJECT

public:
    AgencyAdmin(ConsoleSession& session, QWidget* window);

    AdminListWindow* show(); // and reloads
    void reload(const QString& choose = {});
    AgencyDialog* openNew();
    AgencyDialog* openEdit(const QString& code);

    const AgencyTableModel& model() const { return *m_model; }

private:
    void save(AgencyDialog* dialog);

    AgencyTableModel* m_model;
};

} // namespace paht::ui
