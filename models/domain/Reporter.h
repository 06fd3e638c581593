#pragma once

#include "domain/DecodeError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace paht {

// The person or organisation who sent the report. Personal data: shown outside the center only
// when disclosed on purpose.
struct Reporter
{
    QString name;
    QString phone;
    QString email;
    bool isOrganisation = false; // Appendix II addresses "Quý tổ chức" rather than "Quý cá nhân"

    // What the intake operator must still check with the reporter (R-3: presence and form of name,
    // phone and email). Decoding accepts incomplete contacts because reports arrive 24/7 and the
    // operator, not the app, decides whether to clarify or reject.
    QList<DecodeError> contactProblems() const;

    static bool isPlausiblePhone(const QString& phone); // Vietnamese: 0xxxxxxxxx(x) or +84...
    static bool isPlausibleEmail(const QString& email);

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, Reporter* out);

    friend bool operator==(const Reporter& a, const Reporter& b)
    {
        return a.name == b.name && a.phone == b.phone && a.email == b.email &&
               a.isOrganisation == b.isOrganisation;
    }
    friend bool operator!=(const Reporter& a, const Reporter& b) { return !(a == b); }
};

} // namespace paht
