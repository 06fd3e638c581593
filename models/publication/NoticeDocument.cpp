#include "publication/NoticeDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace paht {

namespace {

// Layout units are device pixels; at the screen's 96 dpi the HTML's spacing means on paper what it
// means on screen.
constexpr int kResolution = 96;

} // namespace

QPageLayout NoticeDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20),
                       QPageLayout::Millimeter);
}

QFont NoticeDocument::font()
{
    QFont face;
    face.setFamilies(
        {QStringLiteral("Times New Roman"), QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif")});
    face.setStyleHint(QFont::Serif);
    face.setPointSizeF(13);
    return face;
}

void NoticeDocument::prepare(QTextDocument* document, const PublicNotice& notice)
{
    document->setDefaultFont(font());
    document->setDocumentMargin(0);
    document->setHtml(notice.html());
}

bool NoticeDocument::print(const PublicNotice& notice, QPagedPaintDevice* device)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    prepare(&document, notice);
    return paint(&document, device);
}

bool NoticeDocument::paint(QTextDocument* document, QPagedPaintDevice* device)
{
    document->documentLayout()->setPaintDevice(device);
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiY());
    document->setPageSize(page.size());

    QPainter painter;
    if (!painter.begin(device))
        return false;
    // The painter starts at the top left of the area inside the margins.
    for (int index = 0; index < document->pageCount(); ++index) {
        if (index > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -index * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * page.height(), page.width(), page.height());
        document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

bool NoticeDocument::writePdf(const PublicNotice& notice, const QString& file)
{
    bool written = false;
    {
        QPdfWriter writer(file);
        writer.setResolution(kResolution);
        writer.setPageLayout(pageLayout());
        writer.setTitle(QStringLiteral("Thông báo kết quả xử lý phản ánh %1").arg(notice.reportId()));
        writer.setCreator(QStringLiteral("PAHT"));
        written = print(notice, &writer);
    }
    if (!written)
        QFile::remove(file); // no half-written notice left behind
    return written;
}

} // namespace paht
