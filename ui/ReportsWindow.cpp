#include "ReportsWindow.h"

#include "ReportCharts.h"
#include "ReportsController.h"

#include "publication/NoticeDocument.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace paht::ui {

namespace {

// A page of the tabs that scrolls as a whole, so every table shows all its rows.
QVBoxLayout* scrolledPage(QTabWidget* tabs, const QString& title)
{
    auto* area = new QScrollArea(tabs);
    area->setWidgetResizable(true);
    auto* content = new QWidget(area);
    area->setWidget(content);
    tabs->addTab(area, title);
    return new QVBoxLayout(content);
}

void clear(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

ReportsWindow::ReportsWindow(ReportsController& controller, QWidget* parent)
    : QWidget(parent, Qt::Window), m_controller(controller), m_kind(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_month(new QComboBox(this)), m_quarter(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_scope(new QComboBox(this)),
      m_show(new QPushButton(tr("&Show"), this)), m_title(new QLabel(this)), m_source(new QLabel(this)),
      m_due(new QLabel(this)), m_openDue(new QPushButton(tr("&Open this report"), this)),
      m_tabs(new QTabWidget(this)), m_csv(new QPushButton(tr("Export &CSV…"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF…"), this)), m_print(new QPushButton(tr("&Print…"), this))
{
    setObjectName(u"reportsWindow"_s);
    //: The window of the periodic reports (R-22). Glossary: Báo cáo (tháng, quý, năm, đột xuất)
    setWindowTitle(tr("Periodic reports"));
    resize(1100, 820);
    auto* layout = new QVBoxLayout(this);
    buildChoice(layout);

    auto* dueRow = new QHBoxLayout;
    m_due->setObjectName(u"nextDue"_s);
    m_due->setWordWrap(true);
    m_openDue->setObjectName(u"openDue"_s);
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_openDue);
    layout->addLayout(dueRow);

    m_title->setObjectName(u"reportTitle"_s);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(u"font-weight: bold; font-size: 12pt;"_s);
    m_source->setObjectName(u"reportSource"_s);
    m_source->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_source);

    m_tables = scrolledPage(m_tabs, tr("Tables"));
    auto* chartsPage = new QWidget(m_tabs);
    m_charts = new QGridLayout(chartsPage);
    m_tabs->addTab(chartsPage, tr("Charts"));
    m_tabs->setObjectName(u"reportTabs"_s);
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QHBoxLayout;
    m_csv->setObjectName(u"exportCsv"_s);
    m_pdf->setObjectName(u"savePdf"_s);
    m_print->setObjectName(u"printReport"_s);
    m_print->setShortcut(QKeySequence::Print);
    buttons->addStretch(1);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    layout->addLayout(buttons);

    connect(m_show, &QPushButton::clicked, this, &ReportsWindow::apply);
    connect(m_openDue, &QPushButton::clicked, this, [this] {
        if (const std::optional<DueReport> due = m_controller.nextDue()) {
            m_controller.openDue(*due);
            showChoice();
        }
    });
    connect(m_csv, &QPushButton::clicked, this, &ReportsWindow::chooseCsvFile);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsWindow::choosePdfFile);
    connect(m_print, &QPushButton::clicked, this, &ReportsWindow::print);
    connect(&m_controller, &ReportsController::loadingStarted, this, [this] { setBusy(true); });
    connect(&m_controller, &ReportsController::changed, this, &ReportsWindow::rebuild);
    connect(&m_controller, &ReportsController::failed, this, [this](const QString& message) {
        setBusy(false);
        m_source->setText(message);
    });
    showChoice();
    showDue();
    setBusy(m_controller.isLoading());
    if (m_controller.hasResult())
        rebuild();
}

void ReportsWindow::buildChoice(QVBoxLayout* layout)
{
    m_kind->setObjectName(u"periodKind"_s);
    m_kind->addItem(tr("Month"), int(ReportPeriod::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(ReportPeriod::Kind::Quarter));
    m_kind->addItem(tr("Year"), int(ReportPeriod::Kind::Year));
    //: Any run of days (an ad hoc report). Glossary: đột xuất
    m_kind->addItem(tr("Any period"), int(ReportPeriod::Kind::Custom));
    m_year->setObjectName(u"periodYear"_s);
    m_year->setRange(2000, 2100);
    m_month->setObjectName(u"periodMonth"_s);
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(tr("Month %1").arg(month), month);
    m_quarter->setObjectName(u"periodQuarter"_s);
    for (int quarter = 1; quarter <= 4; ++quarter)
        m_quarter->addItem(tr("Quarter %1").arg(PeriodWording::romanQuarter(quarter)), quarter);
    m_from->setObjectName(u"periodFrom"_s);
    m_to->setObjectName(u"periodTo"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    }
    m_scope->setObjectName(u"scope"_s);
    m_scope->addItem(tr("The whole province"), QString());
    const QHash<QString, QString> names = m_controller.agencyNames();
    for (const QString& code : m_controller.agenciesByName())
        m_scope->addItem(names.value(code), code);
    m_show->setObjectName(u"showReport"_s);
    m_show->setDefault(true);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Period:"), this));
    for (QWidget* widget : std::initializer_list<QWidget*>{m_kind, m_month, m_quarter, m_year, m_from, m_to})
        row->addWidget(widget);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("For:"), this));
    row->addWidget(m_scope, 1);
    row->addWidget(m_show);
    layout->addLayout(row);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsWindow::onKindChanged);
}

void ReportsWindow::onKindChanged()
{
    const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
    m_month->setVisible(kind == ReportPeriod::Kind::Month);
    m_quarter->setVisible(kind == ReportPeriod::Kind::Quarter);
    m_year->setVisible(kind != ReportPeriod::Kind::Custom);
    m_from->setVisible(kind == ReportPeriod::Kind::Custom);
    m_to->setVisible(kind == ReportPeriod::Kind::Custom);
}

void ReportsWindow::showChoice()
{
    const ReportPeriod& period = m_controller.period();
    m_kind->setCurrentIndex(m_kind->findData(int(period.kind)));
    m_year->setValue(period.first.year());
    m_month->setCurrentIndex(period.first.month() - 1);
    m_quarter->setCurrentIndex((period.first.month() - 1) / 3);
    m_from->setDate(period.first);
    m_to->setDate(period.last);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(m_controller.agencyCode())));
    onKindChanged();
}

