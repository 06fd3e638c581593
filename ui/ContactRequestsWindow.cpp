#include "ContactRequestsWindow.h"

#include "cache/LocalCache.h"
#include "calendar/WorkingCalendar.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace paht::ui {

ContactRequestsWindow::ContactRequestsWindow(LocalCache& cache, QWidget* parent)
    : QDialog(parent), m_cache(cache), m_list(new QTreeWidget(this)),
      //: Button (R-27). Vietnamese: "Cung cấp thông tin liên hệ…"
      m_disclose(new QPushButton(tr("Disclose…"), this))
{
    //: Window title (R-27). Vietnamese: "Đề nghị cung cấp thông tin liên hệ người phản ánh"
    setWindowTitle(tr("Requests for the reporter's contact"));
    m_list->setObjectName(QStringLiteral("contactRequests"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({
        //: Column. Vietnamese: Số phản ánh
        tr("Number"),
        //: Column. Vietnamese: Tiêu đề
        tr("Title"),
        //: Column. Glossary: Cơ quan xử lý
        tr("Agency"),
        //: Column. Vietnamese: Lý do
        tr("Reason"),
        //: Column: when the agency asked. Vietnamese: Thời điểm đề nghị
        tr("Asked"),
    });
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_disclose->setObjectName(QStringLiteral("disclose"));
    m_disclose->setEnabled(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_disclose->setEnabled(item != nullptr); });
    connect(m_disclose, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_list->currentItem()) {
            const ContactRequest& request = m_requests.at(m_list->indexOfTopLevelItem(item));
            emit discloseRequested(request.reportId, request.agencyCode);
        }
    });
    connect(&m_cache, &LocalCache::reportsChanged, this, &ContactRequestsWindow::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_disclose);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    resize(900, 380);
    reload();
}

void ContactRequestsWindow::reload()
{
    const Directory directory = m_cache.directory();
    m_requests = ContactRequests::pending(m_cache);
    m_list->clear();
    const QLocale locale;
    for (const ContactRequest& request : m_requests) {
        const auto agency = directory.agencies.constFind(request.agencyCode);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, request.reportId);
        item->setText(1, request.title);
        item->setText(2, agency == directory.agencies.constEnd() ? request.agencyCode : agency->name);
        item->setText(3, request.reason);
        item->setText(
            4, locale.toString(request.at.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat));
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    m_disclose->setEnabled(m_list->currentItem() != nullptr);
}

int ContactRequestsWindow::requestCount() const
{
    return static_cast<int>(m_requests.size());
}

bool ContactRequestsWindow::select(const QString& reportId, const QString& agencyCode)
{
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).reportId == reportId && m_requests.at(i).agencyCode == agencyCode) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

} // namespace paht::ui
