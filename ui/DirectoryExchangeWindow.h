#pragma once

#include "sync/StoreAdministration.h"

#include <QDialog>
#include <functional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace paht::ui {

// The view of the directory's import and export as CSV: which table, Export… and Import…, what the store
// answered, and the bad rows of a refused import. It asks for the file and reports the choice; its
// controller (DirectoryExchange) does the rest.
class DirectoryExchangeWindow final : public QDialog
{
    Q_OBJECT

public:
    // Asks for a file: to save to (`saving`) or to open; empty when cancelled.
    using FileChooser = std::function<QString(bool saving, const QString& suggestedName)>;

    // `errors` lists the bad rows (an ImportErrorModel).
    DirectoryExchangeWindow(QAbstractItemModel* errors, QWidget* parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setSuggestedName(std::function<QString(DirectoryTable)> name) { m_suggestedName = std::move(name); }
    DirectoryTable table() const;
    void setTable(DirectoryTable table);

    void setBusy(bool busy);
    void showResult(const QString& text);
    void showRefusal(const QString& text); // the rows, if any, are in the errors model
    QString resultText() const;

signals:
    void exportRequested(paht::DirectoryTable table, const QString& path);
    void importRequested(paht::DirectoryTable table, const QString& path);

private:
    QString choose(bool saving) const;
    void updateErrors();

    QAbstractItemModel* m_errorModel;
    QComboBox* m_table;
    QPushButton* m_export;
    QPushButton* m_import;
    QLabel* m_result;
    QTableView* m_errors;
    FileChooser m_chooser;
    std::function<QString(DirectoryTable)> m_suggestedName;
};

} // namespace paht::ui
