// Articles grouped by hand (`"articles"` at the edition's level): each an id, its stories
// in reading order and its photos; read and checked with every problem named by its path
// (articles[1].stories[0] …), as the rest of the reader does.
#include <QJsonArray>
#include <QSet>

#include "io/json_reader.h"

namespace paiban {

namespace {

std::vector<QString> idList(const QJsonArray& list) {
    std::vector<QString> ids;
    for (const QJsonValue& v : list)
        ids.push_back(v.toString());
    return ids;
}

}  // namespace

void JsonReader::readArticles(const QJsonObject& root, Edition& e) {
    const QJsonArray articles = array(root, "articles", false);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Scope scope(*this, QStringLiteral("articles[%1]").arg(i));
        const QJsonObject o =
            object(articles[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "an article"));
        ArticleGrouping a;
        a.id = string(o, "id", QString(), true);
        for (const char* key : {"stories", "photos"}) {
            const QJsonArray list = array(o, key, false);
            for (qsizetype k = 0; k < list.size(); ++k) {
                if (!list[k].isString())
                    error(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(k),
                          QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected an id (a string)"));
            }
            (QLatin1String(key) == QLatin1String("stories") ? a.stories : a.photos) = idList(list);
        }
        a.extra = unknownFields(o, {"id", "stories", "photos"});
        e.articles.push_back(std::move(a));
    }
}

void JsonReader::checkArticles(const Edition& e) {
    QSet<QString> ids, stories, photos;
    for (size_t i = 0; i < e.articles.size(); ++i) {
        const ArticleGrouping& a = e.articles[i];
        Scope scope(*this, QStringLiteral("articles[%1]").arg(i));
        if (ids.contains(a.id))
            error("id", QT_TRANSLATE_NOOP("paiban::ReadProblem", "another article has the id '%1'"),
                  {a.id});
        ids.insert(a.id);
        if (a.stories.empty() && a.photos.empty())
            error(QString(),
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "an article needs a story or a photo"));
        for (size_t k = 0; k < a.stories.size(); ++k) {
            const QString key = QStringLiteral("stories[%1]").arg(k);
            if (!e.story(a.stories[k]))
                error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "no story has the id '%1'"),
                      {a.stories[k]});
            else if (stories.contains(a.stories[k]))
                error(key,
                      QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                        "the story '%1' is already in an article"),
                      {a.stories[k]});
            stories.insert(a.stories[k]);
        }
        for (size_t k = 0; k < a.photos.size(); ++k) {
            const QString key = QStringLiteral("photos[%1]").arg(k);
            const Frame* frame = e.frame(a.photos[k]).second;
            if (!frame || frame->kind != FrameKind::Image)
                error(key,
                      QT_TRANSLATE_NOOP("paiban::ReadProblem", "no image frame has the id '%1'"),
                      {a.photos[k]});
            else if (photos.contains(a.photos[k]))
                error(key,
                      QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                        "the photo '%1' is already in an article"),
                      {a.photos[k]});
            photos.insert(a.photos[k]);
        }
    }
}

}  // namespace paiban
