#pragma once

#include <QScrollArea>
#include <QStringList>

class QHBoxLayout;

namespace paht {
class PhotoCache;
}

namespace paht::ui {

// A row of thumbnails for a report's photos or a result's files, read from the photo cache. A file not
// in the cache yet shows as such and is asked for; a document that is no image shows as a document.
class AttachmentStrip final : public QScrollArea
{
    Q_OBJECT

public:
    explicit AttachmentStrip(PhotoCache& photos, QWidget* parent = nullptr);

    void setAttachments(const QStringList& sha256s);
    // The file arrived in the cache.
    void refresh(const QString& sha256);
    int thumbnailCount() const; // files shown as pictures

signals:
    void wanted(const QString& sha256); // not in the cache
    void opened(const QString& sha256); // the user opened a picture

private:
    void rebuild();
    void display(const QString& sha256);

    PhotoCache& m_photos;
    QWidget* m_strip;
    QHBoxLayout* m_layout;
    QStringList m_shown;
};

} // namespace paht::ui
