#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace paht {
class SyncClient;
}

namespace paht::ui {

// Online or offline, the time of the last sync, the commands waiting in the outbox and the conflicts
// the user still has to look at, plus the bootstrap progress.
class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit SyncStatusBar(SyncClient& sync, QWidget* parent = nullptr);
    void refresh();

signals:
    void conflictsClicked();

private:
    SyncClient& m_sync;
    QLabel* m_online;
    QLabel* m_lastSync;
    QLabel* m_pending;
    QToolButton* m_conflicts;
    QProgressBar* m_progress;
};

} // namespace paht::ui
