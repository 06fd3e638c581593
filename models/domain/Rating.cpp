#include "domain/Rating.h"

#include "domain/EnumNames.h"

#include <QtGlobal>

namespace paht {

namespace {

constexpr std::array<EnumName<Rating>, 5> kRatings{{
    {Rating::VerySatisfied, "very_satisfied"},
    {Rating::Satisfied, "satisfied"},
    {Rating::Neutral, "neutral"},
    {Rating::Dissatisfied, "dissatisfied"},
    {Rating::VeryDissatisfied, "very_dissatisfied"},
}};

} // namespace

QString ratingName(Rating rating)
{
    return enumToName(kRatings, rating);
}

bool ratingFromName(const QString& name, Rating* out)
{
    return enumFromName(kRatings, name, out);
}

QList<Rating> allRatings()
{
    QList<Rating> ratings;
    for (const auto& entry : kRatings)
        ratings << entry.value;
    return ratings;
}

const char* ratingLabel(Rating rating)
{
    switch (rating) {
    case Rating::VerySatisfied:
        return QT_TRANSLATE_NOOP("paht::Rating", "Very satisfied"); // Rất hài lòng
    case Rating::Satisfied:
        return QT_TRANSLATE_NOOP("paht::Rating", "Satisfied"); // Hài lòng
    case Rating::Neutral:
        return QT_TRANSLATE_NOOP("paht::Rating", "Neutral"); // Bình thường
    case Rating::Dissatisfied:
        return QT_TRANSLATE_NOOP("paht::Rating", "Dissatisfied"); // Không hài lòng
    case Rating::VeryDissatisfied:
        return QT_TRANSLATE_NOOP("paht::Rating", "Very dissatisfied"); // Rất không hài lòng
    }
    return "";
}

} // namespace paht
