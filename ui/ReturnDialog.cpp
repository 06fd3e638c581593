#include "ReturnDialog.h"

#include "DeadlineLabel.h"
#include "RequiredText.h"

#include "items/ActionSet.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace paht::ui {

ReturnDialog::ReturnDialog(const Report& report, const Assignment& assignment, const DeadlineIndicator& limit,
                           const SlaDuration& allowance, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_limit(new DeadlineLabel(this))
{
    setWindowTitle(ActionSet::label(QStringLiteral("return_to_center")));
    QLabel* heading = reportHeading(report, this);
    //: R-11. %1 is e.g. "1 working day". Vietnamese: "Trả lại Trung tâm trong vòng %1 kể từ khi nhận"
    auto* rule = new QLabel(tr("A report outside your agency's competence goes back to the Operations "
                               "Center within %1 of receiving it.")
                                .arg(DeadlineText::allowance(allowance)),
                            this);
    rule->setWordWrap(true);
    auto* received = new QLabel(
        tr("Received by your agency: %1").arg(DeadlineLabel::localTime(assignment.dispatchedAt)), this);
    m_limit->setObjectName(QStringLiteral("returnLimit"));
    //: Before the R-11 deadline. Glossary: Trả lại Trung tâm → "Trả lại Trung tâm trước"
    m_limit->setDeadline(tr("Return to the center by"), limit);
    auto* late = new QLabel(tr("The limit has passed: the return will be recorded as late."), this);
    late->setObjectName(QStringLiteral("returnLate"));
    late->setWordWrap(true);
    late->setVisible(limit.isOverdue());

    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setPlaceholderText(tr("Why this report is not your agency's competence (required)"));
    m_reason->setTabChangesFocus(true);
    QDialogButtonBox* buttons = requireText(m_reason, this, QStringLiteral("returnOk"),
                                            ActionSet::label(QStringLiteral("return_to_center")));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(rule);
    layout->addWidget(received);
    layout->addWidget(m_limit);
    layout->addWidget(late);
    layout->addWidget(new QLabel(tr("Reason for the Operations Center:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(480, 360);
}

QString ReturnDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QJsonObject ReturnDialog::payload() const
{
    return {{QStringLiteral("reason"), reason()}};
}

} // namespace paht::ui
