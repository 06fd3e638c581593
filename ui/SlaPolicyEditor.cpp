#include "SlaPolicyEditor.h"

#include "items/DisplayNames.h"
#include "items/SlaOverrideModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace paht::ui {

namespace {

constexpr int kMaxAmount = 9999;         // SlaDuration::parse refuses more hours; the draft says so
constexpr int kMaxDueSoonMinutes = 6000; // 100 working hours

QLabel* problemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

QComboBox* unitBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    //: Glossary: Ngày làm việc
    box->addItem(SlaPolicyEditor::tr("working days"), int(SlaDuration::Unit::WorkingDays));
    //: Glossary: Giờ làm việc
    box->addItem(SlaPolicyEditor::tr("working hours"), int(SlaDuration::Unit::WorkingHours));
    return box;
}

SlaDuration durationOf(const QSpinBox* amount, const QComboBox* unit)
{
    return {SlaDuration::Unit(unit->currentData().toInt()), amount->value()};
}

// "code — name" by code, for the override's code box.
QList<QPair<QString, QString>> named(const QHash<QString, QString>& names)
{
    QList<QPair<QString, QString>> entries;
    for (auto it = names.begin(); it != names.end(); ++it)
        entries.append(
            {it.key(), it.value().isEmpty() ? it.key() : it.key() + QStringLiteral(" — ") + it.value()});
    std::sort(entries.begin(), entries.end());
    return entries;
}

} // namespace

