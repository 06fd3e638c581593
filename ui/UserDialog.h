#pragma once

#include "AdminForm.h"

#include "domain/Agency.h"
#include "domain/User.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace paht::ui {

// A staff account to create or change: username (fixed once made), name, role, agency for the agency
// roles, clearance for state secrets, and for a new account the first password, typed twice.
class UserDialog final : public AdminForm
{
    Q_OBJECT

public:
    // A new account.
    UserDialog(const QList<Agency>& agencies, QWidget* parent = nullptr);
    // A change to `user`; its enabled/disabled state is kept.
    UserDialog(const User& user, const QList<Agency>& agencies, QWidget* parent = nullptr);

    bool isNew() const { return m_new; }
    User user() const;
    QString password() const;
    QString repeatedPassword() const;

private:
    void build(const QList<Agency>& agencies);
    void roleChosen();

    bool m_new;
    User m_original;
    QLineEdit* m_username;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_agency;
    QCheckBox* m_clearance;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeated = nullptr;
};

} // namespace paht::ui
