#pragma once

#include "domain/DecodeError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace paht {

// A field of reports the system accepts (lĩnh vực, R-6). The list grows over time, so a category
// is retired by deactivating it: old reports keep pointing at it.
struct Category
{
    QString code;
    QString name;
    QStringList routing; // agency codes suggested when dispatching a report of this category
    bool active = true;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Category* out);
    friend bool operator==(const Category& a, const Category& b)
    {
        return a.code == b.code && a.name == b.name && a.routing == b.routing && a.active == b.active;
    }
    friend bool operator!=(const Category& a, const Category& b) { return !(a == b); }
};

} // namespace paht
