#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace paht::ui {

QChart* ReportCharts::chart(const ChartData& data)
{
    auto* chart = new QChart();
    chart->setObjectName(data.key);
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QAbstractBarSeries* series = data.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries())
                                              : static_cast<QAbstractBarSeries*>(new QBarSeries());
    double top = 0;
    QList<double> stackedTotals(data.categories.size(), 0.0);
    for (const ChartSeries& item : data.series) {
        auto* set = new QBarSet(item.name);
        for (qsizetype i = 0; i < item.values.size(); ++i) {
            *set << item.values.at(i);
            stackedTotals[i] += item.values.at(i);
            top = std::max(top, item.values.at(i));
        }
        series->append(set);
    }
    if (data.stacked && !stackedTotals.isEmpty())
        top = *std::max_element(stackedTotals.cbegin(), stackedTotals.cend());
    series->setLabelsVisible(true);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis();
    categories->append(data.categories);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis();
    values->setTitleText(data.valueTitle);
    // At least 1 so that an empty chart has an axis; counts of reports read better on whole ticks.
    const double range = std::max(1.0, std::ceil(top * 1.1));
    values->setRange(0, range);
    values->setLabelFormat(QStringLiteral("%g"));
    bool whole = true;
    for (const ChartSeries& item : data.series) {
        for (double value : item.values)
            whole = whole && value == std::floor(value);
    }
    if (whole) {
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(std::ceil(range / 5.0));
    }
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QImage ReportCharts::image(const ChartData& data, const QSize& size)
{
    QGraphicsScene scene;
    QChart* drawn = chart(data); // the scene owns it
    scene.addItem(drawn);
    drawn->resize(size);
    drawn->layout()->activate();
    QImage image(size * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size * 2)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace paht::ui
