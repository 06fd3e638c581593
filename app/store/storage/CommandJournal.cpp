#include "storage/CommandJournal.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace paht::store {

std::optional<CommandJournal::Entry> CommandJournal::find(const QString& commandId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT actor, request_digest, answer FROM commands WHERE command_id = ?"));
    query.addBindValue(commandId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Entry{query.value(0).toString(), query.value(1).toByteArray(),
                 QJsonDocument::fromJson(query.value(2).toByteArray()).object()};
}

bool CommandJournal::record(const QString& commandId, const Entry& entry, const QString& atIso)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO commands (command_id, actor, request_digest, answer, at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(commandId);
    query.addBindValue(entry.actor);
    query.addBindValue(QString::fromLatin1(entry.requestDigest));
    query.addBindValue(QString::fromUtf8(QJsonDocument(entry.answer).toJson(QJsonDocument::Compact)));
    query.addBindValue(atIso);
    return query.exec();
}

} // namespace paht::store
