#pragma once

#include <QByteArray>
#include <QTemporaryDir>
#include <QtTest>

// Points HOME and the XDG directories at a fresh temporary folder for the lifetime of the
// object, so QStandardPaths (and a child process started afterwards) see an empty profile. On
// Windows, where no variable moves the user's folders, ARIA_PROFILE_DIR does it for the app.
class TestHome
{
public:
    TestHome()
    {
        QVERIFY2(m_dir.isValid(), "cannot create a temporary HOME");
        for (const char *var : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                 "ARIA_PROFILE_DIR"})
            m_saved.append({var, qgetenv(var)});
        qputenv("HOME", m_dir.path().toUtf8());
        qputenv("XDG_DATA_HOME", (m_dir.path() + QLatin1String("/.local/share")).toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_dir.path() + QLatin1String("/.config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_dir.path() + QLatin1String("/.cache")).toUtf8());
        qputenv("XDG_STATE_HOME", (m_dir.path() + QLatin1String("/.local/state")).toUtf8());
#ifdef Q_OS_WIN
        qputenv("ARIA_PROFILE_DIR", (m_dir.path() + QLatin1String("/profile")).toUtf8());
#endif
    }
    ~TestHome()
    {
        for (const auto &[var, value] : m_saved) {
            if (value.isNull())
                qunsetenv(var);
            else
                qputenv(var, value);
        }
    }
    TestHome(const TestHome &) = delete;
    TestHome &operator=(const TestHome &) = delete;

    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QList<std::pair<const char *, QByteArray>> m_saved;
};
