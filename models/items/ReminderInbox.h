#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paht {

class LocalCache;

// A reminder from the center that the user's agency has not been told about yet.
struct ReminderNotice
{
    QString reportId;
    QString title;
    QString note; // the center's note with the latest reminder; may be empty
    int reminders = 0;
};

// The reminders addressed to one agency that reached the cache since the user was last told. What has been
// told is kept in the cache as the reminder count of each report's assignment: a reminder is told once, not
// again on the next sync nor after a restart, and a fresh cache tells the reminders that still apply. A
// reminder on a step the agency has meanwhile finished is not news any more and is passed over.
class ReminderInbox
{
public:
    // Keeps a reference: the cache must outlive the inbox.
    ReminderInbox(LocalCache& cache, QString agencyCode);

    // The new reminders among these reports (every cached report when empty), and remembers them as told.
    QList<ReminderNotice> takeNew(const QStringList& reportIds = {});

private:
    LocalCache& m_cache;
    QString m_agencyCode;
};

} // namespace paht
