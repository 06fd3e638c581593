#pragma once

#include "domain/Rating.h"
#include "domain/Report.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paht {

// What the reporter said back about the result and what the agencies answered, with the rating
// the citizen's side of a report, for the detail pane.
class CitizenVoice
{
public:
    struct Entry
    {
        QDateTime at;
        QString agencyCode; // empty: the reporter's own words; else that agency's answer
        QString text;
    };

    // The reporter's answers and the agencies' latest answers, oldest first.
    static QList<Entry> conversation(const Report& report);
    // The level's place on the five-level scale: 5 for very satisfied down to 1 for very dissatisfied.
    static int score(Rating rating);
};

} // namespace paht
