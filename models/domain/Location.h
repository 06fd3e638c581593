#pragma once

#include "domain/DecodeError.h"

#include <QJsonObject>
#include <QString>

namespace paht {

// Where the reported problem is: the app's GPS position plus what the reporter or operator wrote.
// Positions are sensitive personal data (platform notes): they travel only inside the report.
struct Location
{
    double latitude = 0;  // WGS 84, −90..90
    double longitude = 0; // WGS 84, −180..180
    QString address;
    QString communeCode; // statistics code of the commune-level unit, e.g. "06685" (Phường Hồng Gai)

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Location* out);

    friend bool operator==(const Location& a, const Location& b)
    {
        return a.latitude == b.latitude && a.longitude == b.longitude && a.address == b.address &&
               a.communeCode == b.communeCode;
    }
    friend bool operator!=(const Location& a, const Location& b) { return !(a == b); }
};

} // namespace paht
