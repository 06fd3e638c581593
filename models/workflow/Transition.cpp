#include "workflow/Transition.h"

namespace paht {

void Transition::record(const QString& type, bool isPublic, const QJsonObject& payload, const QString& agency)
{
    Event event;
    event.type = type;
    event.isPublic = isPublic;
    event.payload = payload;
    event.agencyCode = agency;
    events.append(event);
}

} // namespace paht
