#include "ReportDetailView.h"

#include "CitizenVoiceView.h"

#include "calendar/WorkingCalendar.h"
#include "items/AssignmentModel.h"
#include "items/DisplayNames.h"
#include "items/TimelineModel.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

} // namespace

ReportDetailView::ReportDetailView(TimelineModel& timeline, AssignmentModel& assignments, QWidget* parent)
    : QWidget(parent), m_empty(new QLabel(tr("Choose a report in the list."), this)),
      m_body(new QWidget(this)), m_text(new QTextBrowser(m_body)), m_photoStrip(new QWidget(m_body)),
      m_photoLayout(new QHBoxLayout(m_photoStrip)), m_assignments(new QListView(m_body)),
      m_timeline(new QListView(m_body)), m_actionBar(new QWidget(m_body)),
      m_actionLayout(new QGridLayout(m_actionBar)), m_bodyLayout(new QVBoxLayout(m_body)),
      m_citizen(new CitizenVoiceView(assignments, m_body))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this,
            [](const QUrl& url) { QDesktopServices::openUrl(url); });
    m_assignments->setObjectName(QStringLiteral("assignments"));
    m_assignments->setModel(&assignments);
    m_assignments->setMaximumHeight(110);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(&timeline);
    m_timeline->setWordWrap(true);
    m_actionBar->setObjectName(QStringLiteral("actions"));
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    m_photoLayout->setContentsMargins(0, 0, 0, 0);

    auto* photos = new QScrollArea(m_body);
    photos->setWidget(m_photoStrip);
    photos->setWidgetResizable(true);
    photos->setFixedHeight(104);

    QVBoxLayout* layout = m_bodyLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_citizen);
    layout->addWidget(new QLabel(tr("Photos"), m_body));
    layout->addWidget(photos);
    layout->addWidget(new QLabel(tr("Handling agencies"), m_body));
    layout->addWidget(m_assignments);
    layout->addWidget(new QLabel(tr("Timeline"), m_body));
    layout->addWidget(m_timeline, 2);

    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_empty);
    outer->addWidget(m_body);
    clear();
}

QUrl ReportDetailView::mapUrl(const Location& location)
{
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mlat"), QString::number(location.latitude, 'f', 6));
    query.addQueryItem(QStringLiteral("mlon"), QString::number(location.longitude, 'f', 6));
    url.setQuery(query);
    url.setFragment(
        QStringLiteral("map=17/%1/%2")
            .arg(QString::number(location.latitude, 'f', 6), QString::number(location.longitude, 'f', 6)));
    return url;
}

void ReportDetailView::addPanel(QWidget* panel)
{
    panel->setParent(m_body);
    m_bodyLayout->insertWidget(1, panel);
}

void ReportDetailView::clear()
{
    m_report = Report{};
    m_body->hide();
    m_empty->show();
}

void ReportDetailView::showReport(const Report& report, const QString& categoryName,
                                  const QString& communeName, const ActionSet& actions)
{
    const bool sameReport = m_report.id == report.id;
    const QStringList previousPhotos = m_report.attachments;
    m_report = report;
    m_text->setHtml(describe(report, categoryName, communeName));
    rebuildActions(actions);
    m_citizen->showReport(report);
    if (!sameReport || previousPhotos != report.attachments)
        rebuildPhotos();
    m_empty->hide();
    m_body->show();
}

