#pragma once

#include <QDialog>

class QLineEdit;

namespace paht::ui {

// Shows a secret the store gives out once (a temporary password, an API key) with a button that copies
// it, and says that it cannot be shown again.
class SecretDialog final : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                 QWidget* parent = nullptr);

    QString secret() const;

private:
    QLineEdit* m_secret;
};

} // namespace paht::ui
