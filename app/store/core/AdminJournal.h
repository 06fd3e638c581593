#pragma once

#include "domain/User.h"
#include "http/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace paht {
class Clock;
}

namespace paht::store {

class Database;

// One change an administrator made, as the audit trail keeps it.
struct AdminChange
{
    QString type;   // admin_user_created, admin_agency_saved, …
    QString target; // the user name, agency code, category code, key name or setting changed
    QJsonObject data;
};

// Runs an administrator's change as one transaction that also appends it to the audit trail's hash
// chain and bumps the sync sequence, so that a change is either complete and recorded or not made.
class AdminJournal final : public QObject
{
    Q_OBJECT

public:
    AdminJournal(Database& db, const Clock& clock, QObject* parent = nullptr);

    // `write` makes the change in the open transaction and lists what it changed; an error or an empty
    // list rolls everything back.
    using Write = std::function<std::optional<ApiError>(QList<AdminChange>& changes)>;
    std::optional<ApiError> record(const User& actor, const Write& write);

    QJsonArray recent(int limit) const;
    Database& database() { return m_db; }
    const Clock& clock() const { return m_clock; }

signals:
    void committed(qint64 seq);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace paht::store
