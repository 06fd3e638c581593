#include "CalendarEditor.h"

#include "CalendarPreview.h"
#include "DayListEditor.h"

#include "items/HoursProfileModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

QLabel* problemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

void setProblem(QLabel* label, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

CalendarEditor::CalendarEditor(const WorkingCalendar& current, int year, QWidget* parent)
    : QDialog(parent), m_draft(current), m_year(year), m_hours(new HoursProfileModel(this))
{
    setObjectName(QStringLiteral("calendarEditor"));
    //: Window title. Glossary: Ngày làm việc → "Lịch làm việc và ngày nghỉ"
    setWindowTitle(tr("Working calendar"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildForm());
    m_preview = new CalendarPreview(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_saving)
            emit saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1200, 800);

    m_hours->setProfiles(m_draft.calendar().workingHours().profiles());
    refresh();
}

CalendarEditor::~CalendarEditor() = default;

QWidget* CalendarEditor::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);

    auto* header = new QFormLayout;
    m_yearBox = new QSpinBox(form);
    m_yearBox->setObjectName(QStringLiteral("year"));
    m_yearBox->setRange(1900, 2199);
    m_yearBox->setValue(m_year);
    connect(m_yearBox, qOverload<int>(&QSpinBox::valueChanged), this, &CalendarEditor::setYear);
    //: Vietnamese: "Năm"
    header->addRow(tr("Year"), m_yearBox);
    m_source = new QLineEdit(form);
    m_source->setObjectName(QStringLiteral("source"));
    //: Placeholder: the government's yearly notice. Vietnamese: "ví dụ: Thông báo 6150/TB-LĐTBXH"
    m_source->setPlaceholderText(tr("e.g. Thông báo 6150/TB-LĐTBXH"));
    connect(m_source, &QLineEdit::editingFinished, this,
            [this] { showProblem(m_draft.setSource(m_year, m_source->text())); });
    m_sourceProblem = problemLabel(QStringLiteral("sourceProblem"), form);
    //: The government's notice the year's days off come from. Vietnamese: "Văn bản thông báo"
    header->addRow(tr("Notice"), m_source);
    header->addRow(QString(), m_sourceProblem);
    layout->addLayout(header);

    m_holidays = new QListWidget(form);
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_holidays->setMaximumHeight(150);
    //: Labour Code Art. 112, computed. Vietnamese: "Ngày nghỉ lễ, Tết theo Bộ luật Lao động (tự tính)"
    layout->addWidget(group(tr("Public holidays (Labour Code, computed)"), m_holidays, form));

    //: Vietnamese: "Ngày"
    const QString dayLabel = tr("Day");
    auto* tet = new QWidget(form);
    auto* tetLayout = new QVBoxLayout(tet);
    tetLayout->setContentsMargins(0, 0, 0, 0);
    //: Vietnamese: "Theo thông báo của năm (bỏ chọn: tính theo âm lịch)"
    m_tetFromNotice = new QCheckBox(tr("Set by the notice (untick: from the lunar calendar)"), tet);
    m_tetFromNotice->setObjectName(QStringLiteral("tetFromNotice"));
    m_tet = new DayListEditor(QStringLiteral("tet"), {dayLabel, {}, false}, tet);
    m_tetBreak = new QLabel(tet);
    m_tetBreak->setObjectName(QStringLiteral("tetBreak"));
    //: Vietnamese: "Ngày nghỉ bù cho các ngày Tết trùng cuối tuần"
    auto* compensatoryTitle = new QLabel(tr("Compensatory days for Tết days on a weekend"), tet);
    //: Vietnamese: "Theo thông báo của năm (bỏ chọn: các ngày làm việc kế tiếp)"
    m_compensatoryFromNotice = new QCheckBox(tr("Set by the notice (untick: the next working days)"), tet);
    m_compensatoryFromNotice->setObjectName(QStringLiteral("compensatoryFromNotice"));
    m_compensatory = new DayListEditor(QStringLiteral("compensatory"), {dayLabel, {}, false}, tet);
    tetLayout->addWidget(m_tetFromNotice);
    tetLayout->addWidget(m_tet);
    tetLayout->addWidget(m_tetBreak);
    tetLayout->addWidget(compensatoryTitle);
    tetLayout->addWidget(m_compensatoryFromNotice);
    tetLayout->addWidget(m_compensatory);
    //: Glossary: Tết Nguyên Đán → "Nghỉ Tết Nguyên Đán"
    layout->addWidget(group(tr("Tết"), tet, form));
    connect(m_tetFromNotice, &QCheckBox::toggled, this, [this](bool fromNotice) {
        showProblem(m_draft.setTetDays(
            m_year, fromNotice ? std::optional<QList<QDate>>(m_draft.tetDays(m_year)) : std::nullopt));
    });
    connect(m_tet, &DayListEditor::addRequested, this,
            [this](const QDate& day) { showProblem(m_draft.addTetDay(m_year, day)); });
    connect(m_tet, &DayListEditor::removeRequested, this, [this](int row) {
        showProblem(m_draft.removeTetDay(m_year, m_draft.tetDays(m_year).value(row)));
    });
    connect(m_compensatoryFromNotice, &QCheckBox::toggled, this, [this](bool fromNotice) {
        showProblem(m_draft.setTetCompensatoryDays(
            m_year,
            fromNotice ? std::optional<QList<QDate>>(m_draft.tetCompensatoryDays(m_year)) : std::nullopt));
    });
    connect(m_compensatory, &DayListEditor::addRequested, this,
            [this](const QDate& day) { showProblem(m_draft.addTetCompensatoryDay(m_year, day)); });
    connect(m_compensatory, &DayListEditor::removeRequested, this, [this](int row) {
        showProblem(m_draft.removeTetCompensatoryDay(m_year, m_draft.tetCompensatoryDays(m_year).value(row)));
    });

    auto* nationalDay = new QWidget(form);
    auto* nationalLayout = new QVBoxLayout(nationalDay);
    nationalLayout->setContentsMargins(0, 0, 0, 0);
    m_nationalDay = new QComboBox(nationalDay);
    m_nationalDay->setObjectName(QStringLiteral("nationalDayAdjacent"));
    m_nationalDayProblem = problemLabel(QStringLiteral("nationalDayAdjacentProblem"), nationalDay);
    nationalLayout->addWidget(m_nationalDay);
    nationalLayout->addWidget(m_nationalDayProblem);
    //: Labour Code Art. 112(1)(đ). Vietnamese: "Ngày nghỉ liền kề Quốc khánh 2/9"
    layout->addWidget(group(tr("The day beside National Day (2 September)"), nationalDay, form));
    connect(m_nationalDay, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        showProblem(m_draft.setNationalDayAdjacent(m_year, m_nationalDay->itemData(index).toDate()));
    });

    m_swaps = new DayListEditor(QStringLiteral("swaps"),
                                //: A Saturday or Sunday worked. Vietnamese: "Đi làm ngày"
                                {tr("Worked"),
                                 //: The weekday off in exchange. Vietnamese: "Nghỉ ngày"
                                 tr("Day off"), true},
                                form);
    //: Vietnamese: "Hoán đổi ngày làm việc (đi làm thứ Bảy/Chủ nhật, nghỉ một ngày trong tuần)"
    layout->addWidget(
        group(tr("Swapped days (a Saturday or Sunday worked for a weekday off)"), m_swaps, form));
    connect(m_swaps, &DayListEditor::addRequested, this,
            [this](const QDate& worked, const QDate& off, const QString& note) {
                showProblem(m_draft.addSwap(m_year, DaySwap{worked, off, note}));
            });
    connect(m_swaps, &DayListEditor::removeRequested, this, [this](int row) {
        m_draft.removeSwap(m_year, row);
        showProblem({QStringLiteral("swaps"), {}});
    });

    m_extraDays = new DayListEditor(QStringLiteral("extraDays"), {dayLabel, {}, true}, form);
    //: Vietnamese: "Ngày nghỉ thêm theo thông báo"
    layout->addWidget(group(tr("Extra days off"), m_extraDays, form));
    connect(m_extraDays, &DayListEditor::addRequested, this,
            [this](const QDate& day, const QDate&, const QString& note) {
                showProblem(m_draft.addExtraDayOff(m_year, ListedDay{day, {}, note}));
            });
    connect(m_extraDays, &DayListEditor::removeRequested, this, [this](int row) {
        m_draft.removeExtraDayOff(m_year, row);
        showProblem({QStringLiteral("extraDaysOff"), {}});
    });

    //: Glossary: Giờ làm việc → "Giờ làm việc theo mùa (áp dụng mọi năm)"
    layout->addWidget(group(tr("Office hours by season (every year)"), buildHours(), form));
    layout->addStretch(1);
    return form;
}

