#pragma once

#include <QString>

namespace paht {

// Attachments are content-addressed by SHA-256 (architecture, "Sync protocol"): 64 lowercase hex
// digits. One spelling only, so the same photo never gets two names.
bool isAttachmentHash(const QString& text);

} // namespace paht
