#include "AdminForm.h"

#include "domain/DirectoryRules.h"
#include "sync/StoreRefusal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

AdminForm::AdminForm(const QString& title, QWidget* parent)
    : QDialog(parent), m_body(new QVBoxLayout), m_problem(new QLabel(this)),
      //: Saves a change of the directory. Vietnamese: "Lưu"
      m_save(new QPushButton(tr("Save"), this))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1010"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &AdminForm::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QFormLayout* AdminForm::addForm()
{
    auto* form = new QFormLayout;
    m_body->addLayout(form);
    return form;
}

void AdminForm::setSaveText(const QString& text)
{
    m_save->setText(text);
}

void AdminForm::registerField(const QString& field, QWidget* widget)
{
    m_fields.insert(field, widget);
}

QWidget* AdminForm::widgetFor(const QString& field) const
{
    // The store may name a part ("leader.phone") the form shows as one widget ("leader"), or the reverse.
    for (QString name = field; !name.isEmpty();) {
        if (QWidget* widget = m_fields.value(name))
            return widget;
        const int dot = static_cast<int>(name.lastIndexOf(QLatin1Char('.')));
        name.truncate(dot < 0 ? 0 : dot);
    }
    const QString prefix = field + QLatin1Char('.');
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.key().startsWith(prefix))
            return it.value();
    }
    return nullptr;
}

void AdminForm::showProblem(const DirectoryProblem& problem)
{
    m_problem->setText(problem.message);
    m_problem->show();
    if (QWidget* widget = widgetFor(problem.field))
        widget->setFocus(Qt::OtherFocusReason);
}

void AdminForm::showRefusal(const StoreRefusal& refusal)
{
    showProblem({refusal.field, refusal.text()});
}

void AdminForm::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
}

QString AdminForm::problemText() const
{
    return m_problem->text();
}

void AdminForm::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}

void askFirst(QWidget* parent, const QString& title, const QString& question, const QString& yesText,
              std::function<void()> then)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(yes, &QPushButton::clicked, parent, std::move(then));
    box->open();
}

} // namespace paht::ui
