#pragma once

#include "access/ReportAccess.h"

#include <QJsonObject>

namespace paht::store {

class Database;

// What a console reads to build and refresh its cache (architecture "Sync protocol"): the snapshot, by
// pages of report ids, and the change feed after a cursor. Both pass every report through ReportAccess,
// so a caller only ever receives what they may see.
class Feed
{
public:
    explicit Feed(Database& db) : m_db(db) {}

    QJsonObject snapshot(const Viewer& viewer, const QString& afterId, int limit) const;
    // Empty when the cursor cannot be served (the client must re-bootstrap: 410).
    std::optional<QJsonObject> pull(const Viewer& viewer, qint64 since, const QString& epoch,
                                    int limit) const;
    // One report as the viewer may see it, with its timeline; nothing if it does not exist for them.
    std::optional<QJsonObject> report(const Viewer& viewer, const QString& id) const;

    static constexpr int kMaxPage = 500;

private:
    QJsonObject upsert(const Report& report, const Viewer& viewer) const;
    Database& m_db;
};

} // namespace paht::store
