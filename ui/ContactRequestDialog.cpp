#include "ContactRequestDialog.h"

#include "RequiredText.h"

#include "items/ActionSet.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace paht::ui {

ContactRequestDialog::ContactRequestDialog(const Report& report, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(ActionSet::label(QStringLiteral("request_contact")));
    QLabel* heading = reportHeading(report, this);
    auto* rule = new QLabel(tr("The Operations Center decides whether your agency gets the reporter's "
                               "contact details. Your request and any disclosure are recorded."),
                            this);
    rule->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("contactReason"));
    m_reason->setPlaceholderText(tr("Why your agency needs the contact to handle the report (required)"));
    m_reason->setTabChangesFocus(true);
    QDialogButtonBox* buttons = requireText(m_reason, this, QStringLiteral("contactOk"),
                                            ActionSet::label(QStringLiteral("request_contact")));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(rule);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(460, 300);
}

QString ContactRequestDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QJsonObject ContactRequestDialog::payload() const
{
    return {{QStringLiteral("reason"), reason()}};
}

} // namespace paht::ui
