#include "CategoryDialog.h"

#include "items/RoutingListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace paht::ui {

CategoryDialog::CategoryDialog(const QList<Agency>& agencies, QWidget* parent)
    //: Window title. Glossary: Lĩnh vực → "Thêm lĩnh vực"
    : AdminForm(tr("New category"), parent), m_new(true), m_routing(new RoutingListModel(this))
{
    build(agencies);
}

CategoryDialog::CategoryDialog(const Category& category, const QList<Agency>& agencies, QWidget* parent)
    //: Window title; %1 a category's name. Glossary: Lĩnh vực → "Lĩnh vực: %1"
    : AdminForm(tr("Category: %1").arg(category.name), parent), m_new(false),
      m_routing(new RoutingListModel(this))
{
    build(agencies);
    m_code->setText(category.code);
    m_code->setReadOnly(true);
    m_name->setText(category.name);
    m_active->setChecked(category.active);
    m_routing->setCodes(category.routing);
    updateButtons();
}

void CategoryDialog::build(const QList<Agency>& agencies)
{
    QFormLayout* form = addForm();
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(40);
    //: Vietnamese: "Mã lĩnh vực:"
    form->addRow(tr("&Code:"), m_code);
    registerField(QStringLiteral("code"), m_code);
    // Codes are lower case (ADMIN_API.md); typing them so saves a refusal.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_code->cursorPosition();
        m_code->setText(text.toLower());
        m_code->setCursorPosition(cursor);
    });
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    //: Glossary: Lĩnh vực → "Tên lĩnh vực:"
    form->addRow(tr("&Name:"), m_name);
    registerField(QStringLiteral("name"), m_name);
    //: R-26: unticked, the category is retired (kept for old reports). Vietnamese: "Đang sử dụng (được chọn
    //: cho phản ánh mới)"
    m_active = new QCheckBox(tr("In use (offered for new reports)"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    form->addRow(QString(), m_active);
    registerField(QStringLiteral("active"), m_active);

    m_routing->setAgencies(agencies);
    //: R-26. Glossary: Cơ quan xử lý → "Cơ quan xử lý được gợi ý khi chuyển xử lý (theo thứ tự)"
    auto* group = new QGroupBox(tr("Agencies suggested when dispatching, in order"), this);
    auto* grid = new QGridLayout(group);
    m_list = new QListView(group);
    m_list->setObjectName(QStringLiteral("routing"));
    m_list->setModel(m_routing);
    registerField(QStringLiteral("routing"), m_list);
    grid->addWidget(m_list, 0, 0, 4, 1);
    //: Vietnamese: "Lên"
    m_up = new QPushButton(tr("&Up"), group);
    m_up->setObjectName(QStringLiteral("routingUp"));
    //: Vietnamese: "Xuống"
    m_down = new QPushButton(tr("Do&wn"), group);
    m_down->setObjectName(QStringLiteral("routingDown"));
    //: Vietnamese: "Bỏ khỏi danh sách"
    m_remove = new QPushButton(tr("&Remove"), group);
    m_remove->setObjectName(QStringLiteral("removeRouting"));
    grid->addWidget(m_up, 0, 1);
    grid->addWidget(m_down, 1, 1);
    grid->addWidget(m_remove, 2, 1);
    m_agencies = new QComboBox(group);
    m_agencies->setObjectName(QStringLiteral("routingAgency"));
    QList<Agency> sorted = agencies;
    std::sort(sorted.begin(), sorted.end(), [](const Agency& a, const Agency& b) { return a.name < b.name; });
    for (const Agency& agency : std::as_const(sorted))
        m_agencies->addItem(QStringLiteral("%1 (%2)").arg(agency.name, agency.code), agency.code);
    grid->addWidget(m_agencies, 4, 0);
    //: Adds the chosen agency to the routing. Vietnamese: "Thêm"
    m_add = new QPushButton(tr("&Add"), group);
    m_add->setObjectName(QStringLiteral("addRouting"));
    grid->addWidget(m_add, 4, 1);
    body()->addWidget(group);

    for (QPushButton* button : {m_up, m_down, m_remove, m_add})
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] { addAgency(m_agencies->currentData().toString()); });
    connect(m_remove, &QPushButton::clicked, this, &CategoryDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CategoryDialog::updateButtons);
    connect(m_agencies, &QComboBox::currentIndexChanged, this, &CategoryDialog::updateButtons);
    connect(m_routing, &QAbstractItemModel::rowsInserted, this, &CategoryDialog::updateButtons);
    connect(m_routing, &QAbstractItemModel::rowsRemoved, this, &CategoryDialog::updateButtons);
    connect(m_routing, &QAbstractItemModel::rowsMoved, this, &CategoryDialog::updateButtons);
    updateButtons();
}

int CategoryDialog::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CategoryDialog::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_routing->rowCount());
    m_add->setEnabled(m_agencies->currentIndex() >= 0 &&
                      !m_routing->codes().contains(m_agencies->currentData().toString()));
}

void CategoryDialog::addAgency(const QString& code)
{
    if (m_routing->add(code))
        m_list->setCurrentIndex(m_routing->index(m_routing->rowCount() - 1));
}

void CategoryDialog::removeCurrent()
{
    m_routing->remove(currentRow());
}

void CategoryDialog::moveCurrent(int delta)
{
    const int row = currentRow();
    if (m_routing->move(row, delta))
        m_list->setCurrentIndex(m_routing->index(row + delta));
}

Category CategoryDialog::category() const
{
    Category category;
    category.code = m_code->text().trimmed();
    category.name = m_name->text().trimmed();
    category.routing = m_routing->codes();
    category.active = m_active->isChecked();
    return category;
}

} // namespace paht::ui
