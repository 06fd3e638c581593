#include "items/ContactRequests.h"

#include "cache/LocalCache.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

// Whether the center may still have to answer this agency: it holds the report and has no contact yet.
bool awaitsDisclosure(const Report& report, const QString& agencyCode)
{
    const Assignment* assignment = report.assignmentFor(agencyCode);
    return assignment && assignment->state != AssignmentState::ReturnedToCenter &&
           !report.contactDisclosedTo.contains(agencyCode);
}

bool byTime(const ContactRequest& a, const ContactRequest& b)
{
    return a.at != b.at ? a.at < b.at : a.reportId < b.reportId;
}

} // namespace

QList<ContactRequest> ContactRequests::pending(const Report& report, const QList<Event>& events)
{
    QList<ContactRequest> requests;
    for (const Event& event : events) {
        if (event.type != u"contact_requested" || !awaitsDisclosure(report, event.agencyCode))
            continue;
        const ContactRequest request{report.id,        report.title,
                                     event.agencyCode, event.payload.value(u"reason"_s).toString(),
                                     event.actor,      event.at};
        const auto earlier = std::find_if(requests.begin(), requests.end(), [&](const ContactRequest& r) {
            return r.agencyCode == request.agencyCode;
        });
        if (earlier == requests.end())
            requests << request;
        else
            *earlier = request;
    }
    std::sort(requests.begin(), requests.end(), byTime);
    return requests;
}

QList<ContactRequest> ContactRequests::pending(const LocalCache& cache)
{
    QList<ContactRequest> requests;
    for (const Report& report : cache.reports()) {
        // Reading the timeline only where some agency could be waiting keeps this cheap on a full cache.
        const bool anyWaiting =
            std::any_of(report.assignments.cbegin(), report.assignments.cend(),
                        [&](const Assignment& a) { return awaitsDisclosure(report, a.agencyCode); });
        if (anyWaiting)
            requests << pending(report, cache.events(report.id));
    }
    std::sort(requests.begin(), requests.end(), byTime);
    return requests;
}

} // namespace paht
