#pragma once

#include "workflow/Directory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class QWidget;

namespace paht::ui {

// Asks for what a simple workflow command needs before it is queued — a reason, a text, a category —
// in a small dialog, or nothing for commands that need no input. Empty when the user cancels.
class ActionPrompt
{
    Q_DECLARE_TR_FUNCTIONS(paht::ui::ActionPrompt)

public:
    ActionPrompt(const Directory& directory, QWidget* parent) : m_directory(directory), m_parent(parent) {}

    std::optional<QJsonObject> payloadFor(const QString& command) const;

private:
    std::optional<QString> text(const QString& title, const QString& label, const QString& initial = {},
                                bool multiLine = true) const;
    std::optional<QString> choose(const QString& title, const QString& label,
                                  const QList<QPair<QString, QString>>& codeAndName) const;

    const Directory& m_directory;
    QWidget* m_parent;
};

} // namespace paht::ui
