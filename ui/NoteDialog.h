#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace paht::ui {

// Asks for the note that a command records (escalating to the Provincial People's Committee, resolving an
// escalation): what the step is about above, the note below, OK only with a note.
class NoteDialog final : public QDialog
{
    Q_OBJECT

public:
    // `about` is plain text shown above the prompt.
    NoteDialog(const QString& title, const QString& about, const QString& prompt, QWidget* parent = nullptr);

    QString note() const; // trimmed
    void setNote(const QString& note);
    bool canAccept() const;

private:
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace paht::ui
