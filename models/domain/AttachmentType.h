#pragma once

#include <QByteArray>
#include <QString>

namespace paht {

// What the store takes as an attachment (app/store/API.md, "Attachments"): JPEG, PNG and WebP photos and
// PDF documents, recognised by their first bytes rather than by a declared type or a file name, up to
// kMaxAttachmentBytes. The store checks uploads with it and the console checks files before it queues
// them, so both refuse the same files.
constexpr qint64 kMaxAttachmentBytes = qint64(20) * 1024 * 1024;

// "image/jpeg", "image/png", "image/webp" or "application/pdf"; empty for anything else.
QString attachmentContentType(const QByteArray& bytes);

} // namespace paht
