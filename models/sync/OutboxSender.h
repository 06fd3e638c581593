#pragma once

#include "cache/LocalCache.h"
#include "cache/PhotoCache.h"
#include "sync/StoreApi.h"

#include <QObject>

namespace paht {

// Sends the outbox to the store (POST /commands), oldest first, and records each answer. A command is
// replayed with the same commandId until the store answers it, so a retry after a lost answer gets the
// stored answer and changes nothing. A conflict is kept for the user to see, never rebased silently.
// Files queued with a command (LocalCache::pendingUploads) are uploaded from the photo cache before any
// command is sent, since the store rejects a command that names a file it has not got; while an upload
// fails, the commands wait and the upload is tried again on the next round.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchSize = 50; // the store takes up to 200

    OutboxSender(StoreApi& api, LocalCache& cache, PhotoCache& photos, QObject* parent = nullptr);

    // Sends what is pending; a call while a batch is out sends once more after it.
    void send();
    void cancel();
    bool isSending() const { return m_sending; }

signals:
    void applied(const QString& commandId, const QString& reportId);
    void conflict(const QString& commandId);
    void rejected(const QString& commandId, const QString& message);
    void failed(const paht::StoreAnswer& answer); // nothing answered: try again later
    // The store refused a file for good (type, size): the command naming it will be rejected.
    void uploadRefused(const QString& sha256, const QString& message);
    void idle(); // nothing more to send now

private:
    void uploadNext();
    void sendBatch();
    // True if the answer settled the command (applied, conflict or a final rejection).
    bool record(const Command& command, const QJsonObject& result);

    StoreApi& m_api;
    LocalCache& m_cache;
    PhotoCache& m_photos;
    bool m_sending = false;
    bool m_again = false;
    quint64 m_round = 0;
};

} // namespace paht
