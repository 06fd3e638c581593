#pragma once

#include "CommandScreen.h"

#include <QPointer>

class QWidget;

namespace paht::ui {

class ConsoleSession;
class PublicationDialog;

// Takes the publication step's commands (edit_public_answer, publish, answer_privately,
// close_restricted) over from the plain prompt: each opens the publication dialog of the report, one at a
// time, beside the main window.
class PublicationScreen final : public CommandScreen
{
public:
    PublicationScreen(ConsoleSession& session, QWidget* parent) : m_session(session), m_parent(parent) {}

    bool handles(const QString& command) const override;
    void open(const QString& command, const QStringList& reportIds) override;

private:
    ConsoleSession& m_session;
    QWidget* m_parent;
    QPointer<PublicationDialog> m_dialog;
};

} // namespace paht::ui
