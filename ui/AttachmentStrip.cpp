#include "AttachmentStrip.h"

#include "cache/PhotoCache.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QToolButton>

namespace paht::ui {

namespace {

constexpr int kThumb = 84;

QString buttonName(const QString& sha256)
{
    return QStringLiteral("attachment_") + sha256;
}

} // namespace

AttachmentStrip::AttachmentStrip(PhotoCache& photos, QWidget* parent)
    : QScrollArea(parent), m_photos(photos), m_strip(new QWidget(this)), m_layout(new QHBoxLayout(m_strip))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setWidget(m_strip);
    setWidgetResizable(true);
    setFixedHeight(kThumb + 20);
    setFrameShape(QFrame::NoFrame);
    rebuild();
}

void AttachmentStrip::setAttachments(const QStringList& sha256s)
{
    if (sha256s == m_shown)
        return;
    m_shown = sha256s;
    rebuild();
}

void AttachmentStrip::rebuild()
{
    const QStringList& sha256s = m_shown;
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (sha256s.isEmpty())
        m_layout->addWidget(new QLabel(tr("None."), m_strip));
    for (const QString& sha : sha256s) {
        auto* button = new QToolButton(m_strip);
        button->setObjectName(buttonName(sha));
        button->setFixedSize(kThumb + 4, kThumb + 4);
        button->setIconSize(QSize(kThumb, kThumb));
        button->setToolTip(sha);
        connect(button, &QToolButton::clicked, this, [this, button, sha] {
            if (button->property("picture").toBool())
                emit opened(sha);
        });
        m_layout->addWidget(button);
        display(sha);
    }
    m_layout->addStretch();
}

void AttachmentStrip::refresh(const QString& sha256)
{
    if (m_shown.contains(sha256))
        display(sha256);
}

void AttachmentStrip::display(const QString& sha256)
{
    auto* button = m_strip->findChild<QToolButton*>(buttonName(sha256));
    if (!button)
        return;
    if (!m_photos.contains(sha256)) {
        //: A photo or file of the report that is not downloaded to this computer yet
        button->setText(tr("Not here yet"));
        emit wanted(sha256);
        return;
    }
    QPixmap pixmap;
    if (!pixmap.loadFromData(m_photos.read(sha256))) {
        //: A result file that is no picture, e.g. a PDF. Vietnamese: Tài liệu
        button->setText(tr("Document"));
        button->setProperty("picture", false);
        return;
    }
    button->setText(QString());
    button->setIcon(QIcon(pixmap.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    button->setProperty("picture", true);
}

int AttachmentStrip::thumbnailCount() const
{
    int count = 0;
    for (const QString& sha : m_shown) {
        const auto* button = m_strip->findChild<QToolButton*>(buttonName(sha));
        count += button && button->property("picture").toBool() ? 1 : 0;
    }
    return count;
}

} // namespace paht::ui
