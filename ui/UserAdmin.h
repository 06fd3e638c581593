#pragma once

#include "AdminScreen.h"
#include "SecretDialog.h"

#include "domain/Agency.h"

#include <QPointer>

class QPushButton;

namespace paht {
class UserFilter;
class UserTableModel;
} // namespace paht

namespace paht::ui {

class UserDialog;
class UserFilterBar;

// The administrator's staff accounts: lists them all from the store (disabled ones too), and creates,
// changes, disables or enables them and resets passwords through the store, which checks and audits
// every change. The store's refusal is shown next to the form, whose input stays.
class UserAdmin final : public AdminScreen
{
    Q_OBJECT

public:
    UserAdmin(ConsoleSession& session, QWidget* window);

    AdminListWindow* show(); // and reloads
    // Lists the accounts again from the store, choosing `choose` (else the one chosen before).
    void reload(const QString& choose = {});
    UserDialog* openNew();
    UserDialog* openEdit(const QString& username);
    // Disabling asks first; enabling does not.
    void toggleDisabled(const QString& username);
    // Asks first, then shows the store's temporary password once.
    void resetPassword(const QString& username);

    const UserTableModel& model() const { return *m_model; }
    SecretDialog* lastSecret() const { return m_secret; }

private:
    QString selectedUsername() const;
    void updateButtons();
    void save(UserDialog* dialog);
    void setDisabled(const QString& username, bool disabled);

    UserTableModel* m_model;
    UserFilter* m_filter;
    QList<Agency> m_agencies;
    UserFilterBar* m_bar = nullptr;
    QPushButton* m_toggle = nullptr;
    QPointer<SecretDialog> m_secret;
};

} // namespace paht::ui
