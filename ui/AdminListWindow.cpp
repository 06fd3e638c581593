#include "AdminListWindow.h"

#include <QAbstractProxyModel>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

QModelIndex toSource(const QModelIndex& index)
{
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model());
    return proxy ? toSource(proxy->mapToSource(index)) : index;
}

QModelIndex fromSource(const QAbstractItemModel* view, int sourceRow)
{
    if (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(view)) {
        const QModelIndex inner = fromSource(proxy->sourceModel(), sourceRow);
        return inner.isValid() ? proxy->mapFromSource(inner) : QModelIndex();
    }
    return view->index(sourceRow, 0);
}

} // namespace

AdminListWindow::AdminListWindow(const QString& title, const QString& tableName, QWidget* parent)
    : QDialog(parent), m_buttonRow(new QHBoxLayout), m_table(new QTableView(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_buttonRow->addStretch();
    layout->addLayout(m_buttonRow);
    m_table->setObjectName(tableName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit activated(toSource(index).row()); });
    resize(900, 520);
}

void AdminListWindow::setModel(QAbstractItemModel* model, int stretchColumn)
{
    m_table->setModel(model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    const auto changed = [this] {
        updateButtons();
        emit currentChanged();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    updateButtons();
}

QPushButton* AdminListWindow::addButton(const QString& objectName, const QString& text, bool needsSelection)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    if (needsSelection)
        m_selectionButtons << button;
    updateButtons();
    return button;
}

void AdminListWindow::addFilterBar(QWidget* bar)
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(1, bar);
}

int AdminListWindow::currentRow() const
{
    if (!m_table->selectionModel())
        return -1;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : toSource(rows.first()).row();
}

bool AdminListWindow::selectRow(int sourceRow)
{
    const QModelIndex index = m_table->model() ? fromSource(m_table->model(), sourceRow) : QModelIndex();
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void AdminListWindow::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    for (QPushButton* button : std::as_const(m_selectionButtons))
        button->setEnabled(chosen);
}

void AdminListWindow::showRefusal(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #8a1010"));
    m_message->setText(text);
}

void AdminListWindow::showStatus(const QString& text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

QString AdminListWindow::message() const
{
    return m_message->text();
}

} // namespace paht::ui
