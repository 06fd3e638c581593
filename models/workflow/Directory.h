#pragma once

#include "domain/Agency.h"
#include "domain/Category.h"

#include <QHash>
#include <QString>

namespace paht {

// The reference data a command is checked against: which agencies can be dispatched to (and their
// processing limits, R-10) and which categories exist. Keyed by code.
struct Directory
{
    QHash<QString, Agency> agencies;
    QHash<QString, Category> categories;

    void add(const Agency& agency) { agencies.insert(agency.code, agency); }
    void add(const Category& category) { categories.insert(category.code, category); }
};

} // namespace paht
