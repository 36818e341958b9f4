// The editor window on the offscreen platform: it opens the sample edition, pages and
// zooms, and draws the page (text included) from the display list.
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QTest>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>

#include "editor/export_dialog.h"
#include "editor/main_window.h"
#include "editor/page_view.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::editor;

class TestEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("PaibanTest")); }

    void opensTheSample() {
        MainWindow window;
        QVERIFY(window.openDocument(test::sampleEditionPath()));
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(window.currentPage(), 0);
        QVERIFY(window.windowTitle().contains(QStringLiteral("weidu-weekly.paiban")));
        window.nextPage();
        QCOMPARE(window.currentPage(), 1);
        window.nextPage();
        QCOMPARE(window.currentPage(), 1);
        window.previousPage();
        QCOMPARE(window.currentPage(), 0);
    }

    void zooms() {
        MainWindow window;
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(test::sampleEditionPath()));
        PageView* view = window.pageView();
        QCOMPARE(view->zoomMode(), PageView::ZoomMode::FitPage);
        const double fit = view->zoom();
        QVERIFY(fit > 0.05 && fit < 1);
        view->zoomIn();
        QVERIFY(view->zoom() > fit);
        QCOMPARE(view->zoomMode(), PageView::ZoomMode::Fixed);
        view->setZoom(1.0);
        QCOMPARE(view->zoom(), 1.0);
        view->fitPage();
        QCOMPARE(view->zoom(), fit);
    }

    void drawsThePage() {
        MainWindow window;
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(test::sampleEditionPath()));
        window.pageView()->setGuidesVisible(false);
        window.pageView()->setZoom(1.0);
        const QImage image = window.pageView()->viewport()->grab().toImage();
        // At 100 % the top left of the page shows the masthead in red and body text in black.
        int dark = 0, red = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() < 80 && c.green() < 80 && c.blue() < 80)
                    ++dark;
                if (c.red() > 180 && c.green() < 80 && c.blue() < 80)
                    ++red;
            }
        }
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        QVERIFY2(red > 50, qPrintable(QString::number(red)));
    }

    void fileMenuHasStandardShortcuts() {
        MainWindow window;
        QStringList shortcuts;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions())
                shortcuts << action->shortcut().toString();
        }
        for (QKeySequence::StandardKey key :
             {QKeySequence::Open, QKeySequence::Save, QKeySequence::SaveAs, QKeySequence::ZoomIn}) {
            QVERIFY2(shortcuts.contains(QKeySequence(key).toString()),
                     qPrintable(QKeySequence(key).toString()));
        }
    }

    // File › Export PDF offers what `paiban export` does: press or proof, pages, crop
    // marks, bleed; a page range that is not one is refused.
    void exportDialogGivesTheOptions() {
        editor::ExportDialog dialog(2);
        dialog.findChildren<QRadioButton*>()[1]->setChecked(true);  // proof
        dialog.findChild<QLineEdit*>()->setText(QStringLiteral("2"));
        dialog.findChildren<QRadioButton*>()[3]->setChecked(true);  // these pages
        dialog.findChild<QCheckBox*>()->setChecked(true);
        dialog.findChild<QDoubleSpinBox*>()->setValue(3);
        PdfOptions options;
        QVERIFY(dialog.options(&options));
        QCOMPARE(options.intent, PdfIntent::Proof);
        QCOMPARE(options.pages, std::vector<int>{1});
        QVERIFY(options.cropMarks);
        QVERIFY(std::abs(options.bleedPt - 3 * 72 / 25.4) < 1e-9);
        dialog.findChild<QLineEdit*>()->setText(QStringLiteral("3-4"));
        QVERIFY(!dialog.options(&options));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
