#include "ContactRequestDialog.h"

#include "items/ActionSet.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

ContactRequestDialog::ContactRequestDialog(const Report& report, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(ActionSet::label(QStringLiteral("request_contact")));
    auto* heading = new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(report.id.toHtmlEscaped(), report.title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    auto* rule = new QLabel(tr("The Operations Center decides whether your agency gets the reporter's "
                               "contact details. Your request and any disclosure are recorded."),
                            this);
    rule->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("contactReason"));
    m_reason->setPlaceholderText(tr("Why your agency needs the contact to handle the report (required)"));
    m_reason->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("contactOk"));
    m_ok->setText(ActionSet::label(QStringLiteral("request_contact")));
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

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