QString ReportDetailView::describe(const Report& report, const QString& categoryName,
                                   const QString& communeName) const
{
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1 — %2</h3><table>")
                       .arg(report.id.toHtmlEscaped(), report.title.toHtmlEscaped());
    html += row(tr("State"), displayName(report.state).toHtmlEscaped());
    html +=
        row(tr("Category"), categoryName.isEmpty() ? tr("not classified yet") : categoryName.toHtmlEscaped());
    html += row(tr("Confidentiality"), displayName(report.confidentiality).toHtmlEscaped());
    html +=
        row(tr("Received"),
            locale.toString(report.receivedAt.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat)
                .toHtmlEscaped());
    QString reporter = report.reporter.name.toHtmlEscaped();
    if (!report.reporter.phone.isEmpty())
        reporter += QStringLiteral(" · ") + report.reporter.phone.toHtmlEscaped();
    if (!report.reporter.email.isEmpty())
        reporter += QStringLiteral(" · ") + report.reporter.email.toHtmlEscaped();
    if (report.reporter.isOrganisation)
        reporter += QStringLiteral(" (") + tr("organisation") + QStringLiteral(")");
    html += row(tr("Reporter"), reporter);
    const QString place =
        QStringLiteral("%1<br>%2<br>%3, %4 — <a href='%5'>%6</a>")
            .arg(report.location.address.toHtmlEscaped(), communeName.toHtmlEscaped(),
                 locale.toString(report.location.latitude, 'f', 5),
                 locale.toString(report.location.longitude, 'f', 5),
                 mapUrl(report.location).toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("open the map"));
    html += row(tr("Place"), place);
    if (report.rejection)
        html += row(tr("Not accepted"),
                    QStringLiteral("%1: %2").arg(displayName(report.rejection->kind).toHtmlEscaped(),
                                                 report.rejection->reason.toHtmlEscaped()));
    if (report.escalation) {
        QString escalation = report.escalation->note.toHtmlEscaped();
        if (!report.escalation->isActive())
            //: After the escalation note: the committee's direction. Vietnamese: "Ý kiến chỉ đạo: %1"
            escalation += QStringLiteral("<br>") +
                          tr("Resolved: %1").arg(report.escalation->resolutionNote.toHtmlEscaped());
        html += row(tr("Escalated"), escalation);
    }
    if (report.reporterFlag != ReporterFlag::None)
        //: Row label (R-28). Vietnamese: Đánh giá người phản ánh
        html += row(tr("Reporter flag"), displayName(report.reporterFlag).toHtmlEscaped());
    if (!report.publicAnswer.isEmpty())
        html += row(tr("Public answer"), report.publicAnswer.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(report.description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html;
}

void ReportDetailView::rebuildActions(const ActionSet& actions)
{
    while (QLayoutItem* item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (actions.isEmpty()) {
        m_actionLayout->addWidget(new QLabel(tr("No action for you on this report now."), m_actionBar), 0, 0);
    }
    // Three buttons a row, so every action stays readable in a narrow pane.
    constexpr int kColumns = 3;
    int index = 0;
    for (const Action& action : actions.actions()) {
        auto* button = new QPushButton(action.label, m_actionBar);
        button->setObjectName(QStringLiteral("action_") + action.command);
        connect(button, &QPushButton::clicked, this,
                [this, command = action.command] { emit actionRequested(m_report.id, command); });
        m_actionLayout->addWidget(button, index / kColumns, index % kColumns);
        ++index;
    }
}

void ReportDetailView::rebuildPhotos()
{
    while (QLayoutItem* item = m_photoLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_report.attachments.isEmpty())
        m_photoLayout->addWidget(new QLabel(tr("No photos."), m_photoStrip));
    for (const QString& sha : m_report.attachments) {
        auto* thumb = new QToolButton(m_photoStrip);
        thumb->setObjectName(QStringLiteral("photo_") + sha);
        thumb->setText(tr("Loading…"));
        thumb->setFixedSize(96, 96);
        thumb->setIconSize(QSize(92, 92));
        connect(thumb, &QToolButton::clicked, this, [this, sha] { emit photoOpened(sha); });
        m_photoLayout->addWidget(thumb);
        emit photoWanted(sha);
    }
    m_photoLayout->addStretch();
}

void ReportDetailView::showPhoto(const QString& sha256, const QPixmap& thumbnail)
{
    auto* thumb = m_photoStrip->findChild<QToolButton*>(QStringLiteral("photo_") + sha256);
    if (!thumb)
        return;
    thumb->setText(QString());
    thumb->setIcon(QIcon(thumbnail));
}

} // namespace paht::ui
