#include "CitizenVoiceView.h"

#include "calendar/WorkingCalendar.h"
#include "items/AssignmentModel.h"
#include "items/CitizenVoice.h"
#include "items/DisplayNames.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
}

} // namespace

CitizenVoiceView::CitizenVoiceView(const AssignmentModel& agencies, QWidget* parent)
    : QWidget(parent), m_agencies(agencies), m_rating(new QLabel(this)), m_conversation(new QListWidget(this))
{
    m_rating->setObjectName(QStringLiteral("citizenRating"));
    m_rating->setWordWrap(true);
    m_conversation->setObjectName(QStringLiteral("citizenConversation"));
    m_conversation->setWordWrap(true);
    m_conversation->setMaximumHeight(100);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    //: Heading in the detail pane (R-18, R-19). Glossary: Phản hồi → "Phản hồi và đánh giá của người dân"
    layout->addWidget(new QLabel(tr("The citizen's answers and rating"), this));
    layout->addWidget(m_rating);
    layout->addWidget(m_conversation);
    hide();
}

QString CitizenVoiceView::agencyName(const QString& code) const
{
    for (int row = 0; row < m_agencies.rowCount(); ++row) {
        const QModelIndex index = m_agencies.index(row);
        if (index.data(AssignmentModel::AgencyCodeRole).toString() == code)
            return index.data(AssignmentModel::AgencyNameRole).toString();
    }
    return code;
}

void CitizenVoiceView::showReport(const Report& report)
{
    if (report.rating) {
        const int score = CitizenVoice::score(report.rating->level);
        QString text = QString(score, QChar(0x2605)) + QString(5 - score, QChar(0x2606)) + QLatin1Char(' ') +
                       //: The rating on the five-level scale (R-19); %1 the level's name, %2 its score (5
                       //: best). Vietnamese: "%1 (%2/5)"
                       tr("%1 (%2/5)").arg(displayName(report.rating->level)).arg(score);
        if (!report.rating->comment.isEmpty())
            text += QStringLiteral(" — ") + report.rating->comment;
        text += QStringLiteral(" · ") + localTime(report.rating->at);
        m_rating->setText(text);
        QStringList scale;
        for (const Rating level : allRatings())
            scale << QStringLiteral("%1 %2").arg(CitizenVoice::score(level)).arg(displayName(level));
        m_rating->setToolTip(scale.join(QLatin1Char('\n')));
    } else {
        //: Vietnamese: Người phản ánh chưa đánh giá
        m_rating->setText(tr("Not rated yet"));
        m_rating->setToolTip({});
    }
    m_conversation->clear();
    const QList<CitizenVoice::Entry> entries = CitizenVoice::conversation(report);
    for (const CitizenVoice::Entry& entry : entries) {
        const QString who = entry.agencyCode.isEmpty()
                                //: Who wrote an answer: the citizen. Vietnamese: Người phản ánh
                                ? tr("Reporter")
                                : agencyName(entry.agencyCode);
        //: One answer: %1 when, %2 who, %3 the text. Vietnamese: "%1 · %2: %3"
        m_conversation->addItem(tr("%1 · %2: %3").arg(localTime(entry.at), who, entry.text));
    }
    m_conversation->setVisible(!entries.isEmpty());
    setVisible(report.rating.has_value() || !entries.isEmpty());
}

} // namespace paht::ui
