#include "domain/Agency.h"

#include "domain/EnumNames.h"
#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

using Need = JsonReader::Need;

constexpr std::array<EnumName<AgencyKind>, 4> kKinds{{
    {AgencyKind::ProvincialDepartment, "provincial_department"},
    {AgencyKind::CommunePeopleCommittee, "commune_people_committee"},
    {AgencyKind::CentralAgency, "central_agency"},
    {AgencyKind::PublicServiceCompany, "public_service_company"},
}};

} // namespace

QString agencyKindName(AgencyKind kind)
{
    return enumToName(kKinds, kind);
}

bool agencyKindFromName(const QString& name, AgencyKind* out)
{
    return enumFromName(kKinds, name, out);
}

QJsonObject AgencyContact::toJson() const
{
    return {{u"name"_s, name}, {u"title"_s, title}, {u"phone"_s, phone}, {u"email"_s, email}};
}

DecodeResult AgencyContact::fromJson(const QJsonObject& json, AgencyContact* out)
{
    AgencyContact value;
    JsonReader reader(json);
    reader.string("name", &value.name, Need::Optional);
    reader.string("title", &value.title, Need::Optional);
    reader.string("phone", &value.phone, Need::Optional);
    reader.string("email", &value.email, Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

QJsonObject Agency::toJson() const
{
    return {{u"code"_s, code},
            {u"name"_s, name},
            {u"kind"_s, agencyKindName(kind)},
            {u"leader"_s, leader.toJson()},
            {u"focalPerson"_s, focalPerson.toJson()},
            {u"processingLimitDays"_s, processingLimitDays}};
}

DecodeResult Agency::fromJson(const QJsonObject& json, Agency* out)
{
    Agency value;
    JsonReader reader(json);
    reader.string("code", &value.code, Need::NonEmpty);
    reader.string("name", &value.name, Need::NonEmpty);
    reader.enumeration("kind", &value.kind, agencyKindFromName);
    reader.object("leader", &value.leader, Need::Optional);
    reader.object("focalPerson", &value.focalPerson, Need::Optional);
    reader.integer("processingLimitDays", &value.processingLimitDays, 1, kMaxProcessingDays);
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