void ReportsWindow::apply()
{
    const int year = m_year->value();
    ReportPeriod period;
    switch (ReportPeriod::Kind(m_kind->currentData().toInt())) {
    case ReportPeriod::Kind::Month:
        period = ReportPeriod::month(year, m_month->currentData().toInt());
        break;
    case ReportPeriod::Kind::Quarter:
        period = ReportPeriod::quarter(year, m_quarter->currentData().toInt());
        break;
    case ReportPeriod::Kind::Year:
        period = ReportPeriod::year(year);
        break;
    case ReportPeriod::Kind::Custom:
        period = ReportPeriod::days(m_from->date(), m_to->date());
        if (period.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("The period must end on or after its first day."));
            return;
        }
        break;
    }
    m_controller.choose(period, m_scope->currentData().toString());
}

void ReportsWindow::setBusy(bool busy)
{
    m_show->setEnabled(!busy);
    const bool exportable = !busy && m_controller.hasResult();
    for (QPushButton* button : {m_csv, m_pdf, m_print})
        button->setEnabled(exportable);
    if (busy)
        m_source->setText(tr("Computing…"));
}

void ReportsWindow::rebuild()
{
    setBusy(false);
    const ReportHeading heading = m_controller.heading();
    m_title->setText(StatisticsDocument::tr("REPORT") + u" "_s + heading.title() + u"\n"_s +
                     PeriodWording::range(heading.period));
    QString source = m_controller.sourceLine();
    if (m_controller.isUnfinished())
        source += u"\n"_s + tr("The period has not ended yet: its figures are not final.");
    m_source->setText(source);

    clear(m_tables);
    const QList<StatisticsTable>& tables = m_controller.tables();
    for (int i = 0; i < tables.size(); ++i) {
        auto* title = new QLabel(tables.at(i).title);
        title->setStyleSheet(u"font-weight: bold;"_s);
        m_tables->addWidget(title);
        auto* view = new QTableView;
        view->setObjectName(u"table_"_s + tables.at(i).key);
        view->setModel(m_controller.model(i));
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->resizeColumnsToContents();
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height() +
                             view->verticalHeader()->length() + 2 * view->frameWidth() + 2);
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
            const QString id = index.data(StatisticsTableModel::ReportIdRole).toString();
            if (!id.isEmpty())
                emit reportWanted(id);
        });
        m_tables->addWidget(view);
        if (!tables.at(i).note.isEmpty()) {
            auto* note = new QLabel(tables.at(i).note);
            note->setWordWrap(true);
            note->setStyleSheet(u"font-style: italic; color: palette(dark);"_s);
            m_tables->addWidget(note);
        }
    }
    m_tables->addStretch(1);

    clear(m_charts);
    const QList<ChartData>& charts = m_controller.charts();
    for (int i = 0; i < charts.size(); ++i) {
        auto* view = new QChartView(ReportCharts::chart(charts.at(i)));
        view->setObjectName(u"chart_"_s + charts.at(i).key);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        m_charts->addWidget(view, i / 2, i % 2);
    }
    showDue();
}

