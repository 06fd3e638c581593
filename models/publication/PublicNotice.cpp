#include "publication/PublicNotice.h"

#include "calendar/WorkingCalendar.h"

using namespace Qt::StringLiterals;

namespace paht {

namespace {

// Decree 30/2020 sizes: header 12–13 pt, body 13–14 pt, recipients 11 pt.
const QString kParagraph = u"<p align=\"%1\" style=\"margin-top:%2px; margin-bottom:0px; %3\">%4</p>"_s;

QString paragraph(const QString& html, const QString& style, const QString& align = u"center"_s,
                  int marginTop = 0)
{
    return kParagraph.arg(align).arg(marginTop).arg(style, html);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// "A", "A và B", "A, B và C".
QString joinedNames(const QStringList& names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(u", "_s) + u" và "_s + names.last();
}

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QStringList PublicNotice::issuingAgencies(const Report& report)
{
    QStringList codes;
    for (const Assignment& assignment : report.assignments) {
        if (assignment.state == AssignmentState::Approved)
            codes.append(assignment.agencyCode);
    }
    return codes;
}

QString PublicNotice::draftAnswer(const Report& report)
{
    if (!report.publicAnswer.trimmed().isEmpty())
        return report.publicAnswer;
    QStringList results;
    for (const Assignment& assignment : report.assignments) {
        if (assignment.state == AssignmentState::Approved && assignment.result &&
            !assignment.result->text.trimmed().isEmpty())
            results.append(assignment.result->text.trimmed());
    }
    return results.join(u"\n\n"_s);
}

PublicNotice PublicNotice::forReport(const Report& report, const Directory& directory, const QString& answer,
                                     const QDate& today)
{
    PublicNotice notice;
    notice.m_reportId = report.id;
    notice.m_toOrganisation = report.reporter.isOrganisation;
    notice.m_answer = answer;
    notice.m_date = report.notice ? WorkingCalendar::localDate(report.notice->issuedAt) : today;
    // Once numbered, the notice names the agencies the store numbered, whatever happened since.
    QStringList codes;
    if (report.notice) {
        for (const NoticeNumber& number : report.notice->numbers)
            codes.append(number.agencyCode);
    } else {
        codes = issuingAgencies(report);
    }
    for (const QString& code : codes) {
        const auto agency = directory.agencies.constFind(code);
        Issuer issuer;
        issuer.agencyCode = code;
        issuer.name = agency == directory.agencies.constEnd() ? code : agency->name;
        if (agency != directory.agencies.constEnd())
            issuer.leader = agency->leader;
        issuer.number = report.notice ? report.notice->numberOf(code) : QString();
        notice.m_issuers.append(issuer);
    }
    return notice;
}

bool PublicNotice::isNumbered() const
{
    if (m_issuers.isEmpty())
        return false;
    for (const Issuer& issuer : m_issuers) {
        if (issuer.number.isEmpty())
            return false;
    }
    return true;
}

QString PublicNotice::vietnameseDate(const QDate& date)
{
    const QString day = date.day() < 10 ? twoDigits(date.day()) : QString::number(date.day());
    const QString month = date.month() <= 2 ? twoDigits(date.month()) : QString::number(date.month());
    return u"ngày %1 tháng %2 năm %3"_s.arg(day, month).arg(date.year());
}

QString PublicNotice::addressee() const
{
    return m_toOrganisation ? u"Kính gửi: Quý tổ chức"_s : u"Kính gửi: Quý cá nhân"_s;
}

QString PublicNotice::numberLine(const Issuer& issuer) const
{
    if (!issuer.number.isEmpty())
        return u"Số: "_s + issuer.number;
    return u"Số: …/TB-"_s + issuer.agencyCode;
}

QString PublicNotice::placeAndDate() const
{
    return u"Quảng Ninh, "_s + vietnameseDate(m_date);
}

QString PublicNotice::announcement() const
{
    QStringList names;
    for (const Issuer& issuer : m_issuers)
        names.append(issuer.name);
    const QString who = names.isEmpty() ? u"[Đơn vị xử lý]"_s : joinedNames(names);
    return u"%1 xin thông báo kết quả xử lý phản ánh số %2 của quý %3 như sau:"_s.arg(
        who, m_reportId, m_toOrganisation ? u"tổ chức"_s : u"cá nhân"_s);
}

QStringList PublicNotice::recipients()
{
    return {u"- Như trên;"_s, u"- Trung tâm điều hành Thành phố thông minh tỉnh (b/c);"_s,
            u"- Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh (b/c);"_s, u"- Lưu: VT."_s};
}

QString PublicNotice::headerHtml() const
{
    const QString bold12 = u"font-size:12pt; font-weight:bold;"_s;
    QString left = paragraph(u"UBND TỈNH QUẢNG NINH"_s, u"font-size:12pt;"_s);
    for (const Issuer& issuer : m_issuers)
        left += paragraph(escaped(issuer.name.toUpper()), bold12);
    left += paragraph(u"-------"_s, u"font-size:12pt;"_s);
    for (const Issuer& issuer : m_issuers)
        left += paragraph(escaped(numberLine(issuer)), u"font-size:13pt;"_s, u"center"_s, 6);
    if (!isNumbered())
        left += paragraph(u"(số được cấp khi phát hành)"_s, u"font-size:11pt; font-style:italic;"_s);

    QString right = paragraph(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, bold12);
    right += paragraph(u"Độc lập - Tự do - Hạnh phúc"_s, u"font-size:13pt; font-weight:bold;"_s);
    right += paragraph(u"---------------"_s, u"font-size:12pt;"_s);
    right += paragraph(escaped(placeAndDate()), u"font-size:13pt; font-style:italic;"_s, u"center"_s, 6);

    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"42%\" valign=\"top\">%1</td><td width=\"58%\" valign=\"top\">%2</td>"
           "</tr></table>"_s.arg(left, right);
}

QString PublicNotice::closingHtml() const
{
    QString recipients =
        paragraph(u"Nơi nhận:"_s, u"font-size:12pt; font-weight:bold; font-style:italic;"_s, u"left"_s);
    for (const QString& line : PublicNotice::recipients())
        recipients += paragraph(escaped(line), u"font-size:11pt;"_s, u"left"_s);

    const bool joint = m_issuers.size() > 1;
    const int signatureWidth = 60 / qMax(1, int(m_issuers.size()));
    QString signatures;
    for (const Issuer& issuer : m_issuers) {
        QString block;
        if (joint)
            block += paragraph(escaped(issuer.name.toUpper()), u"font-size:13pt; font-weight:bold;"_s);
        const QString title = issuer.leader.title.trimmed().isEmpty()
                                  ? u"LÃNH ĐẠO ĐƠN VỊ"_s
                                  : issuer.leader.title.trimmed().toUpper();
        block += paragraph(escaped(title), u"font-size:13pt; font-weight:bold;"_s);
        block += paragraph(u"(Ký tên, đóng dấu)"_s, u"font-size:13pt; font-style:italic;"_s);
        block +=
            paragraph(escaped(issuer.leader.name), u"font-size:13pt; font-weight:bold;"_s, u"center"_s, 80);
        signatures += u"<td width=\"%1%\" valign=\"top\">%2</td>"_s.arg(signatureWidth).arg(block);
    }
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:18px;\"><tr>"
           "<td width=\"40%\" valign=\"top\">%1</td>%2</tr></table>"_s.arg(recipients, signatures);
}

QString PublicNotice::html() const
{
    const QString body = u"font-size:14pt;"_s;
    const QString indented = body + u" text-indent:38px;"_s; // 1 cm, the first line of a body paragraph
    QString html = u"<html><body>"_s + headerHtml();
    html += paragraph(escaped(addressee()), body, u"center"_s, 24);
    html += paragraph(escaped(announcement()), indented, u"justify"_s, 18);
    for (const QString& line : m_answer.split(QLatin1Char('\n'))) {
        // An empty line keeps its height: the editor's paragraph breaks show as they were typed.
        html += paragraph(line.trimmed().isEmpty() ? u"&nbsp;"_s : escaped(line), indented, u"justify"_s, 6);
    }
    html += paragraph(u"Chúng tôi cảm ơn %1 và mong tiếp tục nhận được phản ánh."_s.arg(
                          m_toOrganisation ? u"tổ chức"_s : u"cá nhân"_s),
                      indented, u"justify"_s, 12);
    html += paragraph(u"Trân trọng./."_s, indented, u"left"_s, 6);
    html += closingHtml();
    return html + u"</body></html>"_s;
}

} // namespace paht
