#pragma once

#include "sync/StoreApi.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace paht {

class PhotoCache;

// Downloads attachments (GET /attachments/<sha256>) into the photo cache, two at a time, each once.
// The store checks permission on every request; the cache checks the bytes against the name.
class PhotoFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kParallel = 2;

    PhotoFetcher(StoreApi& api, PhotoCache& photos, QObject* parent = nullptr);

    // `ready` comes at once (queued) when the photo is cached already.
    void fetch(const QString& sha256);
    void cancel();

signals:
    void ready(const QString& sha256);
    void failed(const QString& sha256, const QString& message);

private:
    void pump();

    StoreApi& m_api;
    PhotoCache& m_photos;
    QStringList m_queue;
    QSet<QString> m_inFlight;
    quint64 m_round = 0;
};

} // namespace paht
