#pragma once

#include <QByteArray>
#include <QString>

namespace paht {

// The cache holds reporters' personal data: every folder and file the console writes is created
// readable by the user alone (0700 / 0600) from the start, never widened first and narrowed later.
namespace OwnerOnlyFiles {

// Creates the folder and any missing parents as 0700, and narrows the folder itself if it existed.
bool makeFolder(const QString& path);
// Creates an empty file as 0600 if it does not exist; narrows an existing one.
bool makeFile(const QString& path);
// Writes the whole file atomically (temporary file + rename) as 0600.
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace OwnerOnlyFiles

} // namespace paht
