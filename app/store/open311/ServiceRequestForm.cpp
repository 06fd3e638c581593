#include "open311/ServiceRequestForm.h"

#include "domain/AttachmentHash.h"
#include "domain/Reporter.h"

#include <QJsonArray>
#include <QUrl>
#include <cmath>

namespace paht::store::open311 {

namespace {

const QString kMediaPrefix = QStringLiteral("\n\nmedia_url: ");
constexpr int kTitleLength = 80;

ApiError fieldError(const QString& field, const QString& reason)
{
    return ApiError::badRequest(QStringLiteral("invalid_field"), QStringLiteral("%1: %2").arg(field, reason),
                                field);
}

std::variant<double, ApiError> coordinate(const Open311Input& input, const QString& field, double limit)
{
    if (!input.has(field))
        return fieldError(field, QStringLiteral("required: the position of the problem (WGS 84 degrees)"));
    bool ok = false;
    const double value = input.value(field).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fieldError(field, QStringLiteral("not a number: \"%1\"").arg(input.value(field).left(40)));
    if (value < -limit || value > limit)
        return fieldError(
            field, QStringLiteral("must be between %1 and %2, got %3").arg(-limit).arg(limit).arg(value));
    return value;
}

std::variant<QJsonObject, ApiError> location(const Open311Input& input)
{
    const auto latitude = coordinate(input, QStringLiteral("lat"), 90);
    if (const auto* error = std::get_if<ApiError>(&latitude))
        return *error;
    const auto longitude = coordinate(input, QStringLiteral("long"), 180);
    if (const auto* error = std::get_if<ApiError>(&longitude))
        return *error;
    const double lat = std::get<double>(latitude);
    const double lon = std::get<double>(longitude);
    if (!ServiceArea::contains(lat, lon))
        return fieldError(
            QStringLiteral("lat"),
            QStringLiteral("the point %1, %2 is outside Quảng Ninh province; this system takes reports "
                           "from Quảng Ninh only")
                .arg(lat)
                .arg(lon));
    const QString address = input.value(QStringLiteral("address_string"));
    if (address.size() > ServiceRequestForm::kMaxAddress)
        return fieldError(QStringLiteral("address_string"),
                          QStringLiteral("longer than %1 characters").arg(ServiceRequestForm::kMaxAddress));
    return QJsonObject{{QStringLiteral("latitude"), lat},
                       {QStringLiteral("longitude"), lon},
                       {QStringLiteral("address"), address}};
}

std::variant<QJsonObject, ApiError> reporter(const Open311Input& input)
{
    // Vietnamese names put the family name first: last_name (họ và tên đệm), then first_name (tên).
    const QString name =
        QStringList{input.value(QStringLiteral("last_name")), input.value(QStringLiteral("first_name"))}
            .join(QLatin1Char(' '))
            .simplified();
    if (name.isEmpty())
        return fieldError(QStringLiteral("first_name"),
                          QStringLiteral("the reporter's name is required (first_name and last_name, R-3)"));
    if (name.size() > ServiceRequestForm::kMaxName)
        return fieldError(
            QStringLiteral("first_name"),
            QStringLiteral("the name is longer than %1 characters").arg(ServiceRequestForm::kMaxName));
    const QString phone = input.value(QStringLiteral("phone"));
    const QString email = input.value(QStringLiteral("email"));
    if (!phone.isEmpty() && !Reporter::isPlausiblePhone(phone))
        return fieldError(QStringLiteral("phone"),
                          QStringLiteral("not a Vietnamese phone number (0xxxxxxxxx or +84xxxxxxxxx)"));
    if (!email.isEmpty() &&
        (email.size() > ServiceRequestForm::kMaxEmail || !Reporter::isPlausibleEmail(email)))
        return fieldError(QStringLiteral("email"), QStringLiteral("not an email address"));
    if (phone.isEmpty() && email.isEmpty())
        return fieldError(
            QStringLiteral("phone"),
            QStringLiteral("give a phone number or an email address so the center can reach you (R-3)"));
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("isOrganisation"), false}};
}

