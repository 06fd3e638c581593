#pragma once

#include "domain/Agency.h"
#include "domain/Report.h"
#include "workflow/Directory.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace paht {

// The Appendix II notice ("Mẫu thông tin kết quả xử lý", R-15) that carries the center's answer to a
// report: the national header, the issuing agencies with their numbers, place and date, "Kính gửi", the
// agencies' announcement of the result, the closing thanks, the recipients and the leaders' signature
// blocks. It is a Vietnamese administrative document whatever language the console speaks, so its words
// are the regulation's and are not translated. Several agencies that handled one report issue one joint
// notice, each under its own number.
class PublicNotice
{
public:
    struct Issuer
    {
        QString agencyCode;
        QString name;         // the agency's name; its code when the directory does not know it
        AgencyContact leader; // signs for the agency
        QString number;       // "15/TB-SXD"; empty until the store numbers the notice
    };

    // a state secret's result is not published at all, so no notice is issued for it; a
    // confidential report's notice goes to its reporter alone.
    static bool isIssuedFor(const Report& report)
    {
        return report.confidentiality != Confidentiality::StateSecret;
    }
    // The agencies that issue the notice: those whose result was approved, in assignment order.
    static QStringList issuingAgencies(const Report& report);
    // The answer to start editing from: the center's last edit, else the approved results in turn.
    static QString draftAnswer(const Report& report);

    // The notice of `report` announcing `answer`: numbered and dated as the store registered it when the
    // answer went out, else (a preview) dated `today` with its numbers still to be given.
    static PublicNotice forReport(const Report& report, const Directory& directory, const QString& answer,
                                  const QDate& today);

    const QString& reportId() const { return m_reportId; }
    const QList<Issuer>& issuers() const { return m_issuers; }
    const QString& answer() const { return m_answer; }
    QDate date() const { return m_date; }
    // Every issuer has its number: the notice may go out as it is.
    bool isNumbered() const;

    QString addressee() const;                      // "Kính gửi: Quý cá nhân"
    QString numberLine(const Issuer& issuer) const; // "Số: 15/TB-SXD", or "Số: …/TB-SXD" before numbering
    QString placeAndDate() const;                   // "Quảng Ninh, ngày 28 tháng 11 năm 2026"
    QString announcement() const;    // "Sở Xây dựng xin thông báo kết quả xử lý ... như sau:"
    static QStringList recipients(); // "Nơi nhận:" of Appendix II

    // The whole notice as HTML for QTextDocument; every text that people wrote is escaped.
    QString html() const;

    // "ngày 28 tháng 11 năm 2026"; days below 10 and the months 1 and 2 take a leading zero, as
    // Vietnamese administrative documents write dates.
    static QString vietnameseDate(const QDate& date);

private:
    QString headerHtml() const;
    QString closingHtml() const;

    QString m_reportId;
    bool m_toOrganisation = false;
    QList<Issuer> m_issuers;
    QString m_answer;
    QDate m_date;
};

} // namespace paht
