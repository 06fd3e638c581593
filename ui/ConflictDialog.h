#pragma once

#include <QDialog>

class QListWidget;

namespace paht {
class LocalCache;
}

namespace paht::ui {

// The commands the store did not apply: for a conflict, what changed on the report since the version the
// user acted on (the events after it); for a rejection, the store's reason. Nothing is re-applied
// silently: the user reads it, dismisses it, and acts again on the current report if still needed.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(LocalCache& cache, QWidget* parent = nullptr);
    void reload();
    int entryCount() const;

private:
    LocalCache& m_cache;
    QListWidget* m_list;
};

} // namespace paht::ui
