#pragma once

#include "publication/PublicNotice.h"

#include <QFont>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace paht {

// The Appendix II notice on paper: A4 with the margins of Decree 30/2020 on administrative documents
// (top and bottom 20 mm, left 30 mm, right 15 mm) in a serif face that has every Vietnamese letter.
// The same layout goes to a PDF file and to a printer, so what is saved is what is printed.
class NoticeDocument
{
public:
    static QPageLayout pageLayout();
    // Times New Roman where installed (the administrative standard), else Noto Serif or DejaVu Serif.
    static QFont font();
    // Lays the notice out on the device's pages, in the device's page layout; false when the device
    // cannot be painted on.
    static bool print(const PublicNotice& notice, QPagedPaintDevice* device);
    // Lays any prepared document out on the device's pages, in the device's page layout, and paints it
    // (the periodic reports print through here too); false when the device cannot be painted on.
    static bool paint(QTextDocument* document, QPagedPaintDevice* device);
    // Writes the notice as a PDF file; false when the file cannot be written.
    static bool writePdf(const PublicNotice& notice, const QString& file);
    // Lets a preview show the notice in the same face as the paper.
    static void prepare(QTextDocument* document, const PublicNotice& notice);
};

} // namespace paht
