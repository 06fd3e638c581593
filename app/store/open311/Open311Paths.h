#pragma once

#include "open311/Open311Format.h"

#include <QString>

namespace paht::store::open311 {

// Route patterns under /open311/v2/; each ends with an optional ".json" / ".xml" captured last.
inline QString route(const QString& tail)
{
    return QStringLiteral("/open311/v2/") + tail + QStringLiteral("(?:\\.(json|xml))?");
}

// The format a request asked for: the last path capture, or `fallback` without an extension.
inline Format requestedFormat(const QStringList& pathArgs, int extensionIndex, Format fallback = Format::Xml)
{
    return formatOf(pathArgs.value(extensionIndex), fallback);
}

} // namespace paht::store::open311
