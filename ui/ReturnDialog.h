#pragma once

#include "calendar/SlaDuration.h"
#include "domain/Report.h"
#include "items/DeadlineIndicator.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;

namespace paht::ui {

class DeadlineLabel;

// the specialist returns a report that is not the agency's competence to the center, with the
// reason the center reads before it re-dispatches. The limit — the policy's allowance from the moment the
// agency received the report — is in sight, and so is how much of it is left or how late the return is.
class ReturnDialog final : public QDialog
{
    Q_OBJECT

public:
    // `limit` is the Return stage as AgencyDeadlines reads it now; `allowance` the policy's duration.
    ReturnDialog(const Report& report, const Assignment& assignment, const DeadlineIndicator& limit,
                 const SlaDuration& allowance, QWidget* parent = nullptr);

    QString reason() const;
    QJsonObject payload() const; // {"reason": …}
    const DeadlineLabel* limitLabel() const { return m_limit; }

private:
    QPlainTextEdit* m_reason;
    DeadlineLabel* m_limit;
};

} // namespace paht::ui
