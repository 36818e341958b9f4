// The editor in the newsroom's language: preflight's findings worded by the editor from
// their codes, the press check before a press export (in English and in Chinese, the
// panels' values too), and lengths and sizes as the newsroom types them (栏, 字, 号).
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/finding_wording.h"
#include "editor/main_window.h"
#include "editor/press_check.h"
#include "editor/proof_commands.h"
#include "editor/settings.h"
#include "editor/side_panels.h"
#include "editor_fixture.h"
#include "model/grid.h"
#include "preflight/preflight.h"

using namespace paiban;
using namespace paiban::editor;
using paiban::test::answerNextMessageBox;
using paiban::test::EditorFixture;

class TestEditorLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PaibanTest"));
        // Settings out of the user's folders (the units are a setting).
        QStandardPaths::setTestModeEnabled(true);
    }

    // A press export from a page with errors lists them with their places and asks; the
    // untouched sample goes without a question.
    void pressExportAsksAboutErrors() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        QVERIFY(pressExportBlockers(preflight(f.edition(), f.window.display()), {}).empty());
        f.addFrameOffPage(1);  // a preflight error there
        bool asked = false;
        answerNextMessageBox(QStringLiteral("Cancel"), &asked);
        const PressCheck onPage2 =
            checkBeforePress(&f.window, f.edition(), f.window.display(), {1});
        QVERIFY(asked);
        QCOMPARE(onPage2.decision, PressDecision::Cancel);
        QCOMPARE(onPage2.blockers.size(), size_t(1));
        QVERIFY2(wordedFindingWithPlace(onPage2.blockers.front())
                     .startsWith(QStringLiteral("page 2, frame box-")),
                 qPrintable(wordedFindingWithPlace(onPage2.blockers.front())));
        // Page 1 alone is fit to print: no question.
        QCOMPARE(checkBeforePress(&f.window, f.edition(), f.window.display(), {0}).decision,
                 PressDecision::Export);
        asked = false;
        answerNextMessageBox(QStringLiteral("Export Anyway"), &asked);
        QCOMPARE(checkBeforePress(&f.window, f.edition(), f.window.display(), {}).decision,
                 PressDecision::ExportAnyway);
        QVERIFY(asked);
    }

    // Every finding is a code with arguments, which the editor words itself: in English the
    // words are the engine's sentence exactly (so the arguments line up with the code), for
    // every code the sample can be made to show.
    void findingsWordedFromTheirCodes() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        EditSession* session = f.window.session();
        f.addFrameOffPage(0);  // frame-off-page, outside
        Frame overhang;
        overhang.kind = FrameKind::Box;
        overhang.rect = {1000, 100, 300, 50};
        session->push(new AddFrameCommand(session, 0, overhang));
        Frame missing;
        missing.kind = FrameKind::Image;
        missing.imagePath = QStringLiteral("images/not-there.jpg");
        missing.rect = {100, 100, 50, 50};
        session->push(new AddFrameCommand(session, 1, missing));
        Frame folder = missing;
        folder.imagePath = QStringLiteral("images");
        session->push(new AddFrameCommand(session, 1, folder));
        session->push(new DeleteFrameCommand(session, QStringLiteral("brief-land-body")));
        // 缺字 and 溢文 in one story: a private-use character, and far too much text.
        session->push(new TypeTextCommand(session, QStringLiteral("brief-epidemic"), 0, 0,
                                          QString(QChar(0xE000)) + QString(3000, QChar(0x5B57))));
        Note open;  // a proofreader's note not yet resolved
        open.kind = NoteKind::Punctuation;
        open.text = QStringLiteral("逗号");
        open.to = 2;
        session->push(new editor::AddNoteCommand(session, QStringLiteral("business"), open));
        QCoreApplication::processEvents();
        const std::vector<Finding> findings = preflight(f.edition(), f.window.display());
        QSet<QString> codes;
        for (const Finding& finding : findings) {
            codes << finding.kind;
            QCOMPARE(wordedFinding(finding), finding.message);
        }
        for (const char* code :
             {"frame-off-page", "missing-image", "unreadable-image", "missing-glyph", "overset",
              "loose-line", "story-not-placed", "open-note"})
            QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
    }

    // In the Chinese interface the press check speaks Chinese, and the panels show their
    // values in it.
    void pressCheckIsTranslated() {
        QTranslator chinese;
        QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("paiban"),
                             QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&chinese);
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.addFrameOffPage(0);  // a preflight error there
        QString title, buttons, findings;
        auto* poll = new QTimer(&f.window);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                title = box->text();
                findings = box->informativeText();
                for (QAbstractButton* b : box->buttons())
                    buttons += b->text();
                box->reject();
            }
        });
        poll->start();
        checkBeforePress(&f.window, f.edition(), f.window.display(), {});
        // The panels' values too: 两端对齐, 国标, 文字框 — and choosing one sets the style.
        StylesPanel* styles = f.window.stylesPanel();
        const auto items = styles->list()->findItems(QStringLiteral("body"), Qt::MatchExactly);
        styles->list()->setCurrentItem(items.front());
        const QList<QComboBox*> boxes = styles->findChildren<QComboBox*>();
        QCOMPARE(boxes[0]->currentText(), QStringLiteral("两端对齐"));
        QCOMPARE(boxes[1]->currentText(), QStringLiteral("国标"));
        boxes[1]->setCurrentIndex(boxes[1]->findText(QStringLiteral("严格")));
        QCOMPARE(f.edition().styles.paragraphStyle(QStringLiteral("body"))->kinsoku,
                 Kinsoku::Strict);
        f.window.canvas()->setSelectedFrame(QStringLiteral("business-body"));
        QCoreApplication::processEvents();
        QVERIFY(f.window.findChild<PropertiesPanel*>()->findChild<QLabel*>()->text().startsWith(
            QStringLiteral("文字框")));
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(title.contains(QStringLiteral("错误")), qPrintable(title));
        QVERIFY2(buttons.contains(QStringLiteral("查看问题")), qPrintable(buttons));
        // The press check's findings are in Chinese too: a frame off the page.
        QVERIFY2(findings.contains(QStringLiteral("在版面之外")) &&
                     findings.contains(QStringLiteral("第 1 版")),
                 qPrintable(findings));
    }

    // Sizes and lengths in the newsroom's units: a frame's width typed as 3栏 is three
    // columns and two gutters of its page's grid; its gutter as 1字 the body size; the
    // paragraph style's size shows 小五 and takes 五号.
    void unitsAsTheNewsroomTypesThem() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.canvas()->setSelectedFrame(QStringLiteral("business-body"));
        QCoreApplication::processEvents();
        auto* properties = f.window.findChild<PropertiesPanel*>();
        const QList<QDoubleSpinBox*> boxes = properties->findChildren<QDoubleSpinBox*>();
        QDoubleSpinBox* width = boxes[2];
        QDoubleSpinBox* gutter = boxes[4];
        QCOMPARE(width->text(), QStringLiteral("161.9 mm"));
        auto type = [](QDoubleSpinBox* box, const QString& text) {
            box->setFocus();
            box->selectAll();
            for (const QChar c : text) {  // as an input method types them: text, no key
                QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(box, &key);
            }
            QTest::keyClick(box, Qt::Key_Return);
        };
        type(width, QStringLiteral("3栏"));
        const Page& page = f.edition().pages[0];
        QCOMPARE(f.edition().frame(QStringLiteral("business-body")).second->rect.width,
                 columnSpan(page, 0, 3).width);
        type(gutter, QStringLiteral("1字"));
        QCOMPARE(f.edition().frame(QStringLiteral("business-body")).second->gutterPt,
                 page.grid.bodySizePt);
        // Shown in 栏 when the user asks for it.
        settings::lengthUnitName.set(QStringLiteral("lan"));
        properties->applyUnits();
        QCoreApplication::processEvents();
        QCOMPARE(width->text(), QStringLiteral("3 栏"));
        QDoubleSpinBox* x = boxes[0];
        QCOMPARE(x->text(), QStringLiteral("0 栏"));  // at the type area's left edge
        type(x, QStringLiteral("2栏"));               // to where the third column starts
        QCOMPARE(f.edition().frame(QStringLiteral("business-body")).second->rect.x,
                 columnSpan(page, 2, 1).x);
        settings::lengthUnitName.set(QStringLiteral("mm"));
        properties->applyUnits();
        StylesPanel* styles = f.window.stylesPanel();
        const auto items = styles->list()->findItems(QStringLiteral("body"), Qt::MatchExactly);
        styles->list()->setCurrentItem(items.front());
        QCOMPARE(styles->sizeBox()->text(), QStringLiteral("小五"));
        type(styles->sizeBox(), QStringLiteral("五号"));
        QCOMPARE(f.edition().styles.paragraphStyle(QStringLiteral("body"))->sizePt, 10.5);
    }
};

QTEST_MAIN(TestEditorLanguage)
#include "tst_editor_language.moc"
