#include "RequiredText.h"

#include "domain/Report.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace paht::ui {

QLabel* reportHeading(const Report& report, QWidget* parent)
{
    auto* heading = new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(report.id.toHtmlEscaped(), report.title.toHtmlEscaped()),
        parent);
    heading->setWordWrap(true);
    return heading;
}

QDialogButtonBox* requireText(QPlainTextEdit* text, QDialog* dialog, const QString& okName,
                              const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(okName);
    ok->setText(okText);
    ok->setEnabled(false);
    QObject::connect(text, &QPlainTextEdit::textChanged, ok,
                     [text, ok] { ok->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace paht::ui
