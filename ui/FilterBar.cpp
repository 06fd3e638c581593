#include "FilterBar.h"

#include "cache/LocalCache.h"
#include "items/CommuneNames.h"
#include "items/DisplayNames.h"
#include "items/ReportFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace paht::ui {

namespace {

QComboBox* combo(const QString& objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

void fill(QComboBox* box, const QString& anyLabel, QList<QPair<QString, QString>> items)
{
    const QString keep = box->currentData().toString();
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    box->blockSignals(true);
    box->clear();
    box->addItem(anyLabel, QString());
    for (const auto& item : items)
        box->addItem(item.second, item.first);
    box->setCurrentIndex(std::max(0, box->findData(keep)));
    box->blockSignals(false);
}

} // namespace

FilterBar::FilterBar(ReportFilter& filter, const LocalCache& cache, QWidget* parent)
    : QWidget(parent), m_filter(filter), m_cache(cache), m_search(new QLineEdit(this)),
      m_category(combo(QStringLiteral("categoryFilter"), this)),
      m_agency(combo(QStringLiteral("agencyFilter"), this)),
      m_commune(combo(QStringLiteral("communeFilter"), this)),
      m_state(combo(QStringLiteral("stateFilter"), this)),
      m_confidentiality(combo(QStringLiteral("confidentialityFilter"), this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_periodOn(new QCheckBox(tr("Received from"), this)),
      m_overdue(new QCheckBox(tr("Overdue only"), this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search number, title, place, reporter… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));

    m_state->addItem(tr("Any state"), -1);
    for (ReportState state : allReportStates())
        m_state->addItem(displayName(state), static_cast<int>(state));
    m_confidentiality->addItem(tr("Any confidentiality"), -1);
    for (Confidentiality level :
         {Confidentiality::Public, Confidentiality::Confidential, Confidentiality::StateSecret})
        m_confidentiality->addItem(displayName(level), static_cast<int>(level));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setEnabled(false);
    }
    m_to->setDate(QDate::currentDate());
    m_from->setDate(QDate::currentDate().addMonths(-1));
    auto* clear = new QPushButton(tr("Clear filters"), this);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0, 1, 4);
    layout->addWidget(m_overdue, 0, 4);
    layout->addWidget(clear, 0, 5);
    layout->addWidget(m_category, 1, 0);
    layout->addWidget(m_agency, 1, 1);
    layout->addWidget(m_commune, 1, 2);
    layout->addWidget(m_state, 1, 3);
    layout->addWidget(m_confidentiality, 1, 4);
    auto* period = new QHBoxLayout;
    period->addWidget(m_periodOn);
    period->addWidget(m_from);
    period->addWidget(m_to);
    layout->addLayout(period, 1, 5);

    // Search as the user types, but not on every keystroke of a fast typist.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &FilterBar::applySearch);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setCategory(m_category->currentData().toString()); });
    connect(m_agency, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setAgency(m_agency->currentData().toString()); });
    connect(m_commune, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setCommune(m_commune->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_state->currentData().toInt();
        m_filter.setStates(state < 0 ? QList<ReportState>()
                                     : QList<ReportState>{static_cast<ReportState>(state)});
    });
    connect(m_confidentiality, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_confidentiality->currentData().toInt();
        m_filter.setConfidentiality(
            level < 0 ? std::nullopt : std::optional<Confidentiality>(static_cast<Confidentiality>(level)));
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) { m_filter.setOverdueOnly(on); });
    connect(m_periodOn, &QCheckBox::toggled, this, &FilterBar::applyPeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::applyPeriod);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::applyPeriod);
    connect(clear, &QPushButton::clicked, this, &FilterBar::clearAll);
}

void FilterBar::setDirectory(const Directory& directory)
{
    QList<QPair<QString, QString>> categories;
    for (const Category& category : directory.categories)
        categories.append({category.code, category.name});
    fill(m_category, tr("Any category"), categories);
    QList<QPair<QString, QString>> agencies;
    for (const Agency& agency : directory.agencies)
        agencies.append({agency.code, agency.name});
    fill(m_agency, tr("Any agency"), agencies);
    QList<QPair<QString, QString>> communes;
    const QHash<QString, QString> names = communeNamesFrom(directory);
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        communes.append({it.key(), it.value()});
    fill(m_commune, tr("Any ward/commune"), communes);
}

void FilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void FilterBar::applySearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        m_filter.clearSearch();
    else
        m_filter.setSearchResults(m_cache.search(text));
}

void FilterBar::applyPeriod()
{
    const bool on = m_periodOn->isChecked();
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    m_filter.setPeriod(on ? m_from->date() : QDate(), on ? m_to->date() : QDate());
}

void FilterBar::clearAll()
{
    m_search->clear();
    for (QComboBox* box : {m_category, m_agency, m_commune, m_state, m_confidentiality})
        box->setCurrentIndex(0);
    m_periodOn->setChecked(false);
    m_overdue->setChecked(false);
}

} // namespace paht::ui
