#pragma once

#include "domain/Report.h"
#include "open311/RequestFilter.h"

#include <optional>

namespace paht::store {
class Database;
}

namespace paht::store::open311 {

// Finds the reports GET requests may show: public ones only, newest first.
class PublicRequests
{
public:
    explicit PublicRequests(Database& db) : m_db(db) {}

    QList<Report> search(const RequestFilter& filter) const;
    // Any report, public or not: callers decide who may see it.
    std::optional<Report> find(const QString& id) const;

    static constexpr int kMaxResults = 1000; // the spec's suggested cap per response

private:
    Database& m_db;
};

} // namespace paht::store::open311
