#include "stats/StatisticsDocument.h"

#include "exchange/Csv.h"
#include "publication/NoticeDocument.h"

#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

// Layout units are device pixels at 96 dpi, as for the notice; the A4 text width is then about 620 px.
constexpr int kResolution = 96;
constexpr int kChartWidth = 600;

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

QUrl chartUrl(qsizetype index)
{
    return QUrl(u"paht-chart:%1"_s.arg(index));
}

} // namespace

StatisticsDocument::StatisticsDocument(ReportHeading heading, QList<StatisticsTable> tables,
                                       const QDate& date)
    : m_heading(std::move(heading)), m_tables(std::move(tables)), m_date(date)
{}

QString StatisticsDocument::placeAndDate() const
{
    // Days below 10 and the months 1 and 2 take a leading zero in Vietnamese documents.
    const QString day = m_date.day() < 10 ? u"0%1"_s.arg(m_date.day()) : QString::number(m_date.day());
    const QString month =
        m_date.month() <= 2 ? u"0%1"_s.arg(m_date.month()) : QString::number(m_date.month());
    //: Top right of a report. Vietnamese: "Quảng Ninh, ngày %1 tháng %2 năm %3"
    return tr("Quang Ninh, day %1 month %2 year %3").arg(day, month).arg(m_date.year());
}

QString StatisticsDocument::headerHtml() const
{
    const QString bold12 = u"font-size:12pt; font-weight:bold;"_s;
    //: The province's people's committee, top left of a report. Vietnamese: "UBND TỈNH QUẢNG NINH"
    QString left = paragraph(escaped(tr("PEOPLE'S COMMITTEE OF QUANG NINH PROVINCE")), u"font-size:12pt;"_s);
    //: The issuer of the report under it. Vietnamese: "TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH"
    left += paragraph(escaped(tr("SMART CITY OPERATIONS CENTER")), bold12);
    left += paragraph(u"-------"_s, u"font-size:12pt;"_s);
    //: The report's number, given when it is registered. Vietnamese: "Số: …/BC-TTĐHĐTTM"
    left += paragraph(escaped(tr("No.: …/BC-TTĐHĐTTM")), u"font-size:13pt;"_s, u"center"_s, 6);

    //: The national header. Vietnamese: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString right = paragraph(escaped(tr("SOCIALIST REPUBLIC OF VIETNAM")), bold12);
    //: The national motto. Vietnamese: "Độc lập - Tự do - Hạnh phúc"
    right +=
        paragraph(escaped(tr("Independence - Freedom - Happiness")), u"font-size:13pt; font-weight:bold;"_s);
    right += paragraph(u"---------------"_s, u"font-size:12pt;"_s);
    right += paragraph(escaped(placeAndDate()), u"font-size:13pt; font-style:italic;"_s, u"center"_s, 6);
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"42%\" valign=\"top\">%1</td><td width=\"58%\" valign=\"top\">%2</td>"
           "</tr></table>"_s.arg(left, right);
}

QString StatisticsDocument::tableHtml(const StatisticsTable& table) const
{
    QString html = paragraph(escaped(table.title), u"font-size:13pt; font-weight:bold;"_s, u"left"_s, 14);
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
            "style=\"border-collapse:collapse; margin-top:4px; font-size:11pt;\"><tr>"_s;
    for (const QString& header : table.headers)
        html += u"<th align=\"center\">%1</th>"_s.arg(escaped(header));
    html += u"</tr>"_s;
    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const QStringList& row = table.rows.at(index);
        html += u"<tr>"_s;
        for (int column = 0; column < table.headers.size(); ++column) {
            // A report's number in its first column stays on one line.
            const bool number = column == 0 && !table.reportIds.value(index).isEmpty();
            html += u"<td align=\"%1\"%2>%3</td>"_s.arg(
                column < table.labelColumns ? u"left"_s : u"right"_s,
                number ? u" style=\"white-space:nowrap;\""_s : QString(), escaped(row.value(column)));
        }
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    if (!table.note.isEmpty())
        html += paragraph(escaped(table.note).replace(u"\n"_s, u"<br>"_s),
                          u"font-size:11pt; font-style:italic;"_s, u"justify"_s, 4);
    return html;
}

