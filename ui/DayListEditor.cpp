#include "DayListEditor.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

QDateEdit* dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

DayListEditor::DayListEditor(const QString& name, const Inputs& inputs, QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_inputs(new QWidget(this)),
      m_first(dateEdit(name + QLatin1String("First"), m_inputs)),
      //: Vietnamese: "Thêm"
      m_add(new QPushButton(tr("Add"), m_inputs)),
      //: Vietnamese: "Xóa mục đã chọn"
      m_remove(new QPushButton(tr("Remove selected"), this)), m_problem(new QLabel(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_list->setObjectName(name + QLatin1String("List"));
    m_list->setFixedHeight(90);
    m_add->setObjectName(name + QLatin1String("Add"));
    m_remove->setObjectName(name + QLatin1String("Remove"));
    m_problem->setObjectName(name + QLatin1String("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto* row = new QHBoxLayout(m_inputs);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(inputs.first, m_inputs));
    row->addWidget(m_first);
    if (!inputs.second.isEmpty()) {
        m_second = dateEdit(name + QLatin1String("Second"), m_inputs);
        row->addWidget(new QLabel(inputs.second, m_inputs));
        row->addWidget(m_second);
    }
    if (inputs.withNote) {
        m_note = new QLineEdit(m_inputs);
        m_note->setObjectName(name + QLatin1String("Note"));
        //: Placeholder of a note on a day. Vietnamese: "Ghi chú"
        m_note->setPlaceholderText(tr("Note"));
        row->addWidget(m_note, 1);
    }
    row->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_inputs);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, [this] {
        emit addRequested(m_first->date(), m_second ? m_second->date() : QDate(),
                          m_note ? m_note->text() : QString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit removeRequested(m_list->currentRow());
    });
}

void DayListEditor::setLines(const QStringList& lines)
{
    m_list->clear();
    m_list->addItems(lines);
}

void DayListEditor::setProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void DayListEditor::setYear(int year)
{
    for (QDateEdit* edit : {m_first, m_second}) {
        if (edit && edit->date().year() != year)
            edit->setDate(QDate(year, edit->date().month(), 1));
    }
}

void DayListEditor::setEditable(bool editable)
{
    m_inputs->setVisible(editable);
    m_remove->setVisible(editable);
}

} // namespace paht::ui
