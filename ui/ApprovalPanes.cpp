#include "ApprovalPanes.h"

#include "AttachmentStrip.h"
#include "ReportDetailView.h"

#include "approval/ResultRevisionModel.h"
#include "calendar/WorkingCalendar.h"
#include "items/DisplayNames.h"

#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
}

QTextBrowser* browser(const QString& name, QWidget* parent)
{
    auto* out = new QTextBrowser(parent);
    out->setObjectName(name);
    out->setOpenLinks(false);
    QObject::connect(out, &QTextBrowser::anchorClicked, out,
                     [](const QUrl& url) { QDesktopServices::openUrl(url); });
    return out;
}

} // namespace

ReportPane::ReportPane(PhotoCache& photos, QWidget* parent)
    : QWidget(parent), m_text(browser(QStringLiteral("reportPane"), this)),
      m_photos(new AttachmentStrip(photos, this))
{
    m_photos->setObjectName(QStringLiteral("reportPhotos"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    //: Heading of the left half of the approval screen. Glossary: Phản ánh hiện trường
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Field report").toHtmlEscaped()), this));
    layout->addWidget(m_text, 1);
    layout->addWidget(new QLabel(tr("Photos"), this));
    layout->addWidget(m_photos);
}

void ReportPane::showReport(const Report& report, const Assignment& assignment, const QString& categoryName,
                            const QString& communeName)
{
    QString html = QStringLiteral("<h3>%1 — %2</h3><table>")
                       .arg(report.id.toHtmlEscaped(), report.title.toHtmlEscaped());
    html += row(tr("Category"), categoryName.toHtmlEscaped());
    html += row(tr("Received"), localTime(report.receivedAt).toHtmlEscaped());
    const QString place =
        QStringLiteral("%1<br>%2 — <a href='%3'>%4</a>")
            .arg(report.location.address.toHtmlEscaped(), communeName.toHtmlEscaped(),
                 ReportDetailView::mapUrl(report.location).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                 tr("open the map").toHtmlEscaped());
    html += row(tr("Place"), place);
    //: The note the Operations Center wrote to the agency when it dispatched the report (R-7)
    html += row(tr("Center's instruction"), assignment.instruction.isEmpty()
                                                ? tr("none").toHtmlEscaped()
                                                : paragraphs(assignment.instruction));
    html += QStringLiteral("</table><p>%1</p>").arg(paragraphs(report.description));
    m_text->setHtml(html);
    m_photos->setAttachments(report.attachments);
}

void ReportPane::clear()
{
    m_text->clear();
    m_photos->setAttachments({});
}

ResultPane::ResultPane(PhotoCache& photos, QWidget* parent)
    : QWidget(parent), m_text(browser(QStringLiteral("resultPane"), this)),
      m_files(new AttachmentStrip(photos, this)), m_revisions(new ResultRevisionModel(this)),
      m_revisionList(new QListView(this)), m_revisionCaption(new QLabel(this)),
      m_revisionDiff(browser(QStringLiteral("revisionDiff"), this))
{
    m_files->setObjectName(QStringLiteral("resultFiles"));
    m_revisionList->setObjectName(QStringLiteral("revisions"));
    m_revisionList->setModel(m_revisions);
    m_revisionList->setMaximumHeight(90);
    connect(m_revisionList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultPane::showRevision);

    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    //: The versions of the result text (R-29)
    historyLayout->addWidget(new QLabel(tr("History of the result"), history));
    historyLayout->addWidget(m_revisionList);
    historyLayout->addWidget(m_revisionCaption);
    historyLayout->addWidget(m_revisionDiff, 1);

    auto* result = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    //: Heading of the right half of the approval screen. Glossary: Kết quả xử lý
    resultLayout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Result").toHtmlEscaped()), result));
    resultLayout->addWidget(m_text, 1);
    //: Photos and documents attached to the result
    resultLayout->addWidget(new QLabel(tr("Attachments"), result));
    resultLayout->addWidget(m_files);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(result);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ResultPane::setUsers(const QList<User>& users)
{
    m_revisions->setUsers(users);
}

void ResultPane::showResult(const Assignment& assignment, const QString& specialist,
                            const DeadlineIndicator& deadline)
{
    QString html = QStringLiteral("<table>");
    html += row(tr("Specialist"), specialist.toHtmlEscaped());
    if (!assignment.resultRevisions.isEmpty())
        html += row(tr("Submitted"), localTime(assignment.resultRevisions.last().at).toHtmlEscaped());
    if (deadline.valid)
        //: The leader's deadline (R-12): its state, e.g. "3 working hours left", and when it falls
        html +=
            row(tr("Approval deadline"), QStringLiteral("<span style='color:%1'>%2</span> (%3)")
                                             .arg(deadline.color().name(), deadline.text().toHtmlEscaped(),
                                                  localTime(deadline.deadline).toHtmlEscaped()));
    html += row(tr("State"), displayName(assignment.state).toHtmlEscaped());
    if (!assignment.reworkReason.isEmpty())
        //: The leader's reason when the result last went back to the specialist. Glossary: Trả lại để xử lý
        //: lại
        html += row(tr("Rework asked"), paragraphs(assignment.reworkReason));
    html += QStringLiteral("</table><hr><p>%1</p>")
                .arg(assignment.result ? paragraphs(assignment.result->text) : QString());
    m_text->setHtml(html);
    m_files->setAttachments(assignment.result ? assignment.result->attachments : QStringList());

    const int before = m_revisions->rowCount();
    m_revisions->setRevisions(assignment.resultRevisions);
    // A new result, or a new revision of this one, opens on its latest change.
    if (m_revisions->rowCount() != before || !m_revisionList->currentIndex().isValid())
        selectRevision(m_revisions->rowCount() - 1);
}

void ResultPane::clear()
{
    m_text->clear();
    m_files->setAttachments({});
    m_revisions->setRevisions({});
    showRevision();
}

void ResultPane::selectRevision(int row)
{
    m_revisionList->setCurrentIndex(m_revisions->index(row));
    showRevision();
}

void ResultPane::showRevision()
{
    const QModelIndex current = m_revisionList->currentIndex();
    if (!current.isValid()) {
        m_revisionCaption->clear();
        m_revisionDiff->clear();
        return;
    }
    m_revisionCaption->setText(current.row() == 0 ? tr("The first version:")
                                                  : tr("Changes from the version before:"));
    m_revisionDiff->setHtml(current.data(ResultRevisionModel::DiffHtmlRole).toString());
}

} // namespace paht::ui
