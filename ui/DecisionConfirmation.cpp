#include "DecisionConfirmation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paht::ui {

DecisionConfirmation::DecisionConfirmation(const QString& title, const QString& question,
                                           const QString& bodyHtml, const QString& confirmLabel,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(720, 480);
    auto* label = new QLabel(question, this);
    label->setObjectName(QStringLiteral("confirmationQuestion"));
    label->setWordWrap(true);
    auto* body = new QTextBrowser(this);
    body->setObjectName(QStringLiteral("confirmationBody"));
    body->setHtml(bodyHtml);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* confirm = buttons->addButton(confirmLabel, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirm"));
    confirm->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    confirm->setFocus();
}

} // namespace paht::ui
