// Runs the real consumers of our output (poppler, qpdf, Ghostscript) and our own binary.
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace paiban::test {

struct ToolResult {
    int exitCode = -1;
    QString out, err;
    bool ran = false;
};

inline ToolResult runTool(const QString& program, const QStringList& args,
                          const QByteArray& input = {}) {
    ToolResult r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.ran = true;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline bool haveTool(const QString& name) {
    return !QStandardPaths::findExecutable(name).isEmpty();
}

}  // namespace paiban::test
