#include "PhotoViewer.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>

namespace paht::ui {

PhotoViewer::PhotoViewer(const QPixmap& photo, const QString& title, QWidget* parent)
    : QDialog(parent), m_photo(photo), m_image(new QLabel(this)), m_scroll(new QScrollArea(this))
{
    setWindowTitle(title);
    resize(900, 700);
    m_image->setObjectName(QStringLiteral("photo"));
    m_scroll->setWidget(m_image);
    m_scroll->setAlignment(Qt::AlignCenter);

    auto* zoomIn = new QPushButton(tr("Zoom in"), this);
    auto* zoomOut = new QPushButton(tr("Zoom out"), this);
    auto* fit = new QPushButton(tr("Fit to window"), this);
    auto* actual = new QPushButton(tr("Actual size"), this);
    connect(zoomIn, &QPushButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(fit, &QPushButton::clicked, this, &PhotoViewer::fitToWindow);
    connect(actual, &QPushButton::clicked, this, [this] { setZoom(1.0); });
    new QShortcut(QKeySequence::ZoomIn, this, [this] { setZoom(m_zoom * 1.25); });
    new QShortcut(QKeySequence::ZoomOut, this, [this] { setZoom(m_zoom / 1.25); });

    auto* tools = new QHBoxLayout;
    for (QPushButton* button : {zoomIn, zoomOut, fit, actual})
        tools->addWidget(button);
    tools->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    tools->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll);
    layout->addLayout(tools);
    setZoom(1.0);
}

void PhotoViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.05, 8.0);
    const QSize size = m_photo.size() * m_zoom;
    m_image->setPixmap(m_photo.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_image->resize(size);
}

void PhotoViewer::fitToWindow()
{
    if (m_photo.isNull())
        return;
    const QSize area = m_scroll->viewport()->size();
    setZoom(std::min(double(area.width()) / m_photo.width(), double(area.height()) / m_photo.height()));
}

void PhotoViewer::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QDialog::wheelEvent(event);
        return;
    }
    setZoom(event->angleDelta().y() > 0 ? m_zoom * 1.1 : m_zoom / 1.1);
    event->accept();
}

} // namespace paht::ui
