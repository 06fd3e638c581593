#pragma once

#include "domain/Agency.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace paht {
class UserFilter;
}

namespace paht::ui {

// Text, role and agency above the administrator's user list; drives a UserFilter.
class UserFilterBar final : public QWidget
{
    Q_OBJECT

public:
    UserFilterBar(UserFilter& filter, QWidget* parent = nullptr);

    void setAgencies(const QList<Agency>& agencies); // keeps the chosen one when still there

private:
    void apply();

    UserFilter& m_filter;
    QLineEdit* m_text;
    QComboBox* m_role;
    QComboBox* m_agency;
};

} // namespace paht::ui
