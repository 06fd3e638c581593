#include "CalendarPreview.h"

#include "items/NonWorkingDayModel.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

// The mark goes into the format too, so that a test can read what the grid shows.
QTextCharFormat formatOf(DayMark mark)
{
    QTextCharFormat format;
    format.setProperty(QTextFormat::UserProperty, int(mark));
    switch (mark) {
    case DayMark::Working:
        format.setForeground(QColor(0x20, 0x20, 0x20));
        break;
    case DayMark::Weekend:
        format.setForeground(QColor(0x80, 0x80, 0x80));
        break;
    case DayMark::Holiday:
        format.setForeground(QColor(0xb0, 0x00, 0x20));
        format.setBackground(QColor(0xfd, 0xe0, 0xe4));
        format.setFontWeight(QFont::Bold);
        break;
    case DayMark::DayOff:
        format.setForeground(QColor(0x8a, 0x4b, 0x00));
        format.setBackground(QColor(0xff, 0xec, 0xc8));
        format.setFontWeight(QFont::Bold);
        break;
    case DayMark::WorkedRestDay:
        format.setForeground(QColor(0x00, 0x60, 0x30));
        format.setBackground(QColor(0xd8, 0xf3, 0xe0));
        format.setFontWeight(QFont::Bold);
        break;
    }
    return format;
}

} // namespace

CalendarPreview::CalendarPreview(QWidget* parent)
    : QWidget(parent), m_model(new NonWorkingDayModel(this)), m_grid(new QCalendarWidget(this)),
      m_table(new QTableView(this)),
      //: Vietnamese: "Hiện cả ngày nghỉ cuối tuần"
      m_weekends(new QCheckBox(tr("Show weekends"), this))
{
    m_grid->setObjectName(QStringLiteral("previewGrid"));
    m_grid->setGridVisible(true);
    m_grid->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_grid->setFirstDayOfWeek(Qt::Monday);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_weekends->setObjectName(QStringLiteral("previewWeekends"));

    //: Legend of the month grid. Vietnamese: "Đỏ: nghỉ lễ, Tết · Cam: nghỉ bù, nghỉ hoán đổi, nghỉ thêm ·
    //: Xanh: thứ Bảy, Chủ nhật đi làm · Xám: nghỉ cuối tuần"
    auto* legend = new QLabel(tr("Red: public holiday · Orange: compensatory, swapped or extra day off · "
                                 "Green: Saturday or Sunday worked · Grey: weekend"),
                              this);
    legend->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid);
    layout->addWidget(legend);
    layout->addWidget(m_weekends);
    layout->addWidget(m_table, 1);

    connect(m_weekends, &QCheckBox::toggled, m_model, &NonWorkingDayModel::setShowWeekends);
    connect(m_grid, &QCalendarWidget::clicked, this, &CalendarPreview::selectDay);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QDate date = index.data(NonWorkingDayModel::DateRole).toDate();
        m_grid->setSelectedDate(date);
        m_grid->setCurrentPage(date.year(), date.month());
    });
}

void CalendarPreview::setCalendar(const WorkingCalendar& calendar, int year)
{
    const bool firstYear = m_model->year() == 0;
    const bool newYear = year != m_model->year();
    m_model->setCalendar(calendar, year);
    m_table->resizeColumnsToContents();
    if (newYear) {
        // Another year keeps the month in view; the first one opens on January.
        const int month = firstYear ? 1 : m_grid->monthShown();
        m_grid->setSelectedDate(QDate(year, month, 1));
        m_grid->setCurrentPage(year, month);
    }
    markGrid();
}

void CalendarPreview::markGrid()
{
    // The weekday colours of the widget would fight the marks: every day is formatted here.
    m_grid->setWeekdayTextFormat(Qt::Saturday, QTextCharFormat());
    m_grid->setWeekdayTextFormat(Qt::Sunday, QTextCharFormat());
    m_grid->setDateTextFormat(QDate(), QTextCharFormat());
    const int year = m_model->year();
    // The grid shows the edges of the neighbouring months too.
    for (QDate date(year - 1, 12, 1); date <= QDate(year + 1, 1, 31); date = date.addDays(1))
        m_grid->setDateTextFormat(date, formatOf(m_model->markOn(date)));
}

void CalendarPreview::selectDay(const QDate& date)
{
    const int row = m_model->rowOf(date);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

} // namespace paht::ui
