// The catalogues are complete: every string the console can show (found by running lupdate over the
// sources now) has a finished Vietnamese and English translation that keeps its placeholders.
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString source;
    QStringList translations; // one per numerus form
    bool unfinished = false;
    bool numerus = false;
};

// context + "\x1f" + source → message
QHash<QString, Message> readCatalogue(const QString& path)
{
    QHash<QString, Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            out.insert(context + QChar(0x1f) + message.source, message);
        }
    }
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

    QHash<QString, Message> m_current; // what the sources contain now

private slots:
    void initTestCase()
    {
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("now.ts"));
        const QString root = QStringLiteral(PAHT_SOURCE_DIR);
        QProcess lupdate;
        lupdate.setWorkingDirectory(root);
        lupdate.start(QStringLiteral(PAHT_LUPDATE),
                      {QStringLiteral("-I"), QStringLiteral("models"), QStringLiteral("-I"),
                       QStringLiteral("ui"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app/console"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-ts"), scratch});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        m_current = readCatalogue(scratch);
        QVERIFY2(m_current.size() > 200, qPrintable(QString::number(m_current.size())));
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("Vietnamese") << QStringLiteral(PAHT_SOURCE_DIR "/translations/paht_vi.ts");
        QTest::newRow("English") << QStringLiteral(PAHT_SOURCE_DIR "/translations/paht_en.ts");
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, catalogue);
        const QHash<QString, Message> translated = readCatalogue(catalogue);
        QStringList problems;
        for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
            const auto found = translated.constFind(it.key());
            if (found == translated.cend()) {
                problems.append(QStringLiteral("missing: ") + it->source);
                continue;
            }
            if (found->unfinished || found->translations.isEmpty()) {
                problems.append(QStringLiteral("unfinished: ") + it->source);
                continue;
            }
            for (const QString& form : found->translations) {
                if (form.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: ") + it->source);
                else if (placeholders(form) != placeholders(it->source))
                    problems.append(QStringLiteral("placeholders differ: ") + it->source +
                                    QStringLiteral(" → ") + form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void vietnameseUsesTheGlossary()
    {
        const QHash<QString, Message> vi =
            readCatalogue(QStringLiteral(PAHT_SOURCE_DIR "/translations/paht_vi.ts"));
        const auto translationOf = [&](const QString& context, const QString& source) {
            return vi.value(context + QChar(0x1f) + source).translations.value(0);
        };
        QCOMPARE(translationOf(QStringLiteral("paht::ActionSet"), QStringLiteral("Dispatch")),
                 QStringLiteral("Chuyển xử lý"));
        QCOMPARE(translationOf(QStringLiteral("paht::ActionSet"), QStringLiteral("Approve")),
                 QStringLiteral("Phê duyệt"));
        QCOMPARE(translationOf(QStringLiteral("paht::Confidentiality"), QStringLiteral("State secret")),
                 QStringLiteral("Bí mật nhà nước"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
