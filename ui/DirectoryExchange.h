#pragma once

#include "AdminScreen.h"

#include <QPointer>

namespace paht {
class ImportErrorModel;
}

namespace paht::ui {

class DirectoryExchangeWindow;

// The directory as CSV files (issue [5/6] item 5), so that a province loads its own directory: exports a
// table to a file as the store writes it, and imports one after a check of its header; when the store
// refuses a file it writes nothing, and every bad row is listed.
class DirectoryExchange final : public AdminScreen
{
    Q_OBJECT

public:
    DirectoryExchange(ConsoleSession& session, QWidget* window);

    DirectoryExchangeWindow* show();
    void exportTo(DirectoryTable table, const QString& path);
    void importFrom(DirectoryTable table, const QString& path);

    const ImportErrorModel& errors() const { return *m_errors; }

signals:
    void finished(); // an export or import has its answer (tests wait for it)

private:
    void refused(const QString& text);

    ImportErrorModel* m_errors;
    QPointer<DirectoryExchangeWindow> m_exchange;
};

} // namespace paht::ui
