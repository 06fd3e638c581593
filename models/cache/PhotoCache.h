#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace paht {

class LocalCache;

// Downloaded photos, one file per SHA-256 under the cache's photo folder, with a size cap: when a new
// photo would pass it, the least recently used ones go. A photo is kept only if its bytes hash to its
// name, so a broken download or a tampered file never shows up as evidence. Files attached to a result
// draft or waiting for upload (LocalCache::pendingUploads) are the only copy: they are never evicted.
class PhotoCache
{
    Q_DECLARE_TR_FUNCTIONS(paht::PhotoCache)

public:
    static constexpr qint64 kDefaultCapBytes = qint64(2) * 1024 * 1024 * 1024;

    // The cache must be open; files and index left inconsistent by a crash are reconciled here.
    explicit PhotoCache(LocalCache& cache, qint64 capBytes = kDefaultCapBytes);

    qint64 capBytes() const { return m_capBytes; }
    void setCapBytes(qint64 capBytes); // evicts at once if the photos now exceed it
    qint64 usedBytes() const;

    bool contains(const QString& sha256) const;
    // The bytes (and a use, for the LRU order); empty if absent or if the file no longer matches its hash.
    QByteArray read(const QString& sha256);
    QString filePath(const QString& sha256) const;

    bool put(const QString& sha256, const QByteArray& bytes, QString* error = nullptr);
    bool remove(const QString& sha256);
    // Drops photos that no cached report, draft or upload references any more (after a revoke or a
    // re-bootstrap).
    int prune();

private:
    bool evictBeyond(qint64 capBytes, const QString& keep);
    void reconcile();
    qint64 nextUse() const;

    LocalCache& m_cache;
    qint64 m_capBytes;
};

} // namespace paht
