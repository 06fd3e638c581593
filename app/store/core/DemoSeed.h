#pragma once

#include <QStringList>

namespace paht {
class Clock;
}

namespace paht::store {

class Database;

// Fills a data directory with the province's real wards/communes, departments and service companies, demo
// categories, one demo user per role and agency (password "paht-demo") and reports at every step of the
// process — all through the workflow, so the audit trail and deadlines are what real use would give.
class DemoSeed
{
public:
    DemoSeed(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    bool run(int reports, QString* error);
    QString summary() const { return m_summary; }

    static QString demoPassword() { return QStringLiteral("paht-demo"); }

private:
    bool loadDirectory(QString* error);
    bool createUsers(QString* error);
    bool createReports(int count, QString* error);

    Database& m_db;
    const Clock& m_clock;
    QString m_summary;
    QStringList m_communes; // statistics codes
};

} // namespace paht::store
