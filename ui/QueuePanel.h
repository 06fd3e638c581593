#pragma once

#include <QWidget>

class QListView;

namespace paht {
class QueueListModel;
struct Queue;
} // namespace paht

namespace paht::ui {

// The left column: the queues the user's role works from, each with its count and overdue count.
class QueuePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QueueListModel& queues, QWidget* parent = nullptr);
    QString currentQueueId() const;
    void selectQueue(const QString& queueId);
    // Emits queueChosen for the queue selected now (for a listener connected after the first choice).
    void announceCurrent() { emitCurrent(); }

signals:
    void queueChosen(const paht::Queue& queue);

private:
    void emitCurrent();

    QueueListModel& m_queues;
    QListView* m_list;
};

} // namespace paht::ui
