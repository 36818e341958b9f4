// Colour: document swatches and tints through the file, the swatch edits, rule styles,
// the press PDF's plates read back by Ghostscript's tiffsep device (black text on the
// Black plate alone, 报红 on Magenta and Yellow, a spot colour on a plate of its own,
// black overprinting), and the total-ink preflight on colours and photos.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <QComboBox>
#include <QListWidget>
#include <QSpinBox>
#include <QStandardPaths>

#include "display/edition_layout.h"
#include "display/rule_strokes.h"
#include "editor/colour_picker.h"
#include "editor/edit_session.h"
#include "editor/side_panels.h"
#include "editor/swatches_panel.h"
#include "io/document_io.h"
#include "pdf/pdf_export.h"
#include "preflight/preflight.h"
#include "shaping/font_registry.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

namespace {

CmykColor named(const std::vector<Swatch>& swatches, const char* name, double tintPct = 100) {
    return swatchColor(*findSwatch(swatches, name), tintPct);
}

CmykColor raw(double c, double m, double y, double k) {
    CmykColor color;
    color.c = c, color.m = m, color.y = y, color.k = k;
    return color;
}

// A page 300 × 200 pt: a box filled with `fill` (none: no box) and above it a text frame
// whose one paragraph is `text` in `textColour`, 24 pt.
Edition colourPage(const QString& text, const CmykColor& textColour,
                   std::optional<CmykColor> fill = std::nullopt) {
    Edition e;
    e.swatches.push_back(Swatch{"Gold", raw(0, 0.2, 0.6, 0.2), true});
    ParagraphStyle style;
    style.name = "head";
    style.sizePt = 24;
    style.firstLineIndentEm = 0;
    style.alignToGrid = false;
    style.color = textColour;
    e.styles.paragraphStyles.push_back(style);
    Page page;
    page.widthPt = 300;
    page.heightPt = 200;
    if (fill) {
        Frame box;
        box.id = "box";
        box.kind = FrameKind::Box;
        box.rect = {20, 20, 260, 160};
        box.fill = fill;
        page.frames.push_back(box);
    }
    Frame frame;
    frame.id = "text";
    frame.rect = {40, 40, 220, 120};
    page.frames.push_back(frame);
    e.pages.push_back(page);
    if (!text.isEmpty())
        e.stories.push_back(Story{"s", "s", {Paragraph{"head", {{text, QString()}}}}, {"text"}});
    return e;
}

EditionDisplay laidOut(const Edition& e, const QString& dir = {}) {
    LayoutCache cache;
    return layoutEdition(e, dir, FontRegistry::shared(), cache);
}

}  // namespace

