#include "EscalationsWindow.h"

#include "cache/LocalCache.h"
#include "items/EscalationTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace paht::ui {

EscalationsWindow::EscalationsWindow(LocalCache& cache, QWidget* parent)
    : QDialog(parent), m_cache(cache), m_model(new EscalationTableModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)),
      //: Button (R-13). Vietnamese: "Ghi nhận ý kiến chỉ đạo…"
      m_resolve(new QPushButton(tr("Resolve…"), this))
{
    //: Window title (R-13). Glossary: Báo cáo UBND tỉnh → "Các phản ánh đã báo cáo UBND tỉnh"
    setWindowTitle(tr("Escalations to the Provincial People's Committee"));
    m_table->setObjectName(QStringLiteral("escalations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EscalationTableModel::NoteColumn, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("escalationSummary"));
    m_resolve->setObjectName(QStringLiteral("resolve"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const QString id = currentReportId();
        if (!id.isEmpty())
            emit resolveRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EscalationsWindow::updateButtons);
    connect(&m_cache, &LocalCache::reportsChanged, this, &EscalationsWindow::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_resolve);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    resize(1000, 420);
    reload();
}

void EscalationsWindow::setResolvable(std::function<bool(const QString&)> resolvable)
{
    m_resolvable = std::move(resolvable);
    updateButtons();
}

void EscalationsWindow::reload()
{
    const QString current = currentReportId();
    m_model->setUsers(m_cache.users());
    m_model->setReports(m_cache.reports());
    //: %1 open escalations, %2 all. Vietnamese: "%1 chờ UBND tỉnh / %2 phản ánh đã báo cáo"
    m_summary->setText(
        tr("%1 awaiting the committee, %2 in all").arg(m_model->openCount()).arg(m_model->rowCount()));
    m_table->resizeColumnsToContents();
    if (!current.isEmpty())
        selectReport(current);
    updateButtons();
}

bool EscalationsWindow::selectReport(const QString& reportId)
{
    const int row = m_model->rowOf(reportId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString EscalationsWindow::currentReportId() const
{
    return m_table->currentIndex().data(EscalationTableModel::ReportIdRole).toString();
}

void EscalationsWindow::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.data(EscalationTableModel::ReportIdRole).toString();
    m_resolve->setEnabled(!id.isEmpty() && current.data(EscalationTableModel::OpenRole).toBool() &&
                          (!m_resolvable || m_resolvable(id)));
}

} // namespace paht::ui
