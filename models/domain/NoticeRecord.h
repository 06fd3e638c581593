#pragma once

#include "domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paht {

// One issuing agency's number on the Appendix II notice: counted per agency and per year, like
// every outgoing document of a Vietnamese agency, so only the store can give it.
struct NoticeNumber
{
    QString agencyCode;
    QString number; // "15/TB-SXD", as issued: a later change of format never renumbers a notice

    // "01/TB-SXD": the serial with at least two digits (the regulation's own "Số: 07/2020/QĐ-UBND"),
    // "TB" for thông báo, then the agency's code. Empty for a serial below 1.
    static QString format(int serial, const QString& agencyCode);

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, NoticeNumber* out);
    friend bool operator==(const NoticeNumber& a, const NoticeNumber& b)
    {
        return a.agencyCode == b.agencyCode && a.number == b.number;
    }
};

// The notice the store registered when the answer went out (publish or answer_privately): its date and
// a number for each agency whose approved result it announces.
struct NoticeRecord
{
    QDateTime issuedAt;          // UTC
    QList<NoticeNumber> numbers; // in the order of the report's assignments

    QString numberOf(const QString& agencyCode) const; // empty when the agency has none
    QString numbersText() const;                       // "01/TB-SXD; 03/TB-UBND-06673"

    QJsonObject toJson() const;
    static DecodeResult fromJson(const QJsonObject& json, NoticeRecord* out);
    friend bool operator==(const NoticeRecord& a, const NoticeRecord& b)
    {
        return a.issuedAt == b.issuedAt && a.numbers == b.numbers;
    }
};

} // namespace paht
