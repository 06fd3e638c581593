#pragma once

#include "stats/PeriodWording.h"
#include "stats/StatisticsTables.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace paht {

// A periodic report as the province files it: on A4 with the layout and face of the
// Appendix II notice (NoticeDocument), the issuer and its number top left, the national header and the
// place and date top right, "BÁO CÁO" and its title, the period, the tables, the charts, the definitions
// with the ranking formula, "Nơi nhận:" and the director's signature block. The same tables go to CSV
// (UTF-8 with a BOM, each table under its title row). Every word goes through tr() in the
// "paht::StatisticsDocument" context, Vietnamese being the console's first language.
class StatisticsDocument
{
    Q_DECLARE_TR_FUNCTIONS(paht::StatisticsDocument)

public:
    struct Chart
    {
        QString title;
        QImage image;
    };

    // `date`: the day the report is issued, for "Quảng Ninh, ngày … tháng … năm …".
    StatisticsDocument(ReportHeading heading, QList<StatisticsTable> tables, const QDate& date);

    // Where the figures come from and when they were computed, printed under the period.
    void setSource(const QString& line) { m_source = line; }
    void addChart(const QString& title, const QImage& image) { m_charts << Chart{title, image}; }

    const ReportHeading& heading() const { return m_heading; }
    QString placeAndDate() const; // "Quảng Ninh, ngày 05 tháng 10 năm 2026"
    QString html() const;
    // The HTML with the chart images as the document's resources, in the notice's face.
    void prepare(QTextDocument* document) const;
    bool print(QPagedPaintDevice* device) const;
    bool writePdf(const QString& file) const; // false when the file cannot be written
    // The heading lines, then every table: its title row, its header row, its rows, its note.
    QByteArray csv() const;

private:
    QString headerHtml() const;
    QString tableHtml(const StatisticsTable& table) const;
    QString closingHtml() const;

    ReportHeading m_heading;
    QList<StatisticsTable> m_tables;
    QDate m_date;
    QString m_source;
    QList<Chart> m_charts;
};

} // namespace paht
