#include "cache/ResultFiles.h"

#include "cache/PhotoCache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace paht {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

bool ResultFiles::accepts(const QString& contentType)
{
    return contentType == QLatin1String("image/jpeg") || contentType == QLatin1String("image/png") ||
           contentType == QLatin1String("application/pdf");
}

std::variant<DraftAttachment, QString> ResultFiles::add(const QString& path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // The size first: a huge file is refused without being read into memory.
    if (info.size() > m_maxBytes)
        return tr("%1 is too large (%2): a file may be at most %3.")
            .arg(name, sizeText(info.size()), sizeText(m_maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(name, file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return tr("%1 is empty.").arg(name);
    const QString type = attachmentContentType(bytes);
    if (!accepts(type))
        return tr("%1 is neither a photo (JPEG, PNG) nor a PDF document.").arg(name);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QString error;
    if (!m_photos.put(sha, bytes, &error))
        return error;
    return DraftAttachment{sha, name, type, bytes.size(), true};
}

} // namespace paht
