#pragma once

#include "stats/StatisticsCharts.h"

#include <QImage>
#include <QSize>

class QChart;

namespace paht::ui {

// Draws a periodic report's charts with Qt Charts: bars by category, one set per series, the value axis
// from zero. The same chart goes on the screen and, as an image, into the PDF.
class ReportCharts
{
public:
    // A new chart; the caller (or the view it is given to) owns it.
    static QChart* chart(const ChartData& data);
    // The chart drawn on a white image of `size` logical pixels at twice the resolution, for paper.
    static QImage image(const ChartData& data, const QSize& size = QSize(600, 340));
};

} // namespace paht::ui
