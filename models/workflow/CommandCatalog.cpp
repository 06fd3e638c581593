#include "workflow/CommandCatalog.h"

#include "workflow/AgencyCommands.h"
#include "workflow/ApprovalCommands.h"
#include "workflow/CitizenCommands.h"
#include "workflow/DispatchCommands.h"
#include "workflow/IntakeCommands.h"
#include "workflow/OversightCommands.h"
#include "workflow/PublicationCommands.h"

namespace paht {

CommandCatalog::CommandCatalog()
{
    m_rules << intakeCommands() << dispatchCommands() << agencyCommands() << approvalCommands()
            << publicationCommands() << citizenCommands() << oversightCommands();
}

const CommandRule* CommandCatalog::find(const QString& type) const
{
    for (const CommandRule& rule : m_rules) {
        if (rule.type == type)
            return &rule;
    }
    return nullptr;
}

QStringList CommandCatalog::types() const
{
    QStringList names;
    for (const CommandRule& rule : m_rules)
        names << rule.type;
    return names;
}

} // namespace paht
