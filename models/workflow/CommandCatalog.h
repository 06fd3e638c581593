#pragma once

#include "workflow/CommandRule.h"

#include <QList>
#include <QStringList>

namespace paht {

// Every command type the workflow knows, gathered from the command families, in the order the
// console lists actions.
class CommandCatalog
{
public:
    CommandCatalog();

    const CommandRule* find(const QString& type) const;
    const QList<CommandRule>& rules() const { return m_rules; }
    QStringList types() const;

private:
    QList<CommandRule> m_rules;
};

} // namespace paht
