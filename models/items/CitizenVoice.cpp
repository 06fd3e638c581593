#include "items/CitizenVoice.h"

#include <algorithm>

namespace paht {

QList<CitizenVoice::Entry> CitizenVoice::conversation(const Report& report)
{
    QList<Entry> entries;
    for (const FeedbackNote& note : report.citizenFeedback)
        entries << Entry{note.at, {}, note.text};
    // The report keeps each agency's latest answer only; earlier ones live in the event log.
    for (const Assignment& assignment : report.assignments) {
        if (assignment.clarification && !assignment.clarification->isOpen())
            entries << Entry{assignment.clarification->answeredAt, assignment.agencyCode,
                             assignment.clarification->answer};
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.at < b.at; });
    return entries;
}

int CitizenVoice::score(Rating rating)
{
    const QList<Rating> levels = allRatings(); // very satisfied first
    return static_cast<int>(levels.size() - levels.indexOf(rating));
}

} // namespace paht