void ReportsWindow::showDue()
{
    const std::optional<DueReport> due = m_controller.nextDue();
    m_openDue->setVisible(due.has_value());
    if (!due) {
        m_due->clear();
        return;
    }
    //: %1 the report ("Báo cáo tháng 9 năm 2026"), %2 the day it is due, %3–%4 the days its figures cover.
    //: Vietnamese: "Báo cáo sắp đến hạn: %1, hạn trước ngày %2 (số liệu từ ngày %3 đến ngày %4)."
    const QString text =
        tr("Next report due: %1, before %2 (figures from %3 to %4).")
            .arg(due->name(), PeriodWording::date(due->dueDate), PeriodWording::date(due->period.first),
                 PeriodWording::date(due->period.last));
    m_due->setText(text);
    m_due->setStyleSheet(m_controller.isReminding(*due) ? u"font-weight: bold; color: #b00020;"_s
                                                        : QString());
}

QTableView* ReportsWindow::table(const QString& key) const
{
    return findChild<QTableView*>(u"table_"_s + key);
}

QChartView* ReportsWindow::chart(const QString& key) const
{
    return findChild<QChartView*>(u"chart_"_s + key);
}

bool ReportsWindow::exportCsv(const QString& file)
{
    if (m_controller.saveCsv(file))
        return true;
    QMessageBox::warning(this, windowTitle(), tr("The CSV file could not be written: %1").arg(file));
    return false;
}

bool ReportsWindow::savePdf(const QString& file)
{
    if (m_controller.savePdf(file))
        return true;
    QMessageBox::warning(this, windowTitle(), tr("The PDF file could not be written: %1").arg(file));
    return false;
}

void ReportsWindow::chooseCsvFile()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the report as CSV"), QDir::home().filePath(m_controller.suggestedFileName(u"csv"_s)),
        tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsv(file);
}

void ReportsWindow::choosePdfFile()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the report as PDF"), QDir::home().filePath(m_controller.suggestedFileName(u"pdf"_s)),
        tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        savePdf(file);
}

void ReportsWindow::print()
{
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageLayout(NoticeDocument::pageLayout());
    printer.setDocName(m_controller.heading().title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_controller.print(&printer))
        QMessageBox::warning(this, windowTitle(), tr("The report could not be printed."));
}

} // namespace paht::ui
