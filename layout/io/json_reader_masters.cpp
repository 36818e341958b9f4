// The master pages of a .paiban document: read and checked with every problem named by its
// path (masters[0].frames[1].id …), as the rest of the reader does.
#include <QJsonArray>
#include <QSet>

#include "io/json_reader.h"
#include "model/masters.h"

namespace paiban {

void JsonReader::readPageMaster(const QJsonObject& o, Page& p) {
    if (o.contains("master"))
        p.master = string(o, "master", QString(), false);
    const QJsonArray released = array(o, "released", false);
    for (qsizetype i = 0; i < released.size(); ++i) {
        if (!released[i].isString()) {
            error(
                QStringLiteral("released[%1]").arg(i),
                QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected a master item's id (a string)"));
            continue;
        }
        p.releasedItems.push_back(released[i].toString());
    }
}

MasterPage JsonReader::master(const QJsonObject& o) {
    MasterPage m;
    m.name = string(o, "name", QString(), true);
    const QString kind = string(o, "kind", QStringLiteral("any"), false);
    if (const auto k = masterKindFromString(kind.toStdString()))
        m.kind = *k;
    else
        error(
            "kind",
            QT_TRANSLATE_NOOP("paiban::ReadProblem", "'%1' is not one of any, first, left, right"),
            {QStringLiteral("%1").arg(kind)});
    const QJsonArray frames = array(o, "frames", false);
    for (qsizetype i = 0; i < frames.size(); ++i) {
        Scope scope(*this, QStringLiteral(".frames[%1]").arg(i));
        m.frames.push_back(
            frame(object(frames[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a frame"))));
    }
    const QJsonArray stories = array(o, "stories", false);
    for (qsizetype i = 0; i < stories.size(); ++i) {
        Scope scope(*this, QStringLiteral(".stories[%1]").arg(i));
        m.stories.push_back(
            story(object(stories[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a story"))));
    }
    m.extra = unknownFields(o, {"name", "kind", "frames", "stories"});
    return m;
}

void JsonReader::readMasters(const QJsonObject& root, Edition& e) {
    const QJsonArray masters = array(root, "masters", false);
    for (qsizetype i = 0; i < masters.size(); ++i) {
        Scope scope(*this, QStringLiteral("masters[%1]").arg(i));
        e.masters.push_back(
            master(object(masters[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a master page"))));
    }
}

void JsonReader::checkMasterReferences(const Edition& e) {
    QSet<QString> names;
    for (size_t m = 0; m < e.masters.size(); ++m) {
        const MasterPage& master = e.masters[m];
        const QString at = QStringLiteral("masters[%1]").arg(m);
        if (master.name.isEmpty())
            error(at + ".name",
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "a master page needs a name"));
        else if (names.contains(master.name))
            error(at + ".name",
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "master name '%1' is used twice"),
                  {QStringLiteral("%1").arg(master.name)});
        names.insert(master.name);
        QSet<QString> ids, threaded;
        for (size_t f = 0; f < master.frames.size(); ++f) {
            const QString& id = master.frames[f].id;
            if (ids.contains(id))
                error(QStringLiteral("%1.frames[%2].id").arg(at).arg(f),
                      QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                        "item id '%1' is used twice in this master"),
                      {QStringLiteral("%1").arg(id)});
            ids.insert(id);
        }
        for (size_t s = 0; s < master.stories.size(); ++s) {
            const Story& story = master.stories[s];
            for (size_t f = 0; f < story.frameIds.size(); ++f) {
                const QString& id = story.frameIds[f];
                const auto item = std::find_if(master.frames.begin(), master.frames.end(),
                                               [&](const Frame& frame) { return frame.id == id; });
                const QString fat =
                    QStringLiteral("%1.stories[%2].frames[%3]").arg(at).arg(s).arg(f);
                if (item == master.frames.end())
                    error(fat,
                          QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                            "no item of this master has the id '%1'"),
                          {QStringLiteral("%1").arg(id)});
                else if (item->kind != FrameKind::Text)
                    error(fat,
                          QT_TRANSLATE_NOOP("paiban::ReadProblem", "item '%1' is not a text frame"),
                          {QStringLiteral("%1").arg(id)});
                else if (threaded.contains(id))
                    error(fat,
                          QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                            "item '%1' already holds another story"),
                          {QStringLiteral("%1").arg(id)});
                threaded.insert(id);
            }
            for (size_t p = 0; p < story.paragraphs.size(); ++p) {
                const QString& style = story.paragraphs[p].style;
                if (!e.styles.paragraphStyle(style))
                    error(
                        QStringLiteral("%1.stories[%2].paragraphs[%3].style").arg(at).arg(s).arg(p),
                        QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                          "no paragraph style is named '%1'"),
                        {QStringLiteral("%1").arg(style)});
            }
        }
    }
    for (size_t p = 0; p < e.pages.size(); ++p) {
        const Page& page = e.pages[p];
        const QString at = QStringLiteral("pages[%1]").arg(p);
        if (page.master && !page.master->isEmpty() && !findMaster(e, *page.master)) {
            error(at + ".master",
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "no master page is named '%1'"),
                  {QStringLiteral("%1").arg(*page.master)});
            continue;
        }
        const MasterPage* master = masterOf(e, static_cast<int>(p));
        for (size_t r = 0; r < page.releasedItems.size(); ++r) {
            const QString& id = page.releasedItems[r];
            const bool known = master && std::any_of(master->frames.begin(), master->frames.end(),
                                                     [&](const Frame& f) { return f.id == id; });
            if (!known)
                error(
                    QStringLiteral("%1.released[%2]").arg(at).arg(r),
                    QT_TRANSLATE_NOOP("paiban::ReadProblem", "the page's master has no item '%1'"),
                    {QStringLiteral("%1").arg(id)});
        }
    }
}

}  // namespace paiban
