#include "sync/PhotoFetcher.h"

#include "cache/PhotoCache.h"
#include "domain/AttachmentHash.h"

namespace paht {

PhotoFetcher::PhotoFetcher(StoreApi& api, PhotoCache& photos, QObject* parent)
    : QObject(parent), m_api(api), m_photos(photos)
{}

void PhotoFetcher::fetch(const QString& sha256)
{
    if (!isAttachmentHash(sha256)) {
        QMetaObject::invokeMethod(
            this,
            [this, sha256] { emit failed(sha256, tr("\"%1\" is not the name of a photo").arg(sha256)); },
            Qt::QueuedConnection);
        return;
    }
    if (m_photos.contains(sha256)) {
        QMetaObject::invokeMethod(
            this, [this, sha256] { emit ready(sha256); }, Qt::QueuedConnection);
        return;
    }
    if (m_inFlight.contains(sha256) || m_queue.contains(sha256))
        return;
    m_queue.append(sha256);
    pump();
}

void PhotoFetcher::cancel()
{
    ++m_round;
    m_queue.clear();
    m_inFlight.clear();
}

void PhotoFetcher::pump()
{
    while (m_inFlight.size() < kParallel && !m_queue.isEmpty()) {
        const QString sha = m_queue.takeFirst();
        m_inFlight.insert(sha);
        const quint64 round = m_round;
        m_api.get(QStringLiteral("/attachments/") + sha, {}, this,
                  [this, sha, round](const StoreAnswer& answer) {
                      if (round != m_round)
                          return;
                      m_inFlight.remove(sha);
                      QString error;
                      if (!answer.reached())
                          emit failed(sha, tr("The store cannot be reached: %1").arg(answer.message));
                      else if (!answer.ok())
                          emit failed(sha, answer.status == 404
                                               ? tr("This photo is not available to you")
                                               : tr("The store refused the photo: %1").arg(answer.message));
                      else if (!m_photos.put(sha, answer.body, &error))
                          emit failed(sha, error);
                      else
                          emit ready(sha);
                      pump();
                  });
    }
}

} // namespace paht
