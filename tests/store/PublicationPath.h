#pragma once

// Takes a report through intake and handling to the center's publication step (Appendix I steps 1–2),
// through the store's real API, for the suites that test step 3.

#include "StoreFixture.h"

#include <QJsonArray>

namespace paht::store::testing {

struct AgencyStaff
{
    QString code;
    QString specialist;
    QString leader;
};

// The seeded agencies that have both a specialist and a leader.
inline AgencyStaff sxdStaff()
{
    return {QStringLiteral("SXD"), QStringLiteral("sxd.specialist"), QStringLiteral("sxd.leader")};
}
inline AgencyStaff wardStaff()
{
    return {QStringLiteral("UBND-06673"), QStringLiteral("ward.specialist"), QStringLiteral("ward.leader")};
}

// Classifies and dispatches the report to the agencies, whose specialists accept it and write a result
// that their leaders approve. Returns the report's version awaiting publication, 0 when a step failed.
inline qint64 bringToPublication(StoreFixture& store, const QString& intakeToken, const QString& reportId,
                                 const QList<AgencyStaff>& agencies)
{
    qint64 version = 1;
    const auto step = [&](const QString& token, const QString& type, const QJsonObject& payload) {
        const QJsonObject answer = store.command(token, type, reportId, version, payload);
        if (answer.value(QStringLiteral("status")).toString() != QLatin1String("applied"))
            return false;
        version = answer.value(QStringLiteral("version")).toInteger();
        return true;
    };
    QJsonArray codes;
    for (const AgencyStaff& agency : agencies)
        codes.append(agency.code);
    if (!step(intakeToken, QStringLiteral("classify"),
              {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}}) ||
        !step(intakeToken, QStringLiteral("dispatch"), {{QStringLiteral("agencies"), codes}}))
        return 0;
    for (const AgencyStaff& agency : agencies) {
        const QString specialist = store.login(agency.specialist);
        const QString leader = store.login(agency.leader);
        const QString result =
            QStringLiteral("%1 đã thay bóng đèn hỏng và kiểm tra lại tuyến chiếu sáng.").arg(agency.code);
        if (!step(specialist, QStringLiteral("accept"), {}) ||
            !step(specialist, QStringLiteral("submit_result"), {{QStringLiteral("text"), result}}) ||
            !step(leader, QStringLiteral("approve"), {}))
            return 0;
    }
    return version;
}

} // namespace paht::store::testing
