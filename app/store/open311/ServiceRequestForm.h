#pragma once

#include "http/ApiError.h"
#include "open311/Open311Input.h"
#include "workflow/Directory.h"

#include <QJsonObject>
#include <variant>

namespace paht::store::open311 {

// Where the store serves: Quảng Ninh's bounding box, widened by a margin for GPS error and the coast.
struct ServiceArea
{
    static constexpr double kSouth = 20.68;
    static constexpr double kNorth = 21.67;
    static constexpr double kWest = 106.43;
    static constexpr double kEast = 108.1;
    static constexpr double kMargin = 0.05; // degrees, about 5 km
    static bool contains(double latitude, double longitude);
};

// The domain report has no field for a link to a photo hosted elsewhere, so an Open311 media_url
// travels as the description's last line, where the intake operator sees it and GET requests finds it.
struct MediaNote
{
    static QString attach(const QString& description, const QString& url);
    static QString url(const QString& description);   // empty when there is none
    static QString strip(const QString& description); // the citizen's own text
};

// Checks a POST requests form field by field and turns it into the workflow's "submit" payload, or
// the 400 that names the first field at fault. R-3: name and a way to reach the reporter (phone or
// email) are required, and what is given must look right; the operator checks the rest at intake.
class ServiceRequestForm
{
public:
    static std::variant<QJsonObject, ApiError> submitPayload(const Open311Input& input,
                                                             const Directory& directory);

    static constexpr int kMaxDescription = 4000; // the spec's limit
    static constexpr int kMaxAddress = 500;
    static constexpr int kMaxName = 200;
    static constexpr int kMaxEmail = 254; // RFC 5321's limit on a path
    static constexpr int kMaxMediaUrl = 2000;
    static constexpr int kMaxAttachments = 20;

    // A short title for the operator's queue, from the description's first line.
    static QString titleFrom(const QString& description);
};

} // namespace paht::store::open311
