#pragma once

#include <QDialog>
#include <QHash>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace paht {
struct DirectoryProblem;
struct StoreRefusal;
} // namespace paht

namespace paht::ui {

// A form of the administration screens. "Save" does not close it: it emits `submitted`, the controller
// checks the input and asks the store, and closes the form only when the store has taken the change.
// Until then the input stays, with the reason it was refused below it and the focus on the field at
// fault.
class AdminForm : public QDialog
{
    Q_OBJECT

public:
    AdminForm(const QString& title, QWidget* parent = nullptr);

    // The field names of DirectoryRules and of the store's refusals ("leader.phone") → their widgets.
    void registerField(const QString& field, QWidget* widget);
    void showProblem(const DirectoryProblem& problem);
    void showRefusal(const StoreRefusal& refusal);
    void clearProblem();
    QString problemText() const;
    // While the store is being asked: Save is disabled so the change is not sent twice.
    void setBusy(bool busy);

signals:
    void submitted();

protected:
    QVBoxLayout* body() const { return m_body; }
    QFormLayout* addForm(); // a new form section at the end of the body
    void setSaveText(const QString& text);

private:
    QWidget* widgetFor(const QString& field) const;

    QVBoxLayout* m_body;
    QLabel* m_problem;
    QPushButton* m_save;
    QHash<QString, QWidget*> m_fields;
};

// Asks before a change that is hard to take back (disabling an account, revoking a key), window-modal
// without blocking; `then` runs when the administrator confirms. The box is named "confirm", its
// confirming button "confirmYes".
void askFirst(QWidget* parent, const QString& title, const QString& question, const QString& yesText,
              std::function<void()> then);

} // namespace paht::ui
