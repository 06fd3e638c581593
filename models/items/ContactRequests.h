#pragma once

#include "domain/Event.h"
#include "domain/Report.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paht {

class LocalCache;

// An agency's request for the reporter's contact (R-27, workflow "request_contact") that the center has
// not yet answered by disclosing it.
struct ContactRequest
{
    QString reportId;
    QString title;
    QString agencyCode;
    QString reason;
    QString by; // the specialist's username
    QDateTime at;
};

// The requests waiting for the center's decision. A request counts while its agency still holds the
// report and has not been given the contact; an agency that asked twice counts once, with its latest
// reason. The report records only the disclosures, so the requests are read from the timeline.
class ContactRequests
{
public:
    // Oldest first.
    static QList<ContactRequest> pending(const Report& report, const QList<Event>& events);
    // Across the cache, oldest first.
    static QList<ContactRequest> pending(const LocalCache& cache);
};

} // namespace paht
