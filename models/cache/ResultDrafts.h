#pragma once

#include "domain/Assignment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace paht {

class LocalCache;

// One file of a result draft. The bytes live in the photo cache under their SHA-256.
struct DraftAttachment
{
    QString sha256;
    QString fileName;    // as the specialist picked it; for the list only
    QString contentType; // "image/png", ...; empty for a file kept from the previous result
    qint64 size = 0;
    // Added on this workstation, so it must reach the store before the result does. A file kept from the
    // result the leader sent back is on the store already.
    bool local = true;

    friend bool operator==(const DraftAttachment& a, const DraftAttachment& b)
    {
        return a.sha256 == b.sha256 && a.fileName == b.fileName && a.contentType == b.contentType &&
               a.size == b.size && a.local == b.local;
    }
};

// The specialist's result while it is being written: kept on this workstation, offline too,
// until it is submitted for approval.
struct ResultDraft
{
    QString reportId;
    QString text;
    QList<DraftAttachment> attachments;
    QDateTime savedAt; // UTC, set when saved

    bool contains(const QString& sha256) const;
    QStringList hashes() const;
    QStringList localHashes() const; // what must be uploaded first
    // The submit_result payload (models/workflow/AgencyCommands.cpp): text and attachment hashes.
    QJsonObject payload() const;
    // A rework starts from the result the leader sent back; a first result from nothing.
    static ResultDraft startingFrom(const QString& reportId, const Assignment& assignment);
};

// The drafts in the console's cache file, one per report (the file belongs to one user). Every call
// writes through at once, so a draft outlives a closed window, a restart and a crash.
class ResultDrafts
{
public:
    explicit ResultDrafts(LocalCache& cache) : m_cache(cache) {}

    bool save(const ResultDraft& draft, const QDateTime& at);
    std::optional<ResultDraft> load(const QString& reportId) const;
    bool remove(const QString& reportId);

private:
    LocalCache& m_cache;
};

} // namespace paht