class TestColour : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    QString exportPdf(const Edition& e, const QString& name, const PdfOptions& options = {}) {
        const QString path = dir_.filePath(name + ".pdf");
        QString error;
        if (!writeEditionPdf(laidOut(e, dir_.path()), PdfMetadata{}, options, path, &error))
            return QStringLiteral("export failed: ") + error;
        return path;
    }

    // The plates Ghostscript separates the PDF into, each with whether it carries ink
    // and whether its ink is even (one tone all over the inked part, no holes).
    struct Plate {
        bool inked = false;
        int lightest = 0, darkest = 0;  // of the plate's 8-bit image, 255 = no ink
    };
    // `crop`: ImageMagick's geometry of the part looked at (at 72 dpi, in points).
    std::map<QString, Plate> plates(const QString& pdf, const QString& crop = {}) {
        const QString base = pdf.chopped(4);
        const ToolResult gs = runTool("gs", {"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER",
                                             "-sDEVICE=tiffsep", "-r72", "-o", base + ".tif", pdf});
        if (gs.exitCode != 0)
            qWarning("gs: %s", qPrintable(gs.err));
        std::map<QString, Plate> out;
        const QStringList files =
            QDir(dir_.path()).entryList({QFileInfo(base).fileName() + "(*).tif"}, QDir::Files);
        for (const QString& file : files) {
            const QString plate = file.section(u'(', 1).section(u')', 0, 0);
            QStringList args{dir_.filePath(file)};
            if (!crop.isEmpty())
                args << "-crop" << crop << "+repage";
            args << "-format"
                 << "%[fx:int(minima*255)] %[fx:int(maxima*255)]"
                 << "info:";
            const ToolResult im = runTool("convert", args);
            const QStringList range = im.out.split(u' ');
            Plate p;
            if (range.size() == 2) {
                p.darkest = range[0].toInt();
                p.lightest = range[1].toInt();
                p.inked = p.darkest < 255;
            }
            out[plate] = p;
        }
        return out;
    }

    static QString inkedPlates(const std::map<QString, Plate>& plates) {
        QStringList inked;
        for (const auto& [name, plate] : plates) {
            if (plate.inked)
                inked << name;
        }
        return inked.join(u' ');
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // recovery files out of the user's data
        QVERIFY(dir_.isValid());
        for (const char* tool : {"gs", "qpdf", "convert"})
            QVERIFY2(haveTool(tool), tool);
    }

    // Colours through the file: swatch names and tints, raw CMYK, spots, rule styles.
    void swatchesRoundTrip() {
        Edition e = colourPage(QStringLiteral("要闻"), named(defaultSwatches(), "报红"),
                               named(defaultSwatches(), "黑", 10));
        e.styles.characterStyles.push_back(
            CharacterStyle{"gold", {}, {}, {}, named(e.swatches, "Gold", 40), {}});
        Frame rule;
        rule.id = "rule";
        rule.kind = FrameKind::Rule;
        rule.rect = {20, 190, 260, 0};
        rule.strokeWidthPt = 2;
        rule.stroke = raw(0.1, 0.2, 0.3, 0.4);
        rule.ruleStyle = RuleStyle::Double;
        e.pages[0].frames.push_back(rule);
        const QByteArray json = serializeEdition(e);
        QVERIFY2(json.contains("\"swatch\": \"报红\""), json.constData());
        const LoadResult back = parseEdition(json, "colour.paiban");
        QVERIFY2(back.edition, qPrintable(back.errorText()));
        QCOMPARE(back.edition->swatches, e.swatches);
        QVERIFY(back.edition->styles == e.styles);
        QVERIFY(back.edition->pages == e.pages);
        QCOMPARE(serializeEdition(*back.edition), json);
        const CmykColor shade = *back.edition->pages[0].frames[0].fill;
        QCOMPARE(shade.swatch, std::string("黑"));
        QCOMPARE(shade.k, 0.1);
    }

    // A document from before swatches: raw CMYK kept as it was, the default swatches
    // added, and nothing lost through a save.
    void documentsWithoutSwatchesOpenUnchanged() {
        const QByteArray old = R"({"format": "paiban", "version": 1,
            "styles": {"paragraph": [{"name": "body", "color": [0.1, 0.2, 0.3, 0.9]}]},
            "pages": [{"width": 300, "height": 200, "frames": [
                {"id": "b", "kind": "box", "x": 1, "y": 2, "width": 30, "height": 40,
                 "fill": [0, 1, 1, 0], "stroke": [0, 0, 0, 1], "strokeWidth": 1}]}],
            "stories": []})";
        const LoadResult loaded = parseEdition(old, "old.paiban");
        QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
        const Edition& e = *loaded.edition;
        QCOMPARE(e.swatches, defaultSwatches());
        QCOMPARE(e.styles.paragraphStyles[0].color, raw(0.1, 0.2, 0.3, 0.9));
        QCOMPARE(*e.pages[0].frames[0].fill, raw(0, 1, 1, 0));
        const LoadResult again = parseEdition(serializeEdition(e), "saved.paiban");
        QVERIFY2(again.edition, qPrintable(again.errorText()));
        QVERIFY(*again.edition == e);
    }

    void badColours_data() {
        QTest::addColumn<QByteArray>("colour");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown swatch") << QByteArray(R"({"swatch": "金"})")
                                        << "pages[0].frames[0].fill.swatch: there is no swatch "
                                           "named '金'";
        QTest::newRow("tint over 100") << QByteArray(R"({"swatch": "黑", "tint": 120})")
                                       << "pages[0].frames[0].fill.tint: 120 is out of range";
        QTest::newRow("negative tint") << QByteArray(R"({"swatch": "黑", "tint": -5})")
                                       << "pages[0].frames[0].fill.tint: -5 is out of range";
        QTest::newRow("negative component")
            << QByteArray("[0, -0.5, 0, 1]")
            << "pages[0].frames[0].fill: expected a CMYK colour [c, m, y, k] with each part "
               "from 0 to 1";
        QTest::newRow("no swatch named")
            << QByteArray(R"({"tint": 50})") << "pages[0].frames[0].fill.swatch: missing";
    }
    void badColours() {
        QFETCH(QByteArray, colour);
        QFETCH(QString, message);
        const QByteArray json = R"({"format": "paiban", "version": 1, "pages": [{"width": 300,
            "height": 200, "frames": [{"id": "b", "kind": "box", "x": 1, "y": 2, "width": 30,
            "height": 40, "fill": )" +
                                colour + "}]}]}";
        const LoadResult result = parseEdition(json, "bad.paiban");
        QVERIFY(!result.edition);
        QVERIFY2(result.errorText().contains(message), qPrintable(result.errorText()));
    }

    void badSwatches_data() {
        QTest::addColumn<QByteArray>("swatches");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative ink") << QByteArray(R"([{"name": "x", "cmyk": [0, 0, -1, 0]}])")
                                      << "swatches[0].cmyk: expected a CMYK colour";
        QTest::newRow("no values")
            << QByteArray(R"([{"name": "x"}])") << "swatches[0].cmyk: missing";
        QTest::newRow("twice") << QByteArray(R"([{"name": "x", "cmyk": [0, 0, 0, 1]},
                                               {"name": "x", "cmyk": [0, 1, 0, 0]}])")
                               << "swatches[1].name: a second swatch named 'x'";
        QTest::newRow("spot named as a plate")
            << QByteArray(R"([{"name": "All", "cmyk": [0, 0, 0, 1], "spot": true}])")
            << "swatches[0].name: a spot colour may not be named 'All'";
        QTest::newRow("no name") << QByteArray(R"([{"name": "", "cmyk": [0, 0, 0, 1]}])")
                                 << "swatches[0].name: a swatch needs a name";
    }
    void badSwatches() {
        QFETCH(QByteArray, swatches);
        QFETCH(QString, message);
        const QByteArray json = R"({"format": "paiban", "version": 1, "swatches": )" + swatches +
                                R"(, "pages": [{"width": 300, "height": 200}]})";
        const LoadResult result = parseEdition(json, "bad.paiban");
        QVERIFY(!result.edition);
        QVERIFY2(result.errorText().contains(message), qPrintable(result.errorText()));
    }

    // The swatch edits: a changed swatch changes every colour naming it (at its tint), a
    // renamed one keeps them; a swatch in use is not deleted.
    void swatchEdits() {
        Edition e = colourPage(QStringLiteral("要闻"), named(defaultSwatches(), "报红", 50));
        QString why;
        QVERIFY(!addSwatch(e, Swatch{"报红", raw(0, 0, 0, 1)}, &why));
        QCOMPARE(why, QStringLiteral("there is already a swatch named 报红"));
        QVERIFY(changeSwatch(e, "报红", Swatch{"套红", raw(0, 0.8, 1, 0)}, &why));
        const CmykColor c = e.styles.paragraphStyles[0].color;
        QCOMPARE(c.swatch, std::string("套红"));
        QCOMPARE(c.m, 0.4);
        QCOMPARE(c.y, 0.5);
        QVERIFY(!deleteSwatch(e, "套红", &why));
        QCOMPARE(why, QStringLiteral("swatch 套红 is in use: paragraph style head"));
        QVERIFY(deleteSwatch(e, "底纹", &why));
        QVERIFY(!findSwatch(e.swatches, "底纹"));
    }

    // Each rule style as the screen and the PDF stroke it: a 3 pt rule.
    void ruleStrokes_data() {
        QTest::addColumn<int>("style");
        QTest::addColumn<int>("lines");
        QTest::addColumn<double>("lineWidth");
        QTest::addColumn<QString>("dashes");
        QTest::addColumn<bool>("round");
        QTest::newRow("solid") << int(RuleStyle::Solid) << 1 << 3.0 << "" << false;
        QTest::newRow("dashed") << int(RuleStyle::Dashed) << 1 << 3.0 << "9 6" << false;
        QTest::newRow("dotted") << int(RuleStyle::Dotted) << 1 << 3.0 << "0 6" << true;
        QTest::newRow("double") << int(RuleStyle::Double) << 2 << 1.0 << "" << false;
    }
    void ruleStrokes() {
        QFETCH(int, style);
        QFETCH(int, lines);
        QFETCH(double, lineWidth);
        QFETCH(QString, dashes);
        QFETCH(bool, round);
        const auto paths = paiban::ruleStrokes({0, 10}, {100, 10}, 3, RuleStyle(style));
        QCOMPARE(int(paths.size()), lines);
        QStringList pattern;
        for (double d : paths[0].dashes)
            pattern << QString::number(d);
        QCOMPARE(pattern.join(u' '), dashes);
        QCOMPARE(paths[0].widthPt, lineWidth);
        QCOMPARE(paths[0].roundCaps, round);
        if (lines == 2) {  // a third of the weight apart, the whole within the weight
            QCOMPARE(paths[0].points[0].y(), 9.0);
            QCOMPARE(paths[1].points[0].y(), 11.0);
        }
    }

    // What each kind of colour prints on: tiffsep writes one file per plate.
    void platesOfEachColour_data() {
        QTest::addColumn<QString>("swatch");
        QTest::addColumn<QString>("plates");
        QTest::newRow("body text in 黑") << "黑"
                                         << "Black";
        QTest::newRow("headline in 报红") << "报红"
                                          << "Magenta Yellow";
        QTest::newRow("spot colour") << "Gold"
                                     << "Gold";
    }
    void platesOfEachColour() {
        QFETCH(QString, swatch);
        QFETCH(QString, plates);
        Edition e = colourPage(QStringLiteral("今日要闻"), CmykColor{});
        e.styles.paragraphStyles[0].color = named(e.swatches, swatch.toUtf8().constData());
        const QString pdf = exportPdf(e, "plates-" + QString::number(qHash(swatch)));
        QVERIFY2(QFile::exists(pdf), qPrintable(pdf));
        QCOMPARE(runTool("qpdf", {"--check", pdf}).exitCode, 0);
        QCOMPARE(inkedPlates(this->plates(pdf)), plates);
    }

    // Crop marks print on every plate, the spot plates too (registration: /All).
    void cropMarksOnEveryPlate() {
        Edition e = colourPage(QStringLiteral("今日要闻"), CmykColor{});
        e.styles.paragraphStyles[0].color = named(e.swatches, "Gold");
        PdfOptions options;
        options.cropMarks = true;
        const QString pdf = exportPdf(e, "marks", options);
        QCOMPARE(runTool("qpdf", {"--check", pdf}).exitCode, 0);
        // The media box's top-left corner holds only the marks (the page's corner is blank).
        QCOMPARE(inkedPlates(plates(pdf, QStringLiteral("30x30+0+0"))),
                 QStringLiteral("Black Cyan Gold Magenta Yellow"));
    }

    // Black text overprints a 报红 box: the Magenta plate stays solid under the letters
    // (no white gap where plates misregister); 反白 text in 白 knocks the box out.
    void blackOverprintsWhiteKnocksOut() {
        const auto& s = defaultSwatches();
        const QString black =
            exportPdf(colourPage(QStringLiteral("要闻"), named(s, "黑"), named(s, "报红")), "op");
        const QString insideBox = QStringLiteral("260x160+20+20");
        const auto overprinted = plates(black, insideBox);
        QCOMPARE(inkedPlates(overprinted), QStringLiteral("Black Magenta Yellow"));
        QCOMPARE(overprinted.at("Magenta").lightest, overprinted.at("Magenta").darkest);
        const QString expanded = dir_.filePath("op-qdf.pdf");
        QCOMPARE(runTool("qpdf", {"--qdf", "--object-streams=disable", black, expanded}).exitCode,
                 0);
        QFile qdf(expanded);
        QVERIFY(qdf.open(QIODevice::ReadOnly));
        // qpdf writes each entry on a line of its own, in its own order.
        const QByteArray objects = qdf.readAll().simplified();
        for (const char* entry : {"/Type /ExtGState", "/OP true", "/op true", "/OPM 1"})
            QVERIFY2(objects.contains(entry), entry);

        const QString white =
            exportPdf(colourPage(QStringLiteral("要闻"), named(s, "白"), named(s, "报红")), "ko");
        const auto knockedOut = plates(white, insideBox);
        QCOMPARE(inkedPlates(knockedOut), QStringLiteral("Magenta Yellow"));
        QVERIFY(knockedOut.at("Magenta").lightest > knockedOut.at("Magenta").darkest);
    }

    // Total ink: a rich colour and a dark photo are over newsprint's 240 %, body text in
    // black is not; an RGB photo is noted as converted.
    void totalInk() {
        Edition body = colourPage(QStringLiteral("正文"), named(defaultSwatches(), "黑"));
        auto kinds = [](const std::vector<Finding>& findings) {
            QStringList out;
            for (const Finding& f : findings)
                out << f.kind;
            return out.join(u' ');
        };
        QCOMPARE(kinds(preflight(body, laidOut(body))), QString());

        Edition rich = colourPage(QStringLiteral("正文"), raw(1, 1, 1, 1));
        const auto richFindings = preflight(rich, laidOut(rich));
        QCOMPARE(kinds(richFindings), QStringLiteral("ink-limit-colour"));
        QVERIFY2(richFindings[0].message.contains(QStringLiteral("400 %")),
                 qPrintable(richFindings[0].message));
        PreflightOptions generous;
        generous.inkLimitPct = 400;
        QCOMPARE(kinds(preflight(rich, laidOut(rich), generous)), QString());

        for (const auto& [name, rgb, expected] :
             {std::tuple{"dark.png", qRgb(10, 5, 20), "ink-limit-photo rgb-image"},
              std::tuple{"light.png", qRgb(200, 190, 180), "rgb-image"}}) {
            QImage photo(64, 48, QImage::Format_RGB32);
            photo.fill(rgb);
            QVERIFY(photo.save(dir_.filePath(name)));
            Edition e = colourPage(QString(), CmykColor{});
            Frame image;
            image.id = "photo";
            image.kind = FrameKind::Image;
            image.imagePath = name;
            image.rect = {0, 0, 20, 15};  // small enough for its ppi
            e.pages[0].frames.push_back(image);
            const auto findings = preflight(e, laidOut(e, dir_.path()));
            QCOMPARE(kinds(findings), QString::fromLatin1(expected));
            QCOMPARE(findings[0].frameId, QStringLiteral("photo"));
        }
    }

    // The Swatches panel: each edit one undo step; a swatch in use is not deleted.
    void swatchesPanelUndo() {
        const QString path = dir_.filePath("panel.paiban");
        QString error;
        QVERIFY(
            saveEdition(colourPage(QStringLiteral("要闻"), named(defaultSwatches(), "报红", 50)),
                        path, &error, false));
        editor::EditSession session;
        QVERIFY2(session.open(path, &error), qPrintable(error));
        editor::SwatchesPanel panel(&session);
        QCOMPARE(panel.list()->count(), 5);  // the four defaults and Gold
        panel.list()->setCurrentRow(1);      // 报红
        QVERIFY(panel.changeSelected(Swatch{"套红", raw(0, 0.8, 1, 0)}, &error));
        QCOMPARE(session.edition().styles.paragraphStyles[0].color.m, 0.4);
        QTRY_VERIFY(panel.list()->item(1)->text().startsWith(QStringLiteral("套红")));
        QVERIFY(!panel.deleteSelected(&error));
        QVERIFY2(error.contains(QStringLiteral("paragraph style head")), qPrintable(error));
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QCOMPARE(session.edition().styles.paragraphStyles[0].color,
                 named(defaultSwatches(), "报红", 50));
        QVERIFY(session.edition().swatches[1].name == "报红");
        QVERIFY(panel.addSwatch(Swatch{"蓝", raw(1, 0.6, 0, 0)}, &error));
        QCOMPARE(session.edition().swatches.size(), size_t(6));
        session.undoStack()->undo();
        QCOMPARE(session.edition().swatches.size(), size_t(5));
    }

    // A box's fill chosen in Properties (swatch, then tint): one undo step each, and the
    // colour names the swatch.
    void propertiesPanelFill() {
        const QString path = dir_.filePath("fill.paiban");
        QString error;
        QVERIFY(saveEdition(colourPage(QStringLiteral("要闻"), named(defaultSwatches(), "黑"),
                                       named(defaultSwatches(), "底纹")),
                            path, &error, false));
        editor::EditSession session;
        QVERIFY2(session.open(path, &error), qPrintable(error));
        editor::PropertiesPanel panel(&session);
        panel.setFrame(QStringLiteral("box"));
        const auto pickers = panel.findChildren<editor::ColourPicker*>();
        QCOMPARE(pickers.size(), 2);  // fill, stroke
        editor::ColourPicker* fill = pickers[0];
        QTRY_COMPARE(fill->swatchBox()->currentText(), QStringLiteral("底纹"));
        fill->swatchBox()->setCurrentIndex(fill->swatchBox()->findData(QStringLiteral("报红")));
        auto boxFill = [&] { return *session.edition().frame(QStringLiteral("box")).second->fill; };
        QCOMPARE(boxFill(), named(defaultSwatches(), "报红"));
        QTRY_COMPARE(fill->tintBox()->isEnabled(), true);
        fill->tintBox()->setValue(40);
        QCOMPARE(boxFill(), named(defaultSwatches(), "报红", 40));
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(boxFill(), named(defaultSwatches(), "底纹"));
    }

    // A paragraph style's colour chosen in Styles: the text on the page takes it.
    void stylesPanelColour() {
        const QString path = dir_.filePath("style.paiban");
        QString error;
        QVERIFY(saveEdition(colourPage(QStringLiteral("要闻"), named(defaultSwatches(), "黑")),
                            path, &error, false));
        editor::EditSession session;
        editor::StylesPanel panel(&session);  // before the document: it follows its layout
        QVERIFY2(session.open(path, &error), qPrintable(error));
        QTRY_COMPARE(panel.list()->count(), 1);
        editor::ColourPicker* colour = panel.findChildren<editor::ColourPicker*>()[0];
        QTRY_COMPARE(colour->swatchBox()->currentText(), QStringLiteral("黑"));
        colour->swatchBox()->setCurrentIndex(colour->swatchBox()->findData(QStringLiteral("报红")));
        QCOMPARE(session.edition().styles.paragraphStyles[0].color,
                 named(defaultSwatches(), "报红"));
        QTRY_VERIFY(!session.display().pages.empty());
        bool red = false;
        for (const DisplayItem& item : session.display().pages[0].items) {
            if (const auto* run = std::get_if<GlyphRunItem>(&item))
                red = run->color == named(defaultSwatches(), "报红");
        }
        QVERIFY(red);
        session.undoStack()->undo();
        QCOMPARE(session.edition().styles.paragraphStyles[0].color, named(defaultSwatches(), "黑"));
    }
};

QTEST_MAIN(TestColour)
#include "tst_colour.moc"