QWidget* CalendarEditor::buildHours()
{
    auto* hours = new QWidget(this);
    m_hoursTable = new QTableView(hours);
    m_hoursTable->setObjectName(QStringLiteral("hoursTable"));
    m_hoursTable->setModel(m_hours);
    m_hoursTable->verticalHeader()->hide();
    m_hoursTable->horizontalHeader()->setStretchLastSection(true);
    m_hoursTable->setMaximumHeight(120);
    //: Vietnamese: "Thêm mùa"
    auto* add = new QPushButton(tr("Add season"), hours);
    add->setObjectName(QStringLiteral("hoursAdd"));
    //: Vietnamese: "Xóa mùa đã chọn"
    auto* remove = new QPushButton(tr("Remove season"), hours);
    remove->setObjectName(QStringLiteral("hoursRemove"));
    m_hoursProblem = problemLabel(QStringLiteral("hoursProblem"), hours);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(hours);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hoursTable);
    layout->addLayout(buttons);
    layout->addWidget(m_hoursProblem);

    connect(add, &QPushButton::clicked, this, [this] { m_hours->insertRows(m_hours->rowCount(), 1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_hoursTable->currentIndex().isValid())
            m_hours->removeRows(m_hoursTable->currentIndex().row(), 1);
    });
    connect(m_hours, &HoursProfileModel::refused, this,
            [this](const QString& message) { setProblem(m_hoursProblem, message); });
    connect(m_hours, &QAbstractItemModel::dataChanged, this, &CalendarEditor::onHoursEdited);
    connect(m_hours, &QAbstractItemModel::rowsInserted, this, &CalendarEditor::onHoursEdited);
    connect(m_hours, &QAbstractItemModel::rowsRemoved, this, &CalendarEditor::onHoursEdited);
    return hours;
}

