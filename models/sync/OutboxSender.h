#pragma once

#include "cache/LocalCache.h"
#include "sync/StoreApi.h"

#include <QObject>

namespace paht {

// Sends the outbox to the store (POST /commands), oldest first, and records each answer. A command is
// replayed with the same commandId until the store answers it, so a retry after a lost answer gets the
// stored answer and changes nothing. A conflict is kept for the user to see, never rebased silently.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchSize = 50; // the store takes up to 200

    OutboxSender(StoreApi& api, LocalCache& cache, QObject* parent = nullptr);

    // Sends what is pending; a call while a batch is out sends once more after it.
    void send();
    void cancel();
    bool isSending() const { return m_sending; }

signals:
    void applied(const QString& commandId, const QString& reportId);
    void conflict(const QString& commandId);
    void rejected(const QString& commandId, const QString& message);
    void failed(const paht::StoreAnswer& answer); // nothing answered: try again later
    void idle();                                  // nothing more to send now

private:
    // True if the answer settled the command (applied, conflict or a final rejection).
    bool record(const Command& command, const QJsonObject& result);

    StoreApi& m_api;
    LocalCache& m_cache;
    bool m_sending = false;
    bool m_again = false;
    quint64 m_round = 0;
};

} // namespace paht
