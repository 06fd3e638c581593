#pragma once

#include "access/ReportAccess.h"
#include "http/ApiError.h"

#include <variant>

namespace paht::store {

class Database;

// What may be uploaded (photos and PDF documents, within a size limit, checked by their bytes rather
// than the declared type) and who may download an attachment: its uploader, and whoever may see a
// report that references it, with state-secret content only for the cleared.
class AttachmentPolicy
{
public:
    // The content type to store, or the error to answer.
    static std::variant<QString, ApiError> check(const QByteArray& body, const QByteArray& declaredType,
                                                 qint64 maxBytes);
    static bool maySee(Database& db, const QString& sha256, const QString& username, const Viewer& viewer);
    static QString sniff(const QByteArray& body); // empty when not an accepted kind
};

} // namespace paht::store
