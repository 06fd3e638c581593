#include "core/AttachmentPolicy.h"

#include "domain/AttachmentType.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"
#include "storage/ReportRows.h"

namespace paht::store {

QString AttachmentPolicy::sniff(const QByteArray& body)
{
    return attachmentContentType(body);
}

std::variant<QString, ApiError> AttachmentPolicy::check(const QByteArray& body,
                                                        const QByteArray& declaredType, qint64 maxBytes)
{
    if (body.isEmpty())
        return ApiError::badRequest(QStringLiteral("empty_attachment"),
                                    QStringLiteral("The attachment is empty"));
    if (body.size() > maxBytes)
        return ApiError::payloadTooLarge(maxBytes);
    const QString type = sniff(body);
    if (type.isEmpty())
        return ApiError{
            415,
            QStringLiteral("unsupported_media_type"),
            QStringLiteral("Only JPEG, PNG, WebP photos and PDF documents are accepted (declared: %1)")
                .arg(QString::fromLatin1(declaredType)),
            {}};
    return type;
}

bool AttachmentPolicy::maySee(Database& db, const QString& sha256, const QString& username,
                              const Viewer& viewer)
{
    const auto row = AttachmentRows(db.connection()).find(sha256);
    if (!row)
        return false;
    ReportRows reports(db.connection());
    for (const QString& id : reports.reportsReferencing(sha256)) {
        const auto stored = reports.find(id);
        Report report;
        if (stored && !Report::fromJson(stored->data, &report) &&
            ReportAccess::sight(report, viewer) == ReportAccess::Sight::Full)
            return true;
    }
    return row->uploadedBy == username;
}

} // namespace paht::store
