#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace paht::store {

// Remembers the answer to every command by its commandId, so that a client replaying its outbox after a
// dropped connection gets the same answer instead of applying the command twice.
class CommandJournal
{
public:
    struct Entry
    {
        QString actor;
        QByteArray requestDigest;
        QJsonObject answer;
    };
    explicit CommandJournal(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Entry> find(const QString& commandId) const;
    bool record(const QString& commandId, const Entry& entry, const QString& atIso);

private:
    QSqlDatabase m_db;
};

} // namespace paht::store
