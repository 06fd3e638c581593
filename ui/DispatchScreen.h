#pragma once

#include "CommandScreen.h"

#include <QCoreApplication>
#include <QPointer>

class QWidget;

namespace paht {
class DispatchPlan;
}

namespace paht::ui {

class ConsoleSession;
class DispatchDialog;

// "dispatch" for the intake operator (R-7 … R-11): opens the dispatch dialog for one report or every
// selected one, keeps it current while the cache changes under it (another operator's dispatch shows
// at once), and queues one dispatch command per report through the outbox, at the version the
// operator's choice was checked against: a report dispatched meanwhile comes back as a conflict.
class DispatchScreen final : public CommandScreen
{
    Q_DECLARE_TR_FUNCTIONS(paht::ui::DispatchScreen)

public:
    DispatchScreen(ConsoleSession& session, QWidget* parent);
    ~DispatchScreen() override;

    bool handles(const QString& command) const override;
    // The dialog is window-modal and returns at once; the commands are queued when the user accepts.
    void open(const QString& command, const QStringList& reportIds) override;
    DispatchDialog* dialog() const; // the open one, if any

private:
    DispatchPlan planFor(const QStringList& reportIds) const;
    void dispatch(const DispatchDialog& dialog);

    ConsoleSession& m_session;
    QWidget* m_parent;
    QPointer<DispatchDialog> m_dialog;
};

} // namespace paht::ui
