// The monkey's acts: each thing it does to the editor, as one line of text that says
// exactly what was done to which widget, so that a run replays from its event log alone
// (timers and the file system make a seed alone replay only roughly).
//
//   press|release|dclick|move PATH X Y MODIFIERS   mouse, in the widget's coordinates
//   wheel PATH X Y DELTA MODIFIERS
//   key PATH KEY MODIFIERS                        a key as QTest clicks it (shortcuts too)
//   char PATH TEXT                                text from the keyboard (ASCII)
//   text PATH TEXT                                text no key makes (a key event with it)
//   im PATH PREEDIT COMMIT                        an input method's pre-edit, then commit
//   clip TEXT | clip-empty                        the clipboard's contents
//   action MENU/…/ENTRY | action toolbar/ENTRY    a menu or toolbar action triggered
//   resize W H, show, reopen                      the window resized, shown again, the
//                                                 document saved and opened again
//   answer KIND WHAT                              a dialog answered (after the act that
//                                                 opened it): button TEXT, file PATH,
//                                                 cancel, accept, input TEXT, print-pdf
//   popup ENTRY | popup-key KEY                   an open menu or list: an entry, a key
// Arguments are percent-encoded; PATH names a widget from its window down (see pathOf).
#pragma once

#include <QString>
#include <QStringList>

class QWidget;
class QAction;

namespace paiban::editor {
class MainWindow;
}

namespace paiban::monkey {

struct Act {
    QString verb;
    QStringList args;
    QString line() const;                              // "verb arg …", arguments encoded
    static bool parse(const QString& line, Act* act);  // false: not an act
    bool isAnswer() const { return verb == QLatin1String("answer"); }
    bool isPopup() const { return verb.startsWith(QLatin1String("popup")); }
};

// A widget's path from its window down: "main" or "top:CLASS[i]" for the window, then
// "CLASS[i]" for each child (the i-th child widget of that class).
QString pathOf(const QWidget* widget, const editor::MainWindow& window);
QWidget* widgetAt(const QString& path, editor::MainWindow& window);

// The folder the run works in, written "$WORK" in action paths (Open Recent's entries).
void setWorkFolder(const QString& folder);

// A menu or toolbar action's path, and the action at a path (nullptr: none).
QString actionPath(const QAction* action, const editor::MainWindow& window);
QAction* actionAt(const QString& path, editor::MainWindow& window);

}  // namespace paiban::monkey
