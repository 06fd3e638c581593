#pragma once

#include "AdminScreen.h"
#include "SecretDialog.h"

#include "domain/Agency.h"

#include <QPointer>

namespace paht {
class ApiKeyTableModel;
}

namespace paht::ui {

class ApiKeyDialog;

// The API keys of the citizen app and of agencies' own software: lists them, makes one and shows
// its key once, revokes one after asking (it stops working at once).
class ApiKeyAdmin final : public AdminScreen
{
    Q_OBJECT

public:
    ApiKeyAdmin(ConsoleSession& session, QWidget* window);

    AdminListWindow* show(); // and reloads
    void reload(const QString& choose = {});
    ApiKeyDialog* openNew();
    void revoke(const QString& name); // asks first

    const ApiKeyTableModel& model() const { return *m_model; }
    SecretDialog* lastSecret() const { return m_secret; }

private:
    QString selectedName() const;
    void save(ApiKeyDialog* dialog);

    ApiKeyTableModel* m_model;
    QList<Agency> m_agencies;
    QPointer<SecretDialog> m_secret;
};

} // namespace paht::ui
