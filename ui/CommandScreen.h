#pragma once

#include <QString>
#include <QStringList>

namespace paht::ui {

// A screen that takes a workflow command over from the plain input prompt — the dispatch dialog, the
// result editor, the approval and publication screens. It asks what the command needs and queues it
// through the session itself; the main window only routes the user's intent to it.
class CommandScreen
{
public:
    virtual ~CommandScreen() = default;

    virtual bool handles(const QString& command) const = 0;
    // `reportIds` holds the report the user acted on, or every selected one for commands that take
    // several reports at once.
    virtual void open(const QString& command, const QStringList& reportIds) = 0;
};

} // namespace paht::ui
