#include "core/AdminJournal.h"

#include "calendar/Clock.h"
#include "domain/Instant.h"
#include "storage/ChangeCounter.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

namespace paht::store {

AdminJournal::AdminJournal(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock)
{}

std::optional<ApiError> AdminJournal::record(const User& actor, const Write& write)
{
    qint64 seq = 0;
    {
        WriteTransaction transaction(m_db);
        if (!transaction.isOpen())
            return ApiError::internal(QStringLiteral("cannot start a transaction"));
        QList<AdminChange> changes;
        if (std::optional<ApiError> refused = write(changes))
            return refused;
        if (changes.isEmpty())
            return std::nullopt;
        const QString at = instantToString(m_clock.now());
        EventLog log(m_db.connection());
        for (const AdminChange& change : std::as_const(changes)) {
            QJsonObject data = change.data;
            data.insert(QStringLiteral("target"), change.target);
            // No report: the audit trail's report_id stays empty for the directory and the rules.
            const QJsonObject event{
                {QStringLiteral("reportId"), QString()},   {QStringLiteral("type"), change.type},
                {QStringLiteral("actor"), actor.username}, {QStringLiteral("at"), at},
                {QStringLiteral("reportVersion"), 0},      {QStringLiteral("data"), data}};
            if (!log.append(event))
                return ApiError::internal(QStringLiteral("cannot append to the audit trail"));
        }
        seq = ChangeCounter(m_db.connection()).bump();
        if (seq <= 0 || !transaction.commit())
            return ApiError::internal(QStringLiteral("cannot commit the change"));
    }
    emit committed(seq);
    return std::nullopt;
}

QJsonArray AdminJournal::recent(int limit) const
{
    QJsonArray changes;
    for (const StoredEvent& stored : EventLog(m_db.connection()).administration(limit)) {
        QJsonObject data = stored.event.value(QStringLiteral("data")).toObject();
        const QString target = data.take(QStringLiteral("target")).toString();
        changes.append(QJsonObject{{QStringLiteral("at"), stored.event.value(QStringLiteral("at"))},
                                   {QStringLiteral("actor"), stored.event.value(QStringLiteral("actor"))},
                                   {QStringLiteral("type"), stored.event.value(QStringLiteral("type"))},
                                   {QStringLiteral("target"), target},
                                   {QStringLiteral("data"), data}});
    }
    return changes;
}

} // namespace paht::store
