#pragma once

#include "workflow/Directory.h"

#include <QHash>
#include <QString>

namespace paht {

// Commune-level statistics code → the ward's or commune's name ("06685" → "Phường Hồng Gai"), read from
// the People's Committees in the directory: the seeding registers each as agency "UBND-<code>" named
// "UBND <name>". A real deployment may pass its own list to the table instead.
QHash<QString, QString> communeNamesFrom(const Directory& directory);

} // namespace paht