SlaPolicyEditor::SlaPolicyEditor(const SlaPolicy& current, const Directory& directory, QWidget* parent)
    : QDialog(parent), m_draft(current), m_directory(directory), m_overrides(new SlaOverrideModel(this))
{
    setObjectName(QStringLiteral("slaPolicyEditor"));
    //: Window title. Glossary: Hạn xử lý → "Thời hạn xử lý các bước"
    setWindowTitle(tr("SLA policy"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        const RuleProblem problem = m_draft.check();
        if (!problem.ok())
            setStatus(problem.message, true);
        else if (!m_saving)
            emit saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    //: Vietnamese: "Thời hạn của từng bước (Phụ lục I)"
    auto* stages = new QGroupBox(tr("Time limit of each stage (Appendix I)"), this);
    (new QVBoxLayout(stages))->addWidget(buildStages());
    layout->addWidget(stages);
    //: Vietnamese: "Thời hạn riêng theo cơ quan xử lý, lĩnh vực"
    auto* overrides = new QGroupBox(tr("Time limits of a handling agency or a category"), this);
    (new QVBoxLayout(overrides))->addWidget(buildOverrides());
    layout->addWidget(overrides, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 700);
    updateSaveButton();
}

SlaPolicyEditor::~SlaPolicyEditor() = default;

QWidget* SlaPolicyEditor::buildStages()
{
    auto* widget = new QWidget(this);
    auto* grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    //: Column of the stage table. Vietnamese: "Bước xử lý"
    grid->addWidget(new QLabel(tr("Stage"), widget), 0, 0);
    //: Glossary: Hạn xử lý → "Thời hạn"
    grid->addWidget(new QLabel(tr("Time limit"), widget), 0, 1, 1, 2);
    //: Glossary: Sắp đến hạn → "Báo sắp đến hạn trước (phút làm việc)"
    grid->addWidget(new QLabel(tr("Due soon from (working minutes before)"), widget), 0, 3);
    int line = 1;
    for (SlaStage stage : allSlaStages()) {
        const QString name = slaStageName(stage);
        auto* amount = new QSpinBox(widget);
        amount->setObjectName(QStringLiteral("duration_") + name);
        amount->setRange(0, kMaxAmount);
        auto* dueSoon = new QSpinBox(widget);
        dueSoon->setObjectName(QStringLiteral("dueSoon_") + name);
        dueSoon->setRange(0, kMaxDueSoonMinutes);
        const StageRow row{stage, amount, unitBox(QStringLiteral("unit_") + name, widget), dueSoon,
                           problemLabel(QStringLiteral("problem_") + name, widget)};
        const SlaDuration duration = m_draft.duration(stage);
        row.amount->setValue(duration.amount);
        row.unit->setCurrentIndex(row.unit->findData(int(duration.unit)));
        row.dueSoon->setValue(m_draft.dueSoonMinutes(stage));
        grid->addWidget(new QLabel(displayName(stage), widget), line, 0);
        grid->addWidget(row.amount, line, 1);
        grid->addWidget(row.unit, line, 2);
        grid->addWidget(row.dueSoon, line, 3);
        grid->addWidget(row.problem, line + 1, 0, 1, 4);
        line += 2;
        connect(row.amount, qOverload<int>(&QSpinBox::valueChanged), this,
                [this, row] { editDuration(row); });
        connect(row.unit, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, row] { editDuration(row); });
        connect(row.dueSoon, qOverload<int>(&QSpinBox::valueChanged), this,
                [this, row] { editDueSoon(row); });
        m_stages << row;
    }
    //: R-7. Glossary: Làm rõ thông tin → "Tạm dừng tính thời hạn tiếp nhận khi đang làm rõ thông tin với
    //: người phản ánh"
    m_pauses =
        new QCheckBox(tr("Intake's clock stops while the center clarifies with the reporter (R-7)"), widget);
    m_pauses->setObjectName(QStringLiteral("pausesDuringClarification"));
    m_pauses->setChecked(m_draft.policy().pausesDuringClarification());
    connect(m_pauses, &QCheckBox::toggled, this, [this](bool pauses) {
        m_draft.setPausesDuringClarification(pauses);
        updateSaveButton();
    });
    grid->addWidget(m_pauses, line, 0, 1, 4);
    return widget;
}

QWidget* SlaPolicyEditor::buildOverrides()
{
    auto* widget = new QWidget(this);
    QHash<QString, QString> agencyNames;
    for (const Agency& agency : m_directory.agencies)
        agencyNames.insert(agency.code, agency.name);
    QHash<QString, QString> categoryNames;
    for (const Category& category : m_directory.categories)
        categoryNames.insert(category.code, category.name);
    m_overrides->setNames(agencyNames, categoryNames);
    m_overrides->setPolicy(m_draft.policy());
    m_overrideTable = new QTableView(widget);
    m_overrideTable->setObjectName(QStringLiteral("overrideTable"));
    m_overrideTable->setModel(m_overrides);
    m_overrideTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrideTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overrideTable->verticalHeader()->hide();
    m_overrideTable->horizontalHeader()->setStretchLastSection(true);

    m_scope = new QComboBox(widget);
    m_scope->setObjectName(QStringLiteral("overrideScope"));
    //: Glossary: Cơ quan xử lý
    m_scope->addItem(tr("Handling agency"), int(OverrideScope::Agency));
    //: Glossary: Lĩnh vực
    m_scope->addItem(tr("Category"), int(OverrideScope::Category));
    m_code = new QComboBox(widget);
    m_code->setObjectName(QStringLiteral("overrideCode"));
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_overrideStage = new QComboBox(widget);
    m_overrideStage->setObjectName(QStringLiteral("overrideStage"));
    for (SlaStage stage : allSlaStages())
        m_overrideStage->addItem(displayName(stage), slaStageName(stage));
    m_overrideStage->setCurrentIndex(m_overrideStage->findData(slaStageName(SlaStage::Processing)));
    m_overrideAmount = new QSpinBox(widget);
    m_overrideAmount->setObjectName(QStringLiteral("overrideAmount"));
    m_overrideAmount->setRange(0, kMaxAmount);
    m_overrideAmount->setValue(SlaPolicy::kMaxProcessingWorkingDays);
    m_overrideUnit = unitBox(QStringLiteral("overrideUnit"), widget);
    //: Vietnamese: "Thêm"
    auto* add = new QPushButton(tr("Add"), widget);
    add->setObjectName(QStringLiteral("overrideAdd"));
    //: Vietnamese: "Xóa mục đã chọn"
    auto* remove = new QPushButton(tr("Remove selected"), widget);
    remove->setObjectName(QStringLiteral("overrideRemove"));
    m_overrideProblem = problemLabel(QStringLiteral("overrideProblem"), widget);

    auto* inputs = new QHBoxLayout;
    inputs->addWidget(m_scope);
    inputs->addWidget(m_code, 1);
    inputs->addWidget(m_overrideStage);
    inputs->addWidget(m_overrideAmount);
    inputs->addWidget(m_overrideUnit);
    inputs->addWidget(add);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overrideTable, 1);
    layout->addLayout(inputs);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(m_overrideProblem);

    fillCodes();
    connect(m_scope, qOverload<int>(&QComboBox::currentIndexChanged), this, &SlaPolicyEditor::fillCodes);
    connect(add, &QPushButton::clicked, this, &SlaPolicyEditor::addOverride);
    connect(remove, &QPushButton::clicked, this, &SlaPolicyEditor::removeOverride);
    return widget;
}

