#pragma once

#include "AdminScreen.h"

namespace paht {
class AdminLogModel;
}

namespace paht::ui {

// The administrators' latest changes as the store audited them, newest first.
class AdminLog final : public AdminScreen
{
    Q_OBJECT

public:
    static constexpr int kLimit = 200;

    AdminLog(ConsoleSession& session, QWidget* window);

    AdminListWindow* show(); // and reloads
    void reload();
    const AdminLogModel& model() const { return *m_model; }

private:
    AdminLogModel* m_model;
};

} // namespace paht::ui
