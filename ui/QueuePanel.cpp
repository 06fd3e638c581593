#include "QueuePanel.h"

#include "items/QueueListModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace paht::ui {

QueuePanel::QueuePanel(QueueListModel& queues, QWidget* parent)
    : QWidget(parent), m_queues(queues), m_list(new QListView(this))
{
    m_list->setObjectName(QStringLiteral("queueList"));
    m_list->setModel(&queues);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);
    auto* title = new QLabel(tr("Queues"), this);
    title->setStyleSheet(QStringLiteral("font-weight: 600"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueuePanel::emitCurrent);
    // Rebuilt queues (another role, a new supervisor queue) keep the user's choice when it still exists.
    connect(&m_queues, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_list->currentIndex().isValid() && m_queues.rowCount() > 0)
            m_list->setCurrentIndex(m_queues.index(0));
    });
    if (m_queues.rowCount() > 0)
        m_list->setCurrentIndex(m_queues.index(0));
}

QString QueuePanel::currentQueueId() const
{
    return m_list->currentIndex().data(QueueListModel::IdRole).toString();
}

void QueuePanel::selectQueue(const QString& queueId)
{
    const int row = m_queues.rowOf(queueId);
    if (row >= 0)
        m_list->setCurrentIndex(m_queues.index(row));
}

void QueuePanel::emitCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        emit queueChosen(m_queues.queueAt(current.row()));
}

} // namespace paht::ui
