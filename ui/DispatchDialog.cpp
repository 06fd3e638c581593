#include "DispatchDialog.h"

#include "calendar/WorkingCalendar.h"

#include <QBrush>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace paht::ui {

namespace {

enum DeadlineColumn
{
    AgencyColumn,
    CategoryColumn,
    AcceptByColumn,
    ProcessingTimeColumn,
    IfAcceptedNowColumn,
    AtTheLatestColumn,
    DeadlineColumnCount
};

bool isPlain(const QKeyEvent* key)
{
    return key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
}

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

DispatchDialog::DispatchDialog(const DispatchPlan& plan, const QHash<QString, QString>& communeNames,
                               QWidget* parent)
    : QDialog(parent), m_plan(plan), m_communeNames(communeNames), m_reports(new QTableWidget(this)),
      m_returns(new QLabel(this)), m_filter(new QLineEdit(this)), m_agencies(new QListWidget(this)),
      m_deadlineNote(new QLabel(this)), m_deadlines(new QTableWidget(this)),
      m_instruction(new QPlainTextEdit(this)), m_problemText(new QLabel(this)), m_leaveOut(nullptr),
      m_dispatch(nullptr)
{
    setObjectName(QStringLiteral("dispatchDialog"));
    resize(1100, 720);

    m_reports->setObjectName(QStringLiteral("reports"));
    m_reports->setColumnCount(4);
    m_reports->setHorizontalHeaderLabels({tr("Number"), tr("Title"), tr("Category"), tr("Ward/commune")});
    m_reports->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reports->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reports->verticalHeader()->hide();
    m_reports->setSelectionMode(QAbstractItemView::NoSelection);
    m_reports->setFocusPolicy(Qt::NoFocus);

    m_returns->setObjectName(QStringLiteral("returns"));
    m_returns->setWordWrap(true);
    m_returns->setStyleSheet(QStringLiteral("background: #fdecc8; color: #5c3b00; padding: 6px"));

    m_filter->setObjectName(QStringLiteral("agencyFilter"));
    m_filter->setPlaceholderText(tr("Type to find an agency (diacritics optional)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_agencies->setObjectName(QStringLiteral("agencies"));
    m_agencies->installEventFilter(this);

    m_deadlines->setObjectName(QStringLiteral("deadlines"));
    m_deadlines->setColumnCount(DeadlineColumnCount);
    m_deadlines->setHorizontalHeaderLabels({tr("Agency"), tr("Category"), tr("Accept by\n(R-9)"),
                                            tr("Processing time\n(R-10)"), tr("Done by, if\naccepted now"),
                                            tr("Done by, if accepted\nat the latest")});
    m_deadlines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deadlines->horizontalHeader()->setSectionResizeMode(AgencyColumn, QHeaderView::Stretch);
    m_deadlines->verticalHeader()->hide();
    m_deadlines->setSelectionMode(QAbstractItemView::NoSelection);
    m_deadlines->setFocusPolicy(Qt::NoFocus);
    m_deadlines->setWordWrap(true);

    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setPlaceholderText(tr("Instruction to the agencies (optional): what to check, whom to "
                                         "contact, what the reporter added"));
    m_instruction->setTabChangesFocus(true);
    m_instruction->setMaximumHeight(90);
    m_instruction->installEventFilter(this);

    m_problemText->setObjectName(QStringLiteral("problems"));
    m_problemText->setWordWrap(true);
    m_problemText->setStyleSheet(QStringLiteral("color: #a40000"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_dispatch = buttons->button(QDialogButtonBox::Ok);
    m_dispatch->setObjectName(QStringLiteral("dispatch"));
    m_dispatch->setText(tr("Dispatch"));
    m_dispatch->setToolTip(tr("Ctrl+Enter"));
    // Plain Enter belongs to the filter and the list (tick an agency); only Ctrl+Enter dispatches.
    m_dispatch->setAutoDefault(false);
    m_leaveOut = buttons->addButton(tr("Leave out the blocked reports"), QDialogButtonBox::ActionRole);
    m_leaveOut->setObjectName(QStringLiteral("leaveOut"));
    m_leaveOut->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &DispatchDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_leaveOut, &QPushButton::clicked, this, &DispatchDialog::leaveOutBlocked);

    connect(m_filter, &QLineEdit::textChanged, this, &DispatchDialog::fillAgencies);
    connect(m_agencies, &QListWidget::itemChanged, this, &DispatchDialog::onItemChanged);

    auto* left = new QVBoxLayout;
    left->addWidget(heading(tr("Handling agencies"), this));
    left->addWidget(m_filter);
    left->addWidget(m_agencies);
    auto* right = new QVBoxLayout;
    right->addWidget(heading(tr("Deadlines of the chosen agencies"), this));
    right->addWidget(m_deadlineNote);
    right->addWidget(m_deadlines, 1);
    right->addWidget(heading(tr("Instruction"), this));
    right->addWidget(m_instruction);
    auto* middle = new QHBoxLayout;
    middle->addLayout(left, 2);
    middle->addLayout(right, 3);
    auto* hint = new QLabel(tr("Type to filter · Enter ticks or unticks the first match · ↓ and Space choose "
                               "in the list · Ctrl+Enter dispatches"),
                            this);
    hint->setStyleSheet(QStringLiteral("color: #555"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reports);
    layout->addWidget(m_returns);
    layout->addLayout(middle, 1);
    layout->addWidget(hint);
    layout->addWidget(m_problemText);
    layout->addWidget(buttons);

    setPlan(plan);
    m_filter->setFocus();
}

void DispatchDialog::setPlan(const DispatchPlan& plan)
{
    m_plan = plan;
    fillReports();
    fillReturns();
    fillAgencies();
}

QString DispatchDialog::instruction() const
{
    return m_instruction->toPlainText().trimmed();
}

QJsonObject DispatchDialog::payload() const
{
    return DispatchPlan::payload(m_chosen, instruction());
}

QString DispatchDialog::agencyName(const QString& code) const
{
    const QString name = m_plan.directory().agencies.value(code).name;
    return name.isEmpty() ? code : name;
}

QString DispatchDialog::local(const QDateTime& instant) const
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(WorkingCalendar::timeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

void DispatchDialog::fillReports()
{
    const QList<Report>& reports = m_plan.reports();
    setWindowTitle(reports.size() == 1 ? tr("Dispatch %1").arg(reports.first().id)
                                       : tr("Dispatch %n report(s)", nullptr, int(reports.size())));
    m_reports->setRowCount(int(reports.size()));
    for (int row = 0; row < reports.size(); ++row) {
        const Report& report = reports.at(row);
        const QString category = report.categoryCode.isEmpty()
                                     ? tr("Not classified")
                                     : m_plan.directory().categories.value(report.categoryCode).name;
        const QString place = m_communeNames.value(report.location.communeCode, report.location.address);
        m_reports->setItem(row, 0, cell(report.id));
        m_reports->setItem(row, 1, cell(report.title));
        m_reports->setItem(row, 2, cell(category));
        m_reports->setItem(row, 3, cell(place));
    }
    // As tall as its rows, up to five of them; the agencies need the room.
    const int rowsShown = std::min(int(reports.size()), 5);
    m_reports->setFixedHeight(m_reports->horizontalHeader()->sizeHint().height() +
                              rowsShown * m_reports->verticalHeader()->defaultSectionSize() +
                              2 * m_reports->frameWidth());
}

void DispatchDialog::fillReturns()
{
    QStringList lines;
    for (const DispatchReturn& returned : m_plan.returns())
        lines.append(tr("%1 was returned by %2 on %3: “%4”")
                         .arg(returned.reportId, agencyName(returned.agencyCode), local(returned.returnedAt),
                              returned.reason));
    if (!lines.isEmpty())
        lines.append(
            tr("Choose another agency, or send it back to the same one with an instruction (R-11)."));
    m_returns->setText(lines.join(QLatin1Char('\n')));
    m_returns->setVisible(!lines.isEmpty());
}

void DispatchDialog::fillAgencies()
{
    const QListWidgetItem* current = m_agencies->currentItem();
    const QString currentCode = current ? current->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_agencies);
    m_agencies->clear();
    const qsizetype reportCount = m_plan.reports().size();
    const QString separator = QStringLiteral(", ");
    for (const DispatchCandidate& candidate : m_plan.candidates(m_filter->text())) {
        const QString& code = candidate.agency.code;
        QStringList notes;
        if (candidate.suggested)
            notes.append(tr("suggested"));
        if (!candidate.returned.isEmpty())
            notes.append(reportCount == 1 ? tr("returned it")
                                          : tr("returned %1").arg(candidate.returned.join(separator)));
        if (!candidate.holding.isEmpty())
            notes.append(reportCount == 1 ? tr("already holds it")
                                          : tr("already holds %1").arg(candidate.holding.join(separator)));
        auto* item = new QListWidgetItem(
            notes.isEmpty() ? candidate.agency.name
                            : tr("%1 (%2)").arg(candidate.agency.name, notes.join(QStringLiteral("; "))),
            m_agencies);
        item->setData(Qt::UserRole, code);
        item->setToolTip(code);
        // An agency that holds every report cannot be chosen; one ticked before it took them stays
        // enabled, so that it can be unticked.
        const bool holdsAll = candidate.holding.size() == reportCount;
        const bool chosen = m_chosen.contains(code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable |
                       (holdsAll && !chosen ? Qt::NoItemFlags : Qt::ItemIsEnabled));
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        if (candidate.suggested) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (code == currentCode)
            m_agencies->setCurrentItem(item);
    }
    if (!m_agencies->currentItem() && m_agencies->count() > 0)
        m_agencies->setCurrentRow(0);
    refresh();
}

void DispatchDialog::onItemChanged(QListWidgetItem* item)
{
    const QString code = item->data(Qt::UserRole).toString();
    if (item->checkState() == Qt::Checked) {
        if (!m_chosen.contains(code))
            m_chosen.append(code);
    } else {
        m_chosen.removeAll(code);
    }
    refresh();
}

void DispatchDialog::refresh()
{
    const QList<DispatchDeadlines> rows = m_plan.deadlines(m_chosen);
    QStringList categories;
    for (const DispatchDeadlines& row : rows) {
        if (!categories.contains(row.categoryCode))
            categories.append(row.categoryCode);
    }
    m_deadlineNote->setText(
        tr("If dispatched now (%1), on the working-time clock:").arg(local(m_plan.now())));
    m_deadlines->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const DispatchDeadlines& row = rows.at(i);
        m_deadlines->setItem(i, AgencyColumn, cell(agencyName(row.agencyCode)));
        m_deadlines->item(i, AgencyColumn)->setToolTip(agencyName(row.agencyCode));
        m_deadlines->setItem(i, CategoryColumn,
                             cell(m_plan.directory().categories.value(row.categoryCode).name));
        m_deadlines->item(i, CategoryColumn)->setToolTip(row.reportIds.join(QStringLiteral(", ")));
        m_deadlines->setItem(i, AcceptByColumn, cell(local(row.acceptBy)));
        m_deadlines->setItem(i, ProcessingTimeColumn,
                             cell(tr("%n working day(s)", nullptr, row.processingDays)));
        m_deadlines->setItem(i, IfAcceptedNowColumn, cell(local(row.processedByIfAcceptedNow)));
        m_deadlines->setItem(i, AtTheLatestColumn, cell(local(row.processedByAtTheLatest)));
    }
    // A category column only when the reports differ in category, and so in deadlines.
    m_deadlines->setColumnHidden(CategoryColumn, categories.size() < 2);

    m_problems = m_plan.problems(m_chosen, instruction());
    QStringList lines;
    QStringList blocked;
    for (const DispatchProblem& problem : m_problems) {
        lines.append(problem.reportId.isEmpty() ? problem.text
                                                : tr("%1: %2").arg(problem.reportId, problem.text));
        if (!problem.reportId.isEmpty() && !blocked.contains(problem.reportId))
            blocked.append(problem.reportId);
    }
    m_problemText->setText(lines.join(QLatin1Char('\n')));
    m_problemText->setVisible(!lines.isEmpty());
    for (int row = 0; row < m_reports->rowCount(); ++row) {
        const bool isBlocked = blocked.contains(m_reports->item(row, 0)->text());
        for (int column = 0; column < m_reports->columnCount(); ++column)
            m_reports->item(row, column)
                ->setBackground(isBlocked ? QBrush(QColor(0xf8, 0xd7, 0xd7)) : QBrush());
    }
    m_leaveOut->setVisible(!blocked.isEmpty() && blocked.size() < m_plan.reports().size());
    m_dispatch->setEnabled(m_problems.isEmpty());
}

void DispatchDialog::tickFirstMatch()
{
    for (int row = 0; row < m_agencies->count(); ++row) {
        QListWidgetItem* item = m_agencies->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue;
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        m_filter->clear(); // ready for the next name
        return;
    }
}

void DispatchDialog::leaveOutBlocked()
{
    QList<Report> remaining;
    for (const Report& report : m_plan.reports()) {
        const bool blocked =
            std::any_of(m_problems.begin(), m_problems.end(),
                        [&](const DispatchProblem& problem) { return problem.reportId == report.id; });
        if (!blocked)
            remaining.append(report);
    }
    setPlan(m_plan.withReports(remaining, m_plan.now()));
}

void DispatchDialog::tryAccept()
{
    refresh();
    if (canDispatch())
        accept();
}

bool DispatchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (isEnter(key) && key->modifiers().testFlag(Qt::ControlModifier)) {
        tryAccept();
        return true;
    }
    if (!isPlain(key))
        return QDialog::eventFilter(watched, event);
    if (watched == m_filter) {
        if (isEnter(key)) {
            tickFirstMatch();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_agencies->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    } else if (watched == m_agencies) {
        QListWidgetItem* item = m_agencies->currentItem();
        if (isEnter(key)) {
            if (item && (item->flags() & Qt::ItemIsEnabled))
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
        if (key->key() == Qt::Key_Up && m_agencies->currentRow() <= 0) {
            m_filter->setFocus();
            return true;
        }
        // Typing in the list goes on in the filter: the list's own jump-to-letter would fight it.
        if (!key->text().isEmpty() && key->text().at(0).isLetterOrNumber()) {
            m_filter->setFocus();
            m_filter->insert(key->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DispatchDialog::keyPressEvent(QKeyEvent* event)
{
    // Plain Enter never dispatches (QDialog would press the default button): Ctrl+Enter does, from
    // wherever the focus is (the watched widgets hand it over in eventFilter).
    if (isEnter(event) && event->modifiers().testFlag(Qt::ControlModifier)) {
        tryAccept();
        return;
    }
    if (isPlain(event) && isEnter(event)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace paht::ui
