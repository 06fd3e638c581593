// The outbox half of LocalCache: commands written before they are sent, and the store's answers.
#include "cache/LocalCache.h"

#include "cache/CacheJson.h"
#include "domain/Instant.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paht {

namespace {

const QString kColumns = QStringLiteral("command, state, queued_at, attempts, answer");

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Applied:
        return QStringLiteral("applied");
    case OutboxEntry::State::Conflict:
        return QStringLiteral("conflict");
    case OutboxEntry::State::Rejected:
        return QStringLiteral("rejected");
    case OutboxEntry::State::Blocked:
        return QStringLiteral("blocked");
    }
    return QStringLiteral("pending");
}

OutboxEntry::State stateFromName(const QString& name)
{
    for (const auto state : {OutboxEntry::State::Applied, OutboxEntry::State::Conflict,
                             OutboxEntry::State::Rejected, OutboxEntry::State::Blocked}) {
        if (stateName(state) == name)
            return state;
    }
    return OutboxEntry::State::Pending;
}

// Rows whose command no longer decodes are skipped: sending them could only be refused.
QList<OutboxEntry> readEntries(QSqlQuery& query)
{
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        if (Command::fromJson(CacheJson::object(query.value(0)), &entry.command))
            continue;
        entry.state = stateFromName(query.value(1).toString());
        instantFromString(query.value(2).toString(), &entry.queuedAt);
        entry.attempts = query.value(3).toInt();
        entry.answer = CacheJson::object(query.value(4));
        entries.append(entry);
    }
    return entries;
}

} // namespace

bool LocalCache::enqueue(const Command& command, const QDateTime& queuedAt, const QStringList& uploadsFirst)
{
    if (command.commandId.isEmpty())
        return fail(tr("A command needs its commandId before it is queued"));
    const QString json = CacheJson::text(command.toJson());
    // One transaction: a command is never queued without the files it needs, nor the files without it.
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    bool ok = true;
    for (const QString& sha : uploadsFirst) {
        ok = ok && exec(QStringLiteral("INSERT OR IGNORE INTO attachment_uploads (sha256, position) "
                                       "SELECT ?, COALESCE(MAX(position), 0) + 1 FROM attachment_uploads"),
                        {sha});
    }
    ok =
        ok &&
        exec(QStringLiteral("INSERT INTO outbox (command_id, command, state, queued_at) VALUES (?, ?, ?, ?)"),
             {command.commandId, json, stateName(OutboxEntry::State::Pending), instantToString(queuedAt)});
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    emit outboxChanged();
    return true;
}

QStringList LocalCache::pendingUploads() const
{
    QStringList shas;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT sha256 FROM attachment_uploads ORDER BY position")))
        fail(query.lastError().text());
    while (query.next())
        shas.append(query.value(0).toString());
    return shas;
}

bool LocalCache::uploaded(const QString& sha256)
{
    return exec(QStringLiteral("DELETE FROM attachment_uploads WHERE sha256 = ?"), {sha256});
}

QList<OutboxEntry> LocalCache::outbox() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE dismissed = 0 AND state <> ? ORDER BY position")
                      .arg(kColumns));
    query.addBindValue(stateName(OutboxEntry::State::Applied));
    if (!query.exec())
        fail(query.lastError().text());
    return readEntries(query);
}

QList<OutboxEntry> LocalCache::pendingCommands() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY position").arg(kColumns));
    query.addBindValue(stateName(OutboxEntry::State::Pending));
    if (!query.exec())
        fail(query.lastError().text());
    return readEntries(query);
}

std::optional<OutboxEntry> LocalCache::outboxEntry(const QString& commandId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE command_id = ?").arg(kColumns));
    query.addBindValue(commandId);
    if (!query.exec())
        fail(query.lastError().text());
    const QList<OutboxEntry> entries = readEntries(query);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

bool LocalCache::recordAnswer(const QString& commandId, OutboxEntry::State state, const QJsonObject& answer)
{
    const QString json = CacheJson::text(answer);
    if (!exec(QStringLiteral("UPDATE outbox SET state = ?, answer = ? WHERE command_id = ?"),
              {stateName(state), json, commandId}))
        return false;
    emit outboxChanged();
    return true;
}

bool LocalCache::recordAttempt(const QString& commandId)
{
    return exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE command_id = ?"),
                {commandId});
}

bool LocalCache::dismiss(const QString& commandId)
{
    // A pending command is still on its way: there is nothing to acknowledge yet.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("UPDATE outbox SET dismissed = 1 WHERE command_id = ? AND state <> ?"));
    query.addBindValue(commandId);
    query.addBindValue(stateName(OutboxEntry::State::Pending));
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(tr("No answered command %1 in the outbox").arg(commandId));
    emit outboxChanged();
    return true;
}

int LocalCache::pendingCount() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    query.addBindValue(stateName(OutboxEntry::State::Pending));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int LocalCache::conflictCount() const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE dismissed = 0 AND state IN (?, ?)"));
    query.addBindValue(stateName(OutboxEntry::State::Conflict));
    query.addBindValue(stateName(OutboxEntry::State::Rejected));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace paht