void CalendarEditor::onHoursEdited()
{
    // The table may pass through states the domain refuses (two seasons overlap until the second is
    // edited): the draft keeps the last valid hours and saving waits until the table is valid again.
    const RuleProblem problem = m_draft.setHoursProfiles(m_hours->profiles());
    m_hoursValid = problem.ok();
    showProblem(problem);
}

void CalendarEditor::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    // What was refused was about the other year.
    setProblem(m_sourceProblem, {});
    setProblem(m_nationalDayProblem, {});
    for (DayListEditor* list : {m_tet, m_compensatory, m_swaps, m_extraDays})
        list->setProblem({});
    refresh();
}

QString CalendarEditor::dayText(const QDate& date) const
{
    return m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           date.toString(QStringLiteral("dd/MM/yyyy"));
}

void CalendarEditor::showProblem(const RuleProblem& problem)
{
    const QString& field = problem.field;
    if (field == QLatin1String("source"))
        setProblem(m_sourceProblem, problem.message);
    else if (field == QLatin1String("tet.days"))
        m_tet->setProblem(problem.message);
    else if (field == QLatin1String("tet.compensatoryDays"))
        m_compensatory->setProblem(problem.message);
    else if (field == QLatin1String("nationalDayAdjacent"))
        setProblem(m_nationalDayProblem, problem.message);
    else if (field == QLatin1String("swaps"))
        m_swaps->setProblem(problem.message);
    else if (field == QLatin1String("extraDaysOff"))
        m_extraDays->setProblem(problem.message);
    else if (field == QLatin1String("workingHours"))
        setProblem(m_hoursProblem, problem.message);
    if (problem.ok()) {
        if (m_swaps->note() && field == QLatin1String("swaps"))
            m_swaps->note()->clear();
        if (m_extraDays->note() && field == QLatin1String("extraDaysOff"))
            m_extraDays->note()->clear();
    }
    refresh();
}