QString StatisticsDocument::closingHtml() const
{
    //: Vietnamese: "Nơi nhận:"
    QString recipients = paragraph(escaped(tr("Recipients:")),
                                   u"font-size:12pt; font-weight:bold; font-style:italic;"_s, u"left"_s);
    const QStringList lines{
        //: Vietnamese: "- UBND tỉnh (b/c);"
        tr("- The Provincial People's Committee (to report);"),
        //: Vietnamese: "- Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh;"
        tr("- The Office of the National Assembly Delegation, People's Council and People's Committee;"),
        //: R-23: the ranking goes to these two. Vietnamese: "- Sở Nội vụ;"
        tr("- The Department of Home Affairs;"),
        //: Vietnamese: "- Sở Thông tin và Truyền thông;"
        tr("- The Department of Information and Communications;"),
        //: Vietnamese: "- Lưu: VT."
        tr("- Filed: Records.")};
    for (const QString& line : lines)
        recipients += paragraph(escaped(line), u"font-size:11pt;"_s, u"left"_s);
    //: The signer of the report. Vietnamese: "GIÁM ĐỐC"
    QString signature = paragraph(escaped(tr("DIRECTOR")), u"font-size:13pt; font-weight:bold;"_s);
    //: Vietnamese: "(Ký tên, đóng dấu)"
    signature += paragraph(escaped(tr("(Signature and seal)")), u"font-size:13pt; font-style:italic;"_s);
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:24px;\"><tr>"
           "<td width=\"55%\" valign=\"top\">%1</td><td width=\"45%\" valign=\"top\">%2</td></tr></table>"_s
               .arg(recipients, signature);
}

QString StatisticsDocument::html() const
{
    const QString title = u"font-size:14pt; font-weight:bold;"_s;
    QString html = u"<html><body>"_s + headerHtml();
    //: The kind of document, above its title. Vietnamese: "BÁO CÁO"
    html += paragraph(escaped(tr("REPORT")), title, u"center"_s, 24);
    html += paragraph(escaped(m_heading.title()), title);
    html +=
        paragraph(escaped(PeriodWording::range(m_heading.period)), u"font-size:13pt; font-style:italic;"_s);
    html += paragraph(u"-----------"_s, u"font-size:12pt;"_s);
    if (!m_source.isEmpty())
        html += paragraph(escaped(m_source), u"font-size:11pt; font-style:italic;"_s, u"center"_s, 6);
    //: Vietnamese: "Trung tâm Điều hành đô thị thông minh báo cáo kết quả tiếp nhận, xử lý phản ánh hiện
    //: trường trên Hệ thống như sau:"
    html += paragraph(escaped(tr("The Smart City Operations Center reports the results of receiving and "
                                 "handling field reports in the system as follows:")),
                      u"font-size:14pt; text-indent:38px;"_s, u"justify"_s, 12);
    for (const StatisticsTable& table : m_tables)
        html += tableHtml(table);
    if (!m_charts.isEmpty()) {
        //: The section of the report with the charts. Vietnamese: "Biểu đồ"
        html += paragraph(escaped(tr("Charts")), u"font-size:13pt; font-weight:bold;"_s, u"left"_s, 14);
        for (qsizetype i = 0; i < m_charts.size(); ++i) {
            html += paragraph(u"<img src=\"%1\" width=\"%2\">"_s.arg(chartUrl(i).toString()).arg(kChartWidth),
                              QString(), u"center"_s, 10);
            html += paragraph(escaped(m_charts.at(i).title), u"font-size:11pt; font-style:italic;"_s);
        }
    }
    html += closingHtml();
    return html + u"</body></html>"_s;
}

void StatisticsDocument::prepare(QTextDocument* document) const
{
    document->setDefaultFont(NoticeDocument::font());
    document->setDocumentMargin(0);
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        document->addResource(QTextDocument::ImageResource, chartUrl(i), m_charts.at(i).image);
    document->setHtml(html());
}

bool StatisticsDocument::print(QPagedPaintDevice* device) const
{
    QTextDocument document;
    prepare(&document);
    return NoticeDocument::paint(&document, device);
}

bool StatisticsDocument::writePdf(const QString& file) const
{
    bool written = false;
    {
        QPdfWriter writer(file);
        writer.setResolution(kResolution);
        writer.setPageLayout(NoticeDocument::pageLayout());
        writer.setTitle(tr("REPORT") + u" "_s + m_heading.title());
        writer.setCreator(u"PAHT"_s);
        written = print(&writer);
    }
    if (!written)
        QFile::remove(file); // no half-written report left behind
    return written;
}

QByteArray StatisticsDocument::csv() const
{
    QList<QStringList> rows;
    rows << QStringList{tr("REPORT") + u" "_s + m_heading.title()}
         << QStringList{PeriodWording::range(m_heading.period)};
    if (!m_source.isEmpty())
        rows << QStringList{m_source};
    for (const StatisticsTable& table : m_tables) {
        rows << QStringList() << QStringList{table.title} << table.headers;
        rows << table.rows;
        if (!table.note.isEmpty())
            rows << QStringList{table.note};
    }
    return writeCsv(rows);
}

} // namespace paht