std::variant<QString, ApiError> description(const Open311Input& input)
{
    const QString text = input.value(QStringLiteral("description"));
    if (text.isEmpty())
        return fieldError(QStringLiteral("description"), QStringLiteral("required: describe the problem"));
    if (text.size() > ServiceRequestForm::kMaxDescription)
        return fieldError(
            QStringLiteral("description"),
            QStringLiteral("longer than %1 characters").arg(ServiceRequestForm::kMaxDescription));
    const QString media = input.value(QStringLiteral("media_url"));
    if (media.isEmpty())
        return text;
    const QUrl url(media, QUrl::StrictMode);
    const bool web = url.isValid() &&
                     (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
                     !url.host().isEmpty();
    if (!web || media.size() > ServiceRequestForm::kMaxMediaUrl || media.contains(QLatin1Char('\n')))
        return fieldError(QStringLiteral("media_url"),
                          QStringLiteral("expected an http(s) address of at most %1 "
                                         "characters")
                              .arg(ServiceRequestForm::kMaxMediaUrl));
    return MediaNote::attach(text, media);
}

std::variant<QJsonArray, ApiError> attachments(const Open311Input& input)
{
    QJsonArray out;
    const QString list = input.value(QStringLiteral("attachments"));
    if (list.isEmpty())
        return out;
    const QStringList items = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.size() > ServiceRequestForm::kMaxAttachments)
        return fieldError(
            QStringLiteral("attachments"),
            QStringLiteral("at most %1 photos per request").arg(ServiceRequestForm::kMaxAttachments));
    for (const QString& item : items) {
        const QString sha = item.trimmed();
        if (!isAttachmentHash(sha))
            return fieldError(
                QStringLiteral("attachments"),
                QStringLiteral("\"%1\" is not the SHA-256 (64 lowercase hex digits) of a photo uploaded "
                               "to /open311/v2/media")
                    .arg(sha.left(70)));
        if (!out.contains(sha))
            out.append(sha);
    }
    return out;
}

std::variant<QString, ApiError> confidentiality(const Open311Input& input)
{
    const QString level = input.value(QStringLiteral("confidentiality"));
    if (level.isEmpty() || level == QLatin1String("public"))
        return QStringLiteral("public");
    if (level == QLatin1String("confidential"))
        return level;
    // R-4 lets the reporter ask for confidentiality; a state secret is only ever the center's call.
    return fieldError(QStringLiteral("confidentiality"),
                      QStringLiteral("expected public or confidential, got \"%1\"").arg(level.left(40)));
}

} // namespace

bool ServiceArea::contains(double latitude, double longitude)
{
    return latitude >= kSouth - kMargin && latitude <= kNorth + kMargin && longitude >= kWest - kMargin &&
           longitude <= kEast + kMargin;
}

QString MediaNote::attach(const QString& description, const QString& url)
{
    return description + kMediaPrefix + url;
}

QString MediaNote::url(const QString& description)
{
    const qsizetype at = description.lastIndexOf(kMediaPrefix);
    if (at < 0)
        return {};
    const QString url = description.mid(at + kMediaPrefix.size());
    return url.contains(QLatin1Char('\n')) ? QString() : url;
}

QString MediaNote::strip(const QString& description)
{
    return MediaNote::url(description).isEmpty() ? description
                                                 : description.left(description.lastIndexOf(kMediaPrefix));
}

QString ServiceRequestForm::titleFrom(const QString& description)
{
    const QString line = description.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() <= kTitleLength)
        return line;
    const qsizetype cut = line.lastIndexOf(QLatin1Char(' '), kTitleLength - 1);
    return line.left(cut > kTitleLength / 2 ? cut : kTitleLength - 1) + QStringLiteral("…");
}

std::variant<QJsonObject, ApiError> ServiceRequestForm::submitPayload(const Open311Input& input,
                                                                      const Directory& directory)
{
    const QString code = input.value(QStringLiteral("service_code"));
    if (code.isEmpty())
        return fieldError(QStringLiteral("service_code"), QStringLiteral("required: one of GET services"));
    const auto category = directory.categories.constFind(code);
    if (category == directory.categories.constEnd() || !category->active)
        return fieldError(QStringLiteral("service_code"),
                          QStringLiteral("unknown service \"%1\"; see GET services").arg(code.left(60)));
    const auto place = location(input);
    if (const auto* error = std::get_if<ApiError>(&place))
        return *error;
    const auto text = description(input);
    if (const auto* error = std::get_if<ApiError>(&text))
        return *error;
    const auto who = reporter(input);
    if (const auto* error = std::get_if<ApiError>(&who))
        return *error;
    const auto level = confidentiality(input);
    if (const auto* error = std::get_if<ApiError>(&level))
        return *error;
    const auto photos = attachments(input);
    if (const auto* error = std::get_if<ApiError>(&photos))
        return *error;
    return QJsonObject{{QStringLiteral("title"), titleFrom(std::get<QString>(text))},
                       {QStringLiteral("description"), std::get<QString>(text)},
                       {QStringLiteral("categoryCode"), code},
                       {QStringLiteral("location"), std::get<QJsonObject>(place)},
                       {QStringLiteral("reporter"), std::get<QJsonObject>(who)},
                       {QStringLiteral("confidentiality"), std::get<QString>(level)},
                       {QStringLiteral("attachments"), std::get<QJsonArray>(photos)}};
}

} // namespace paht::store::open311
