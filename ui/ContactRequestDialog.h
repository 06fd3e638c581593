#pragma once

#include "domain/Report.h"

#include <QDialog>
#include <QJsonObject>

class QPlainTextEdit;

namespace paht::ui {

// the agency asks the Operations Center for the reporter's contact details, saying why it needs
// them to handle the report. Only the center discloses them, and both steps are recorded.
class ContactRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactRequestDialog(const Report& report, QWidget* parent = nullptr);

    QString reason() const;
    QJsonObject payload() const; // {"reason": …}

private:
    QPlainTextEdit* m_reason;
};

} // namespace paht::ui
