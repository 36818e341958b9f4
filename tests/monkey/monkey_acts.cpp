#include "monkey_acts.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUrl>
#include <functional>

#include "editor/main_window.h"

namespace paiban::monkey {
namespace {

QString workFolder;  // written "$WORK" in the log: a replay runs in a folder of its own

QString encode(const QString& text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "-._~:[]#/"));
}

QString decode(const QString& text) {
    return QUrl::fromPercentEncoding(text.toLatin1());
}

// One step of an action's path: its slashes encoded too (Open Recent's entries are paths,
// in the work folder).
QString encodeStep(QString text) {
    if (!workFolder.isEmpty())
        text.replace(workFolder, QStringLiteral("$WORK"));
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "-._~:[]#"));
}

QString decodeStep(const QString& text) {
    QString decoded = decode(text);
    return decoded.replace(QStringLiteral("$WORK"), workFolder);
}

// The i-th of the widget's siblings of its class: `parent`'s child widgets, or the
// application's top-level widgets.
QString step(const QWidget* widget, const QList<QWidget*>& siblings) {
    const char* name = widget->metaObject()->className();
    int index = 0;
    for (const QWidget* w : siblings) {
        if (w == widget)
            break;
        if (qstrcmp(w->metaObject()->className(), name) == 0)
            ++index;
    }
    return QStringLiteral("%1[%2]").arg(QString::fromLatin1(name)).arg(index);
}

QWidget* nth(const QList<QWidget*>& siblings, const QString& step) {
    const qsizetype open = step.lastIndexOf(u'[');
    if (open < 0)
        return nullptr;
    const QString name = step.left(open);
    const int index = step.mid(open + 1).chopped(1).toInt();
    int seen = 0;
    for (QWidget* w : siblings) {
        if (QString::fromLatin1(w->metaObject()->className()) == name && seen++ == index)
            return w;
    }
    return nullptr;
}

QList<QWidget*> childWidgets(const QWidget* parent) {
    return parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
}

QList<QWidget*> visibleTopLevels() {
    QList<QWidget*> out;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            out << w;
    }
    return out;
}

}  // namespace

void setWorkFolder(const QString& folder) {
    workFolder = folder;
}

QString Act::line() const {
    QStringList parts{verb};
    for (const QString& a : args)
        parts << (a.isEmpty() ? QStringLiteral("%00") : encode(a));
    return parts.join(u' ');
}

bool Act::parse(const QString& line, Act* act) {
    const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    act->verb = parts.front();
    act->args.clear();
    for (qsizetype i = 1; i < parts.size(); ++i)
        act->args << (parts[i] == QLatin1String("%00") ? QString() : decode(parts[i]));
    return true;
}

QString pathOf(const QWidget* widget, const editor::MainWindow& window) {
    QStringList steps;
    const QWidget* w = widget;
    while (w && !w->isWindow()) {
        steps.prepend(step(w, childWidgets(w->parentWidget())));
        w = w->parentWidget();
    }
    if (!w)
        return {};
    // A window by its name where it has one (a floating panel), else by its class: the
    // application lists its windows in no fixed order.
    steps.prepend(w == &window ? QStringLiteral("main")
                  : !w->objectName().isEmpty()
                      ? QStringLiteral("top:#") + w->objectName()
                      : QStringLiteral("top:") + step(w, visibleTopLevels()));
    return steps.join(u'/');
}

QWidget* widgetAt(const QString& path, editor::MainWindow& window) {
    const QStringList steps = path.split(u'/');
    if (steps.isEmpty())
        return nullptr;
    QWidget* w = nullptr;
    if (steps.front() == QLatin1String("main")) {
        w = &window;
    } else if (steps.front().startsWith(QLatin1String("top:#"))) {
        for (QWidget* top : visibleTopLevels()) {
            if (top->objectName() == steps.front().mid(5))
                w = top;
        }
    } else if (steps.front().startsWith(QLatin1String("top:"))) {
        w = nth(visibleTopLevels(), steps.front().mid(4));
    }
    for (qsizetype i = 1; w && i < steps.size(); ++i)
        w = nth(childWidgets(w), steps[i]);
    return w;
}

// Each step's text percent-encoded: an entry of Open Recent is a path with slashes.
QString actionPath(const QAction* action, const editor::MainWindow& window) {
    std::function<bool(const QMenu*, QStringList&)> find = [&](const QMenu* menu,
                                                               QStringList& trail) {
        for (const QAction* a : menu->actions()) {
            if (a == action) {
                trail << encodeStep(a->text());
                return true;
            }
            if (a->menu()) {
                trail << encodeStep(a->text());
                if (find(a->menu(), trail))
                    return true;
                trail.removeLast();
            }
        }
        return false;
    };
    for (const QAction* top : window.menuBar()->actions()) {
        QStringList trail{encodeStep(top->text())};
        if (top->menu() && find(top->menu(), trail))
            return trail.join(u'/');
    }
    return QStringLiteral("toolbar/") + encodeStep(action->text());
}

QAction* actionAt(const QString& path, editor::MainWindow& window) {
    QStringList steps = path.split(u'/');
    for (QString& step : steps)
        step = decodeStep(step);
    if (steps.size() == 2 && steps.front() == QLatin1String("toolbar")) {
        for (QToolBar* bar : window.findChildren<QToolBar*>()) {
            for (QAction* a : bar->actions()) {
                if (a->text() == steps[1])
                    return a;
            }
        }
        return nullptr;
    }
    QList<QAction*> level = window.menuBar()->actions();
    QAction* found = nullptr;
    for (const QString& text : steps) {
        found = nullptr;
        for (QAction* a : level) {
            if (a->text() == text) {
                found = a;
                break;
            }
        }
        if (!found)
            return nullptr;
        level = found->menu() ? found->menu()->actions() : QList<QAction*>{};
    }
    return found;
}

}  // namespace paiban::monkey