void SlaPolicyEditor::fillCodes()
{
    const bool agencies = OverrideScope(m_scope->currentData().toInt()) == OverrideScope::Agency;
    QHash<QString, QString> names;
    if (agencies) {
        for (const Agency& agency : m_directory.agencies)
            names.insert(agency.code, agency.name);
    } else {
        for (const Category& category : m_directory.categories)
            names.insert(category.code, category.name);
    }
    m_code->clear();
    for (const auto& [code, text] : named(names))
        m_code->addItem(text, code);
}

void SlaPolicyEditor::editDuration(const StageRow& row)
{
    note(m_draft.setDuration(row.stage, durationOf(row.amount, row.unit)), row.problem);
}

void SlaPolicyEditor::editDueSoon(const StageRow& row)
{
    note(m_draft.setDueSoonMinutes(row.stage, row.dueSoon->value()), row.problem);
}

void SlaPolicyEditor::addOverride()
{
    const RuleProblem problem = m_draft.setOverride(
        OverrideScope(m_scope->currentData().toInt()), m_code->currentData().toString(),
        [this] {
            SlaStage stage = SlaStage::Processing;
            slaStageFromName(m_overrideStage->currentData().toString(), &stage);
            return stage;
        }(),
        durationOf(m_overrideAmount, m_overrideUnit));
    // A refused override was not added: it holds nothing back.
    m_overrideProblem->setText(problem.message);
    m_overrideProblem->setVisible(!problem.ok());
    m_overrides->setPolicy(m_draft.policy());
    updateSaveButton();
}

void SlaPolicyEditor::removeOverride()
{
    const QModelIndex current = m_overrideTable->currentIndex();
    if (!current.isValid())
        return;
    const SlaOverrideModel::Entry entry = m_overrides->entry(current.row());
    m_draft.removeOverride(entry.scope, entry.code, entry.stage);
    m_overrides->setPolicy(m_draft.policy());
    m_overrideProblem->hide();
    updateSaveButton();
}

void SlaPolicyEditor::note(const RuleProblem& problem, QLabel* label)
{
    if (problem.ok())
        m_problems.remove(problem.field);
    else
        m_problems.insert(problem.field, problem.message);
    // A stage's duration and threshold answer on its one line.
    const QString stage = problem.field.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.');
    QStringList messages;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (it.key().startsWith(stage))
            messages << it.value();
    }
    label->setText(messages.join(QLatin1Char(' ')));
    label->setVisible(!messages.isEmpty());
    updateSaveButton();
}

void SlaPolicyEditor::updateSaveButton()
{
    m_save->setEnabled(!m_saving && m_problems.isEmpty() && m_draft.isModified());
}

void SlaPolicyEditor::setStatus(const QString& message, bool isProblem)
{
    m_status->setStyleSheet(isProblem ? QStringLiteral("color: #b00020") : QString());
    m_status->setText(message);
}

void SlaPolicyEditor::setSaving()
{
    m_saving = true;
    //: Vietnamese: "Đang lưu…"
    setStatus(tr("Saving…"), false);
    updateSaveButton();
}

void SlaPolicyEditor::saved(const QString& message)
{
    m_saving = false;
    m_draft.markSaved();
    setStatus(message, false);
    updateSaveButton();
}

void SlaPolicyEditor::saveFailed(const QString& message)
{
    m_saving = false;
    setStatus(message, true);
    updateSaveButton();
}

} // namespace paht::ui
