// The editor's settings: each declared here once with its default, read where used.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace paiban::editor {

template <typename T>
struct Setting {
    const char* key;
    T defaultValue;
    T get() const {
        return QSettings().value(key, QVariant::fromValue(defaultValue)).template value<T>();
    }
    void set(const T& value) const { QSettings().setValue(key, QVariant::fromValue(value)); }
};

namespace settings {
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<bool> showGuides{"view/showGuides", true};
inline const Setting<QString> lastDirectory{"files/lastDirectory", {}};
}  // namespace settings

}  // namespace paiban::editor
