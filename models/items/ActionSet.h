#pragma once

#include "domain/Report.h"
#include "workflow/Actor.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace paht {

// One thing the user may do to the report now: the command type the outbox will carry, and the button's
// translated label in the glossary's words.
struct Action
{
    QString command; // "dispatch", "approve", ...
    QString label;   // "Dispatch" → "Chuyển xử lý"

    friend bool operator==(const Action& a, const Action& b)
    {
        return a.command == b.command && a.label == b.label;
    }
};

// The actions of the detail pane, straight from Workflow::allowedCommands, so the console never offers a
// button the store would refuse for role or state (payloads are the dialogs' business).
class ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(paht::ActionSet)

public:
    ActionSet() = default;
    static ActionSet allowed(const Workflow& workflow, const Report& report, const Actor& actor);

    const QList<Action>& actions() const { return m_actions; }
    QStringList commands() const;
    bool allows(const QString& command) const;
    bool isEmpty() const { return m_actions.isEmpty(); }

    // The label of a command type; the type itself for one this build does not know.
    static QString label(const QString& command);

private:
    QList<Action> m_actions;
};

} // namespace paht
