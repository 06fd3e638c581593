#include "cache/ResultDrafts.h"

#include "cache/LocalCache.h"
#include "domain/Instant.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace paht {

namespace {

bool run(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

bool ResultDraft::contains(const QString& sha256) const
{
    return hashes().contains(sha256);
}

QStringList ResultDraft::hashes() const
{
    QStringList all;
    for (const DraftAttachment& file : attachments)
        all.append(file.sha256);
    return all;
}

QStringList ResultDraft::localHashes() const
{
    QStringList local;
    for (const DraftAttachment& file : attachments) {
        if (file.local)
            local.append(file.sha256);
    }
    return local;
}

QJsonObject ResultDraft::payload() const
{
    QJsonObject payload{{QStringLiteral("text"), text.trimmed()}};
    if (!attachments.isEmpty())
        payload.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(hashes()));
    return payload;
}

ResultDraft ResultDraft::startingFrom(const QString& reportId, const Assignment& assignment)
{
    ResultDraft draft;
    draft.reportId = reportId;
    if (assignment.state != AssignmentState::Rework || !assignment.result)
        return draft;
    draft.text = assignment.result->text;
    for (const QString& sha : assignment.result->attachments)
        draft.attachments.append({sha, sha.left(12), {}, 0, false});
    return draft;
}

bool ResultDrafts::save(const ResultDraft& draft, const QDateTime& at)
{
    QSqlDatabase db = m_cache.connection();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    bool ok = query.prepare(QStringLiteral(
                  "INSERT OR REPLACE INTO result_drafts (report_id, text, saved_at) VALUES (?, ?, ?)")) &&
              run(query, {draft.reportId, draft.text.isNull() ? QStringLiteral("") : draft.text,
                          instantToString(at)});
    ok = ok && query.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE report_id = ?")) &&
         run(query, {draft.reportId});
    for (qsizetype i = 0; ok && i < draft.attachments.size(); ++i) {
        const DraftAttachment& file = draft.attachments.at(i);
        ok = query.prepare(
                 QStringLiteral("INSERT INTO draft_attachments (report_id, position, sha256, "
                                "file_name, content_type, size, local) VALUES (?, ?, ?, ?, ?, ?, ?)")) &&
             run(query, {draft.reportId, int(i), file.sha256, file.fileName,
                         file.contentType.isNull() ? QStringLiteral("") : file.contentType, file.size,
                         file.local ? 1 : 0});
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

std::optional<ResultDraft> ResultDrafts::load(const QString& reportId) const
{
    QSqlQuery query(m_cache.connection());
    query.prepare(QStringLiteral("SELECT text, saved_at FROM result_drafts WHERE report_id = ?"));
    if (!run(query, {reportId}) || !query.next())
        return std::nullopt;
    ResultDraft draft;
    draft.reportId = reportId;
    draft.text = query.value(0).toString();
    instantFromString(query.value(1).toString(), &draft.savedAt);
    query.prepare(QStringLiteral("SELECT sha256, file_name, content_type, size, local FROM draft_attachments "
                                 "WHERE report_id = ? ORDER BY position"));
    if (!run(query, {reportId}))
        return std::nullopt;
    while (query.next())
        draft.attachments.append({query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toLongLong(),
                                  query.value(4).toInt() != 0});
    return draft;
}

bool ResultDrafts::remove(const QString& reportId)
{
    QSqlDatabase db = m_cache.connection();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    const bool ok = query.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE report_id = ?")) &&
                    run(query, {reportId}) &&
                    query.prepare(QStringLiteral("DELETE FROM result_drafts WHERE report_id = ?")) &&
                    run(query, {reportId});
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace paht
