#include "sync/OutboxSender.h"

#include "domain/AttachmentType.h"

#include <QHash>
#include <QJsonArray>

namespace paht {

namespace {

// "the store is busy": the command was not tried, so it stays queued rather than failing for good.
bool isTransient(const QJsonObject& result)
{
    return result.value(QStringLiteral("code")).toString() == QLatin1String("unavailable");
}

} // namespace

OutboxSender::OutboxSender(StoreApi& api, LocalCache& cache, PhotoCache& photos, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache), m_photos(photos)
{}

void OutboxSender::cancel()
{
    ++m_round;
    m_sending = false;
    m_again = false;
}

void OutboxSender::send()
{
    if (m_sending) {
        m_again = true;
        return;
    }
    if (m_cache.pendingCount() == 0) {
        emit idle();
        return;
    }
    m_sending = true;
    m_again = false;
    uploadNext();
}

void OutboxSender::uploadNext()
{
    const QStringList waiting = m_cache.pendingUploads();
    if (waiting.isEmpty()) {
        sendBatch();
        return;
    }
    const QString sha = waiting.first();
    const QByteArray bytes = m_photos.read(sha);
    if (bytes.isEmpty()) {
        // The only copy is gone (deleted by hand): no retry can bring it back.
        m_cache.uploaded(sha);
        emit uploadRefused(sha, tr("The file %1 is no longer in the local cache").arg(sha.left(12)));
        uploadNext();
        return;
    }
    QString type = attachmentContentType(bytes);
    if (type.isEmpty())
        type = QStringLiteral("application/octet-stream");
    const quint64 round = m_round;
    m_api.upload(
        QStringLiteral("/attachments"), bytes, type, this, [this, round, sha](const StoreAnswer& answer) {
            if (round != m_round)
                return;
            if (answer.ok() && answer.json.value(QStringLiteral("sha256")).toString() == sha) {
                m_cache.uploaded(sha);
                uploadNext();
                return;
            }
            const bool refused = answer.status == 400 || answer.status == 413 || answer.status == 415;
            if (!refused) {
                // Not reached, busy, or the session ended: everything waits for the next round.
                m_sending = false;
                emit failed(answer);
                return;
            }
            m_cache.uploaded(sha);
            emit uploadRefused(sha, answer.message);
            uploadNext();
        });
}

void OutboxSender::sendBatch()
{
    const QList<OutboxEntry> batch = m_cache.pendingCommands().mid(0, kBatchSize);
    if (batch.isEmpty()) {
        m_sending = false;
        emit idle();
        return;
    }
    QJsonArray commands;
    QList<Command> sent;
    for (const OutboxEntry& entry : batch) {
        m_cache.recordAttempt(entry.command.commandId);
        commands.append(entry.command.toJson());
        sent.append(entry.command);
    }
    const quint64 round = m_round;
    m_api.post(QStringLiteral("/commands"), QJsonObject{{QStringLiteral("commands"), commands}}, this,
               [this, round, sent](const StoreAnswer& answer) {
                   if (round != m_round)
                       return;
                   m_sending = false;
                   if (!answer.ok()) {
                       emit failed(answer);
                       return;
                   }
                   QHash<QString, QJsonObject> results;
                   for (const QJsonValue& value : answer.json.value(QStringLiteral("results")).toArray()) {
                       const QJsonObject result = value.toObject();
                       results.insert(result.value(QStringLiteral("commandId")).toString(), result);
                   }
                   int settled = 0;
                   bool transient = false;
                   for (const Command& command : sent) {
                       const QJsonObject result = results.value(command.commandId);
                       transient = transient || isTransient(result);
                       settled += record(command, result) ? 1 : 0;
                   }
                   // Commands blocked behind a settled one go in the next batch, now.
                   if ((settled > 0 && m_cache.pendingCount() > 0) || m_again) {
                       send();
                       return;
                   }
                   if (transient) {
                       StoreAnswer busy = answer;
                       busy.status = 503;
                       busy.errorCode = QStringLiteral("unavailable");
                       emit failed(busy);
                       return;
                   }
                   emit idle();
               });
}

bool OutboxSender::record(const Command& command, const QJsonObject& result)
{
    const QString status = result.value(QStringLiteral("status")).toString();
    const QString& id = command.commandId;
    Report report;
    const bool hasReport = result.contains(QStringLiteral("report")) &&
                           !Report::fromJson(result.value(QStringLiteral("report")).toObject(), &report);
    if (status == QLatin1String("applied")) {
        m_cache.recordAnswer(id, OutboxEntry::State::Applied, result);
        if (hasReport)
            m_cache.refreshReport(report);
        emit applied(id, result.value(QStringLiteral("reportId")).toString());
        return true;
    }
    if (status == QLatin1String("conflict")) {
        // The current report comes with the answer: the user compares and decides.
        m_cache.recordAnswer(id, OutboxEntry::State::Conflict, result);
        if (hasReport)
            m_cache.refreshReport(report);
        emit conflict(id);
        return true;
    }
    if (status == QLatin1String("rejected") && !isTransient(result)) {
        m_cache.recordAnswer(id, OutboxEntry::State::Rejected, result);
        emit rejected(id, result.value(QStringLiteral("message")).toString());
        return true;
    }
    // "blocked" (an earlier command on the same report failed) or no answer: it stays pending.
    return false;
}

} // namespace paht
