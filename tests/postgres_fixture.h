// A PostgreSQL server of the test's own, in a temporary folder: initdb and pg_ctl run as
// an unprivileged user (PostgreSQL refuses root: the `postgres` account Debian's server
// package makes, else `nobody`, when the tests run as root, as CI does), listening only on
// a Unix socket in that folder, trusting local connections (but passwordRole's),
// durability off (a test's data
// need not survive a power cut). Stopped, and the folder removed, when it goes.
#pragma once

#include <pwd.h>
#include <unistd.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <algorithm>

namespace paiban::test {

class PostgresServer {
public:
    // As root, in /tmp itself: the server's account must reach the folder, and $TMPDIR
    // may be a folder of root's own.
    PostgresServer()
        : folder_((geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath()) +
                  QStringLiteral("/paiban-pg-XXXXXX")) {}
    ~PostgresServer() { stop(); }

    // Starts the server; false, with `error()` saying why, when it cannot.
    bool start() {
        const QString bin = serverBinFolder();
        if (bin.isEmpty())
            return failed(QStringLiteral(
                "PostgreSQL's server programs are not installed (apt-get install postgresql)"));
        if (!folder_.isValid())
            return failed(QStringLiteral("no temporary folder"));
        initdb_ = bin + QStringLiteral("/initdb");
        pgCtl_ = bin + QStringLiteral("/pg_ctl");
        if (geteuid() == 0) {
            const passwd* pw = getpwnam("postgres");
            if (!pw)
                pw = getpwnam("nobody");
            if (!pw)
                return failed(QStringLiteral("no unprivileged account to run PostgreSQL as"));
            runAs_ = QString::fromLocal8Bit(pw->pw_name);
            if (chown(folder_.path().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0)
                return failed(QStringLiteral("cannot give the folder to %1").arg(runAs_));
        }
        if (!run(initdb_,
                 {QStringLiteral("-D"), dataFolder(), QStringLiteral("-U"), adminRole(),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
            return false;
        // One role signs in with a password (SCRAM), as a newsroom's people do, so that a
        // test can try libpq's password file; everyone else is trusted.
        QFile hba(dataFolder() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly))
            return failed(QStringLiteral("cannot read pg_hba.conf"));
        const QByteArray trusted = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("local all " + passwordRole().toUtf8() + " scram-sha-256\n" + trusted) < 0)
            return failed(QStringLiteral("cannot write pg_hba.conf"));
        hba.close();
        return startAgain();
    }

    // Stops the server at once (as a crash or a power cut would: every session gone) and,
    // unless `stayDown`, starts it again.
    bool restart(bool stayDown = false) {
        if (!run(pgCtl_, {QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"),
                          QStringLiteral("immediate"), QStringLiteral("stop")}))
            return false;
        started_ = false;
        return stayDown || startAgain();
    }
    bool startAgain() {
        const QString options =
            QStringLiteral(
                "-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c max_connections=200")
                .arg(folder_.path());
        if (!run(pgCtl_, {QStringLiteral("-D"), dataFolder(), QStringLiteral("-l"),
                          folder_.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                          options, QStringLiteral("-w"), QStringLiteral("start")}))
            return false;
        started_ = true;
        return true;
    }

    void stop() {
        if (!started_)
            return;
        run(pgCtl_, {QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"),
                     QStringLiteral("immediate"), QStringLiteral("stop")});
        started_ = false;
    }

    // A connection string for `database` as `role` (the administrator by default).
    QString connection(const QString& database, const QString& role = {}) const {
        return QStringLiteral("host=%1 dbname=%2 user=%3")
            .arg(folder_.path(), database, role.isEmpty() ? adminRole() : role);
    }
    static QString adminRole() { return QStringLiteral("paiban_admin"); }
    // The role that must give a password (pg_hba.conf: scram-sha-256); made by the test.
    static QString passwordRole() { return QStringLiteral("password_user"); }
    QString socketFolder() const { return folder_.path(); }
    // psql, for what a test does as another client or as the administrator.
    QString psql() const { return serverBinFolder() + QStringLiteral("/psql"); }
    QString error() const { return error_; }
    QString log() const {
        QFile file(folder_.filePath(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // The newest installed server's programs (Debian: /usr/lib/postgresql/N/bin).
    static QString serverBinFolder() {
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(found.begin(), found.end(),
                  [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
        for (const QString& v : found) {
            const QString bin = versions.filePath(v + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return {};
    }

private:
    QString dataFolder() const { return folder_.filePath(QStringLiteral("data")); }
    bool failed(const QString& why) {
        error_ = why;
        return false;
    }
    bool run(const QString& program, const QStringList& args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(folder_.path());
        if (runAs_.isEmpty()) {
            p.start(program, args);
        } else {
            QStringList all{QStringLiteral("-u"), runAs_, QStringLiteral("--"), program};
            all += args;
            p.start(QStringLiteral("runuser"), all);
        }
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return failed(QStringLiteral("%1 failed: %2")
                              .arg(QFileInfo(program).fileName(),
                                   QString::fromLocal8Bit(p.readAll()).trimmed()));
        return true;
    }

    QTemporaryDir folder_;
    QString initdb_, pgCtl_, runAs_, error_;
    bool started_ = false;
};

}  // namespace paiban::test
