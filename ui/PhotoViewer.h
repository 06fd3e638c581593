#pragma once

#include <QDialog>
#include <QPixmap>

class QLabel;
class QScrollArea;

namespace paht::ui {

// A report's photo at full size: zoom in and out with the buttons, Ctrl+wheel or +/-, fit to the window.
class PhotoViewer final : public QDialog
{
    Q_OBJECT

public:
    PhotoViewer(const QPixmap& photo, const QString& title, QWidget* parent = nullptr);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void fitToWindow();

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    QPixmap m_photo;
    QLabel* m_image;
    QScrollArea* m_scroll;
    double m_zoom = 1.0;
};

} // namespace paht::ui
