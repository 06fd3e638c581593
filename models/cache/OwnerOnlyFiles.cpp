#include "cache/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace paht::OwnerOnlyFiles {

namespace {
constexpr QFile::Permissions kFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kFile = QFile::ReadOwner | QFile::WriteOwner;
} // namespace

bool makeFolder(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    for (QString folder = absolute; !QFileInfo::exists(folder); folder = QFileInfo(folder).absolutePath()) {
        missing.prepend(folder);
        if (QFileInfo(folder).absolutePath() == folder)
            break;
    }
    for (const QString& folder : missing) {
        if (!QDir().mkdir(folder, kFolder) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(absolute).isDir() && QFile::setPermissions(absolute, kFolder);
}

bool makeFile(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFile))
            return false;
    }
    return QFile::setPermissions(path, kFile);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    // QSaveFile's temporary file takes the permissions it is opened with; the rename keeps them.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!file.setPermissions(kFile) || file.write(bytes) != bytes.size())
        return false;
    return file.commit();
}

} // namespace paht::OwnerOnlyFiles
