#pragma once

#include "domain/DecodeError.h"

#include <QJsonObject>
#include <QString>

namespace paht {

// The kinds of handling agency (cơ quan xử lý) the regulation names.
enum class AgencyKind
{
    ProvincialDepartment,   // provincial_department: Sở
    CommunePeopleCommittee, // commune_people_committee: UBND xã, phường, đặc khu
    CentralAgency,          // central_agency: central agencies located in the province
    PublicServiceCompany,   // public_service_company: water, power, sanitation
};

QString agencyKindName(AgencyKind kind);
bool agencyKindFromName(const QString& name, AgencyKind* out);

// A named person the center can reach at an agency.
struct AgencyContact
{
    QString name;
    QString title;
    QString phone;
    QString email;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, AgencyContact* out);
    friend bool operator==(const AgencyContact& a, const AgencyContact& b)
    {
        return a.name == b.name && a.title == b.title && a.phone == b.phone && a.email == b.email;
    }
};

struct Agency
{
    // each agency sets its own processing limit, never more than 5 working days.
    static constexpr int kMaxProcessingDays = 5;

    QString code;
    QString name;
    AgencyKind kind = AgencyKind::ProvincialDepartment;
    AgencyContact leader;
    AgencyContact focalPerson;
    int processingLimitDays = kMaxProcessingDays;

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Agency* out);
    friend bool operator==(const Agency& a, const Agency& b)
    {
        return a.code == b.code && a.name == b.name && a.kind == b.kind && a.leader == b.leader &&
               a.focalPerson == b.focalPerson && a.processingLimitDays == b.processingLimitDays;
    }
    friend bool operator!=(const Agency& a, const Agency& b) { return !(a == b); }
};

} // namespace paht
