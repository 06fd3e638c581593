// Build-time tool: renders the application's SVG icon into the hicolor theme's fixed sizes, so the
// packages need no SVG renderer of their own and the PNGs always match the source.
//   paht-render-icons SOURCE.svg OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/<size>x<size>/apps/NAME.png for each size.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "paht-render-icons: " << message << "\n";
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    // Painting into images needs no display and no GUI application.
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5)
        return fail(QStringLiteral("usage: paht-render-icons SOURCE.svg OUTPUT_DIR NAME SIZE..."));
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read %1").arg(arguments.at(1)));
    const QDir output(arguments.at(2));
    const QString name = arguments.at(3);
    for (const QString& sizeText : arguments.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("bad size '%1'").arg(sizeText));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString directory = QStringLiteral("%1x%1/apps").arg(size);
        if (!output.mkpath(directory))
            return fail(QStringLiteral("cannot create %1").arg(output.filePath(directory)));
        const QString file = output.filePath(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!image.save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}