void CalendarEditor::refresh()
{
    const YearOverride decisions = m_draft.decisions(m_year);
    const CalendarYear plan = m_draft.calendar().yearPlan(m_year);
    {
        const QSignalBlocker blockYear(m_yearBox);
        const QSignalBlocker blockTet(m_tetFromNotice);
        const QSignalBlocker blockCompensatory(m_compensatoryFromNotice);
        m_yearBox->setValue(m_year);
        if (!m_source->hasFocus())
            m_source->setText(decisions.source);
        m_tetFromNotice->setChecked(decisions.tetDays.has_value());
        m_compensatoryFromNotice->setChecked(decisions.tetCompensatoryDays.has_value());
    }

    m_holidays->clear();
    for (const Holiday& holiday : plan.holidays)
        m_holidays->addItem(dayText(holiday.date) + QStringLiteral(" — ") + holiday.displayName());

    QStringList lines;
    for (const QDate& day : m_draft.tetDays(m_year))
        lines << dayText(day);
    m_tet->setLines(lines);
    m_tet->setEditable(decisions.tetDays.has_value());
    m_tet->setYear(m_year);
    const TetBreak tetBreak = m_draft.tetBreak(m_year);
    m_tetBreak->setText(tetBreak.days() == 0 ? QString()
                                             //: %1, %2 first and last day, %3 how many days. Vietnamese: "Kỳ
                                             //: nghỉ Tết: từ %1 đến %2 (%3 ngày)"
                                             : tr("Tết break: %1 to %2 (%3 days)")
                                                   .arg(dayText(tetBreak.first), dayText(tetBreak.last))
                                                   .arg(tetBreak.days()));
    lines.clear();
    for (const QDate& day : m_draft.tetCompensatoryDays(m_year))
        lines << dayText(day);
    m_compensatory->setLines(lines);
    m_compensatory->setEditable(decisions.tetCompensatoryDays.has_value());
    m_compensatory->setYear(m_year);

    m_nationalDay->clear();
    //: %1 the day the rule gives. Vietnamese: "Theo quy định chung (%1)"
    m_nationalDay->addItem(
        tr("By the rule (%1)").arg(dayText(HolidayCalendar::defaultNationalDayAdjacent(m_year))), QDate());
    m_nationalDay->addItem(dayText(QDate(m_year, 9, 1)), QDate(m_year, 9, 1));
    m_nationalDay->addItem(dayText(QDate(m_year, 9, 3)), QDate(m_year, 9, 3));
    m_nationalDay->setCurrentIndex(qMax(0, m_nationalDay->findData(decisions.nationalDayAdjacent)));

    lines.clear();
    for (const DaySwap& swap : decisions.swaps) {
        //: %1 the Saturday or Sunday worked, %2 the weekday off. Vietnamese: "Đi làm %1, nghỉ %2"
        const QString line = tr("%1 worked, %2 off").arg(dayText(swap.worked), dayText(swap.off));
        lines << (swap.note.isEmpty() ? line : line + QStringLiteral(" — ") + swap.note);
    }
    m_swaps->setLines(lines);
    m_swaps->setYear(m_year);
    lines.clear();
    for (const ListedDay& day : decisions.extraDaysOff)
        lines << (day.note.isEmpty() ? dayText(day.date)
                                     : dayText(day.date) + QStringLiteral(" — ") + day.note);
    m_extraDays->setLines(lines);
    m_extraDays->setYear(m_year);

    m_preview->setCalendar(m_draft.calendar(), m_year);
    updateSaveButton();
}

void CalendarEditor::updateSaveButton()
{
    m_save->setEnabled(!m_saving && m_hoursValid && m_draft.isModified());
}

void CalendarEditor::setSaving()
{
    m_saving = true;
    m_status->setStyleSheet(QString());
    //: Vietnamese: "Đang lưu…"
    m_status->setText(tr("Saving…"));
    updateSaveButton();
}

void CalendarEditor::saved(const QString& message)
{
    m_saving = false;
    m_draft.markSaved();
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    updateSaveButton();
}

void CalendarEditor::saveFailed(const QString& message)
{
    m_saving = false;
    m_status->setStyleSheet(QStringLiteral("color: #b00020"));
    m_status->setText(message);
    updateSaveButton();
}

} // namespace paht::ui
