#include "NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

NoteDialog::NoteDialog(const QString& title, const QString& about, const QString& prompt, QWidget* parent)
    : QDialog(parent), m_note(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto* context = new QLabel(about, this);
    context->setObjectName(QStringLiteral("noteAbout"));
    context->setWordWrap(true);
    context->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(context);
    layout->addWidget(new QLabel(prompt, this));
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(520, 320);
    m_note->setFocus();
}

QString NoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void NoteDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

bool NoteDialog::canAccept() const
{
    return !note().isEmpty();
}

} // namespace paht::ui
