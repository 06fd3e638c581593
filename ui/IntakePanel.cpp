#include "IntakePanel.h"

#include "intake/DuplicateFinder.h"
#include "intake/IntakeCheck.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

QColor severityColour(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Missing:
    case FindingSeverity::Malformed:
        return QColor(0xb3, 0x26, 0x1e);
    case FindingSeverity::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case FindingSeverity::Notice:
        break;
    }
    return QColor(0x1f, 0x4e, 0x8c);
}

} // namespace

IntakePanel::IntakePanel(QWidget* parent)
    : QWidget(parent), m_findings(new QListWidget(this)), m_duplicates(new QListWidget(this)),
      m_link(new QPushButton(tr("Link as duplicate"), this))
{
    m_findings->setObjectName(QStringLiteral("intakeFindings"));
    m_duplicates->setObjectName(QStringLiteral("duplicateCandidates"));
    m_link->setObjectName(QStringLiteral("linkDuplicate"));
    m_findings->setMaximumHeight(100);
    m_duplicates->setMaximumHeight(100);
    m_link->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Completeness check"), this));
    layout->addWidget(m_findings);
    layout->addWidget(new QLabel(tr("Possible duplicates"), this));
    layout->addWidget(m_duplicates);
    layout->addWidget(m_link, 0, Qt::AlignRight);
    connect(m_duplicates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_link->setEnabled(row >= 0); });
    connect(m_link, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_duplicates->currentItem();
        if (item)
            emit linkAsDuplicate(m_reportId, item->data(Qt::UserRole).toString());
    });
}

void IntakePanel::showReport(const Report& report, const QList<Report>& others, const QDateTime& now)
{
    m_reportId = report.id;
    m_findings->clear();
    const IntakeCheck check(report);
    for (const IntakeFinding& finding : check.findings()) {
        auto* item = new QListWidgetItem(finding.message, m_findings);
        item->setForeground(severityColour(finding.severity));
    }
    if (check.findings().isEmpty())
        new QListWidgetItem(tr("Complete: nothing missing."), m_findings);

    m_duplicates->clear();
    QHash<QString, QString> titles;
    for (const Report& other : others)
        titles.insert(other.id, other.title);
    for (const DuplicateCandidate& candidate : DuplicateFinder().candidatesFor(report, others, now)) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)")
                .arg(candidate.reportId, titles.value(candidate.reportId), candidate.reasonText()),
            m_duplicates);
        item->setData(Qt::UserRole, candidate.reportId);
    }
    m_link->setEnabled(false);
}

int IntakePanel::findingCount() const
{
    return m_findings->count();
}

int IntakePanel::duplicateCount() const
{
    return m_duplicates->count();
}

} // namespace paht::ui
