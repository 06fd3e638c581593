#pragma once

#include <QList>
#include <QString>

namespace paht {

// The reporter's verdict on the result, the five levels of R-19 (Appendix I, step 4). Periodic reports
// count them level by level, so the order here is the order of the report columns.
enum class Rating
{
    VerySatisfied,    // very_satisfied — Rất hài lòng
    Satisfied,        // satisfied — Hài lòng
    Neutral,          // neutral — Bình thường
    Dissatisfied,     // dissatisfied — Không hài lòng
    VeryDissatisfied, // very_dissatisfied — Rất không hài lòng
};

QString ratingName(Rating rating);
bool ratingFromName(const QString& name, Rating* out);
QList<Rating> allRatings();

// English source text for the UI, to be passed through tr("paht::Rating", ...); Vietnamese comes
// from the translation files.
const char* ratingLabel(Rating rating);

} // namespace paht
