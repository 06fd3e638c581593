#pragma once

#include "cache/ResultDrafts.h"
#include "domain/AttachmentType.h"

#include <QCoreApplication>
#include <QString>
#include <variant>

namespace paht {

class PhotoCache;

// The files a specialist may attach to a result: JPEG and PNG photos and PDF documents, recognised by
// their content as the store recognises them (attachmentContentType), within the store's size limit. A
// file that passes is kept in the photo cache under its SHA-256; one that does not is refused with a
// message saying why, before anything is kept or queued.
class ResultFiles
{
    Q_DECLARE_TR_FUNCTIONS(paht::ResultFiles)

public:
    explicit ResultFiles(PhotoCache& photos, qint64 maxBytes = kMaxAttachmentBytes)
        : m_photos(photos), m_maxBytes(maxBytes)
    {}

    // The attachment made of the file at `path`, or why it cannot be attached (translated).
    std::variant<DraftAttachment, QString> add(const QString& path) const;
    static bool accepts(const QString& contentType);

private:
    PhotoCache& m_photos;
    qint64 m_maxBytes;
};

} // namespace paht
