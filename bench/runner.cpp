// aria-bench: measures aria-integrations against the bare Qt Widgets baseline in one run and
// prints a table (and, with --results, writes it as Markdown with the machine described).
//
//   start  process start -> first painted window (--quit-after-first-paint), wall time until
//          exit, under offscreen and under Xvfb; max RSS of the same runs (wait4 rusage).
//   idle   60 s after a 2.5 s settle with five connected integrations and nothing pending:
//          CPU time and wakeups of all threads from /proc/<pid>/task/*/schedstat (run time and
//          number of times scheduled) and voluntary context switches from .../status; the app
//          also reports what woke it (ARIA_BENCH_IDLE_STATS, app/idleeventcounter.h).
//   connect, sync: run bench/flowbench.cpp (aria-bench-flows, --flows) in-process against the
//          local Composio simulator and Supabase peer, and read the "key value" lines it prints.
//   frames run bench/framebench.cpp (bench_frames, --frames) and read its table: frame
//          intervals and paint times while the cards animate (goal p99 <= 16.7 ms).
//
// Plain POSIX and the standard library, so the runner itself weighs nothing on the numbers.
#include <QtGlobal>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string app, baseline, seed, results, flows, frames;
    int runs = 15;
    int warmup = 2;
    int idleSeconds = 60;
    std::vector<std::string> platforms{"offscreen", "xcb"};
    std::vector<std::string> only;  // empty: everything
};

[[noreturn]] void die(const std::string &message)
{
    std::cerr << "aria-bench: " << message << '\n';
    std::exit(1);
}

std::vector<std::string> split(const std::string &s, char sep)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, sep);)
        if (!item.empty())
            out.push_back(item);
    return out;
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// ---- processes ------------------------------------------------------------------------------

using Env = std::map<std::string, std::string>;

Env inheritedEnvironment()
{
    Env env;
    for (char **e = environ; *e; ++e) {
        const std::string kv = *e;
        const auto eq = kv.find('=');
        if (eq != std::string::npos)
            env[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    // Same conditions for both programs: no display, session bus (see SessionBus) or log rules
    // of the caller's.
    for (const char *drop : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS",
                             "QT_LOGGING_RULES", "ARIA_BENCH_IDLE_STATS", "ARIA_BENCH_IDLE_MS"})
        env.erase(drop);
    return env;
}

pid_t spawn(const std::vector<std::string> &argv, const Env &env, const std::string &stdoutPath = "")
{
    std::vector<char *> args;
    for (const auto &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> kv;
    for (const auto &[k, v] : env)
        kv.push_back(k + '=' + v);
    std::vector<char *> envp;
    for (auto &s : kv)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // Quiet children: Qt's warnings (e.g. offscreen's propagateSizeHints) would garble the table.
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath.empty() ? "/dev/null" : stdoutPath.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        die("cannot start " + argv[0] + ": " + std::strerror(rc));
    return pid;
}

struct Exit {
    int status = -1;
    rusage usage{};
};

Exit waitFor(pid_t pid)
{
    Exit e;
    while (wait4(pid, &e.status, 0, &e.usage) < 0 && errno == EINTR) {
    }
    return e;
}

// Blocks until the child exits (poll on a pidfd: the moment it exits, not at the next tick of
// a sleep loop; a 5 ms sleep-poll made every start-up time a multiple of ~5.1 ms).
std::optional<Exit> waitFor(pid_t pid, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    Exit e;
    while (Clock::now() < deadline) {
        const pid_t r = wait4(pid, &e.status, WNOHANG, &e.usage);
        if (r == pid) {
            if (pidfd >= 0)
                close(pidfd);
            return e;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (pidfd >= 0) {
            pollfd p{pidfd, POLLIN, 0};
            poll(&p, 1, int(std::max<long long>(1, left.count())));
        } else {
            std::this_thread::sleep_for(std::chrono::microseconds(100)); // no pidfd (kernel < 5.3)
        }
    }
    if (pidfd >= 0)
        close(pidfd);
    return std::nullopt;
}

void stop(pid_t pid)
{
    kill(pid, SIGTERM);
    if (!waitFor(pid, std::chrono::seconds(3))) {
        kill(pid, SIGKILL);
        waitFor(pid);
    }
}

// ---- statistics and the report --------------------------------------------------------------

struct Stats {
    double min = NAN, median = NAN;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.min = v.front();
    const size_t n = v.size();
    s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return s;
}

std::string fmt(double v, int decimals = 1)
{
    if (std::isnan(v))
        return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

struct Row {
    std::string metric, platform, unit;
    Stats app, baseline;
    std::string goal;     // e.g. "<= 1.5x"; empty: informational
    double goalRatio = 0; // > 0: the app's median must stay within goalRatio x the baseline's
    std::string note;
};

std::string verdict(const Row &r)
{
    if (r.goalRatio <= 0 || std::isnan(r.app.median) || std::isnan(r.baseline.median) || r.baseline.median <= 0)
        return r.note.empty() ? "" : r.note;
    return r.app.median <= r.goalRatio * r.baseline.median ? "met" : "MISSED";
}

std::string ratio(const Row &r)
{
    if (std::isnan(r.app.median) || std::isnan(r.baseline.median) || r.baseline.median <= 0)
        return "–";
    return fmt(r.app.median / r.baseline.median, 2) + "x";
}

struct Report {
    std::vector<Row> rows;
    std::vector<std::string> notes;  // printed under the table
};

std::string table(const Report &report, bool markdown)
{
    const std::vector<std::string> head{"metric", "platform", "app min", "app median", "baseline min",
                                        "baseline median", "ratio (median)", "goal", "verdict"};
    std::vector<std::vector<std::string>> cells{head};
    for (const Row &r : report.rows) {
        const int d = r.unit == "ms" ? 1 : 0;
        auto withUnit = [&](double v) { return std::isnan(v) ? std::string("–") : fmt(v, d) + " " + r.unit; };
        cells.push_back({r.metric, r.platform, withUnit(r.app.min), withUnit(r.app.median), withUnit(r.baseline.min),
                         withUnit(r.baseline.median), ratio(r), r.goal, verdict(r)});
    }
    std::vector<size_t> width(head.size(), 0);
    for (const auto &row : cells)
        for (size_t i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row[i].size());  // bytes; "–" is 3 bytes: close enough
    std::ostringstream out;
    for (size_t r = 0; r < cells.size(); ++r) {
        for (size_t i = 0; i < head.size(); ++i) {
            if (markdown)
                out << "| " << cells[r][i] << ' ';
            else
                out << cells[r][i] << std::string(width[i] - cells[r][i].size() + 2, ' ');
        }
        out << (markdown ? "|\n" : "\n");
        if (r == 0 && markdown) {
            for (size_t i = 0; i < head.size(); ++i)
                out << "|---";
            out << "|\n";
        }
    }
    return out.str();
}

// ---- the machine ----------------------------------------------------------------------------

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    for (std::string line; std::getline(in, line);)
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    return "unknown";
}

std::string machine()
{
    utsname u{};
    uname(&u);
    std::ostringstream s;
    s << "- CPU: " << cpuModel() << ", nproc " << std::thread::hardware_concurrency() << " (shared with other jobs)\n"
      << "- Kernel: " << u.sysname << ' ' << u.release << ' ' << u.machine << '\n'
      << "- Qt: " << qVersion() << " (built against " << QT_VERSION_STR << "), "
      << "compiler " << __VERSION__ << '\n';
    return s.str();
}

// ---- the environment both programs run in ---------------------------------------------------

class Xvfb
{
public:
    Xvfb()
    {
        int fds[2];
        if (pipe(fds) != 0)
            die("pipe failed");
        Env env = inheritedEnvironment();
        m_pid = spawn({"/usr/bin/Xvfb", "-displayfd", std::to_string(fds[1]), "-screen", "0", "1280x1024x24",
                       "-nolisten", "tcp", "-noreset"},
                      env);
        close(fds[1]);
        std::string number;
        char c;
        while (read(fds[0], &c, 1) == 1 && c != '\n')
            number += c;
        close(fds[0]);
        if (number.empty())
            die("Xvfb did not start (package xvfb)");
        m_display = ":" + number;
    }
    ~Xvfb() { stop(m_pid); }
    const std::string &display() const { return m_display; }

private:
    pid_t m_pid = -1;
    std::string m_display;
};

// A private D-Bus session for both programs, as on a desktop. Without one, Qt on X11 would
// autolaunch a bus through dbus-launch in the background, at a random moment of the run.
class SessionBus
{
public:
    SessionBus()
    {
        int fds[2];
        if (pipe(fds) != 0)
            die("pipe failed");
        m_pid = spawn({"/usr/bin/dbus-daemon", "--session", "--nofork", "--print-address=" + std::to_string(fds[1])},
                      inheritedEnvironment());
        close(fds[1]);
        char c;
        while (read(fds[0], &c, 1) == 1 && c != '\n')
            m_address += c;
        close(fds[0]);
        if (m_address.empty())
            die("dbus-daemon did not start (package dbus-daemon)");
    }
    ~SessionBus() { stop(m_pid); }
    const std::string &address() const { return m_address; }

private:
    pid_t m_pid = -1;
    std::string m_address;
};

struct Profile {
    fs::path home;
    Env env;
};

Profile makeProfile(const Options &o, const SessionBus &bus)
{
    char tmpl[] = "/tmp/aria-bench-XXXXXX";
    if (!mkdtemp(tmpl))
        die("mkdtemp failed");
    Profile p;
    p.home = tmpl;
    p.env = inheritedEnvironment();
    p.env["HOME"] = p.home;
    p.env["XDG_DATA_HOME"] = p.home / ".local/share";
    p.env["XDG_CONFIG_HOME"] = p.home / ".config";
    p.env["XDG_CACHE_HOME"] = p.home / ".cache";
    p.env["XDG_RUNTIME_DIR"] = p.home / "run";  // replaced per platform, see platformEnv()
    p.env["DBUS_SESSION_BUS_ADDRESS"] = bus.address();
    for (const std::string &dir : {std::string("run"), std::string("run-offscreen"), std::string("run-xcb")}) {
        fs::create_directories(p.home / dir);
        fs::permissions(p.home / dir, fs::perms::owner_all);
    }
    const Exit e = waitFor(spawn({o.seed}, p.env));
    if (!WIFEXITED(e.status) || WEXITSTATUS(e.status) != 0)
        die("seeding the profile failed: " + o.seed);
    return p;
}

Env platformEnv(const Profile &profile, const std::string &platform, const Xvfb *xvfb)
{
    Env env = profile.env;
    env["QT_QPA_PLATFORM"] = platform;
    // The app is single-instance per runtime dir and profile: the idle section runs it under
    // both platforms at once, so each platform gets its own runtime dir.
    env["XDG_RUNTIME_DIR"] = profile.home / ("run-" + platform);
    if (platform == "xcb")
        env["DISPLAY"] = xvfb->display();
    return env;
}

// ---- benchmarks -----------------------------------------------------------------------------

struct Subject {
    std::string name;  // "app" or "baseline"
    std::string path;
};

struct StartSample {
    double wallMs;
    double maxRssMb;
};

StartSample startOnce(const Subject &s, const Env &env)
{
    const auto t0 = Clock::now();
    const pid_t pid = spawn({s.path, "--quit-after-first-paint"}, env);
    const auto exited = waitFor(pid, std::chrono::seconds(30));
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!exited) {
        stop(pid);
        die(s.name + " did not quit after its first paint within 30 s");
    }
    if (!WIFEXITED(exited->status) || WEXITSTATUS(exited->status) != 0)
        die(s.name + " --quit-after-first-paint exited with status " + std::to_string(exited->status));
    return {ms, exited->usage.ru_maxrss / 1024.0};
}

void benchStart(const Options &o, const Profile &profile, const Xvfb *xvfb, Report &report)
{
    const Subject app{"app", o.app}, base{"baseline", o.baseline};
    for (const std::string &platform : o.platforms) {
        const Env env = platformEnv(profile, platform, xvfb);
        std::map<std::string, std::vector<double>> wall, rss;
        for (int i = 0; i < o.warmup; ++i) {
            startOnce(app, env);
            startOnce(base, env);
        }
        for (int i = 0; i < o.runs; ++i) {  // interleaved, so drift hits both alike
            for (const Subject *s : {&app, &base}) {
                const StartSample x = startOnce(*s, env);
                wall[s->name].push_back(x.wallMs);
                rss[s->name].push_back(x.maxRssMb);
            }
            std::cerr << '.' << std::flush;
        }
        report.rows.push_back({"start -> first paint -> exit", platform, "ms", stats(wall["app"]),
                               stats(wall["baseline"]), "<= 1.5x", 1.5, ""});
        report.rows.push_back({"max RSS", platform, "MB", stats(rss["app"]), stats(rss["baseline"]), "<= 1.5x", 1.5, ""});
    }
    std::cerr << '\n';
    report.notes.push_back(
        "start: " + std::to_string(o.runs) + " runs per program and platform after " + std::to_string(o.warmup) +
        " warm-up runs, interleaved; wall time from posix_spawn to exit of `--quit-after-first-paint` (both "
        "quit on the event-loop turn after the window's first Paint event; the app's cards are filled from "
        "SQLite before its window is shown, so its first frame lays out and paints them, fading in; the network module, the account "
        "chip and the tray come after the first frame). Wall time ends when the child exits (poll on a "
        "pidfd). Max RSS from wait4().");
}

struct ThreadCounters {
    double cpuMs = 0;
    long long scheduled = 0;  // schedstat field 3: times the thread was put on a CPU
    long long voluntary = 0;  // voluntary context switches (blocking waits)
};
using ThreadSample = std::map<std::string, ThreadCounters>;  // by thread id

ThreadSample sampleThreads(pid_t pid)
{
    ThreadSample sample;
    const fs::path tasks = "/proc/" + std::to_string(pid) + "/task";
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(tasks, ec)) {
        ThreadCounters t;
        std::istringstream sched(readFile(entry.path() / "schedstat"));
        long long runNs = 0, waitNs = 0;
        if (!(sched >> runNs >> waitNs >> t.scheduled))
            continue;
        t.cpuMs = runNs / 1e6;
        std::istringstream status(readFile(entry.path() / "status"));
        for (std::string line; std::getline(status, line);)
            if (line.rfind("voluntary_ctxt_switches:", 0) == 0)
                t.voluntary = std::stoll(line.substr(line.find(':') + 1));
        sample[entry.path().filename()] = t;
    }
    return sample;
}

// What the threads did between two samples. Threads that ended in between (e.g. an idle
// QThreadPool worker expiring after 30 s) lose their counters with them: each counts as one
// wakeup, their CPU time is lost (a few microseconds).
struct ThreadDelta {
    ThreadCounters sum;
    int threads = 0, started = 0, ended = 0;
};

ThreadDelta delta(const ThreadSample &before, const ThreadSample &after)
{
    ThreadDelta d;
    for (const auto &[tid, a] : after) {
        const auto b = before.find(tid);
        const ThreadCounters zero;
        const ThreadCounters &from = b == before.end() ? zero : b->second;
        d.sum.cpuMs += a.cpuMs - from.cpuMs;
        d.sum.scheduled += a.scheduled - from.scheduled;
        d.sum.voluntary += a.voluntary - from.voluntary;
        d.started += b == before.end();
    }
    for (const auto &[tid, b] : before) {
        if (!after.count(tid)) {
            ++d.ended;
            ++d.sum.scheduled;
            ++d.sum.voluntary;
        }
    }
    d.threads = int(after.size());
    return d;
}

void benchIdle(const Options &o, const Profile &profile, const Xvfb *xvfb, Report &report)
{
    struct Run {
        std::string subject, platform;
        pid_t pid;
        fs::path stats;
        ThreadSample before, after;
    };
    std::vector<Run> runs;
    // All four idle at once: they sleep, so they do not disturb each other, and the section
    // takes one idle period instead of four.
    for (const std::string &platform : o.platforms) {
        for (const auto &[name, path] : {std::pair{std::string("app"), o.app}, std::pair{std::string("baseline"), o.baseline}}) {
            Env env = platformEnv(profile, platform, xvfb);
            const fs::path statsFile = profile.home / ("idle-" + name + "-" + platform + ".tsv");
            env["ARIA_BENCH_IDLE_STATS"] = statsFile;
            // The app's window (2 s .. 2 s + idle + 1.5 s) encloses ours (2.5 s .. 2.5 s + idle), so
            // writing its counts happens after our last sample.
            env["ARIA_BENCH_IDLE_MS"] = std::to_string(o.idleSeconds * 1000 + 1500);
            runs.push_back({name, platform, spawn({path}, env), statsFile, {}, {}});
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));  // start-up is over; the app's counter runs
    for (Run &r : runs)
        r.before = sampleThreads(r.pid);
    std::cerr << "idle: " << o.idleSeconds << " s" << std::flush;
    std::this_thread::sleep_for(std::chrono::seconds(o.idleSeconds));
    std::cerr << '\n';
    for (Run &r : runs)
        r.after = sampleThreads(r.pid);
    for (Run &r : runs) {
        if (r.subject == "app") {  // let it write its counts
            const auto deadline = Clock::now() + std::chrono::seconds(5);
            while (!fs::exists(r.stats) && Clock::now() < deadline)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        stop(r.pid);
    }

    for (const std::string &platform : o.platforms) {
        std::map<std::string, const Run *> by;
        for (const Run &r : runs)
            if (r.platform == platform)
                by[r.subject] = &r;
        auto one = [](double v) { return Stats{v, v}; };
        const ThreadDelta app = delta(by["app"]->before, by["app"]->after);
        const ThreadDelta base = delta(by["baseline"]->before, by["baseline"]->after);
        const std::string secs = std::to_string(o.idleSeconds) + " s";
        report.rows.push_back({"idle " + secs + ": CPU time", platform, "ms", one(app.sum.cpuMs), one(base.sum.cpuMs),
                               "", 0, "info"});
        report.rows.push_back({"idle " + secs + ": wakeups (times scheduled)", platform, "", one(double(app.sum.scheduled)),
                               one(double(base.sum.scheduled)), "", 0, "info"});
        report.rows.push_back({"idle " + secs + ": voluntary ctx switches", platform, "", one(double(app.sum.voluntary)),
                               one(double(base.sum.voluntary)), "", 0, "info"});
        auto threads = [](const ThreadDelta &d) {
            return std::to_string(d.threads) + " threads" + (d.started ? ", " + std::to_string(d.started) + " started" : "") +
                   (d.ended ? ", " + std::to_string(d.ended) + " ended" : "");
        };

        // What woke the app's GUI thread, from its own counter.
        const std::string counted = readFile(by["app"]->stats);
        std::istringstream lines(counted);
        long long total = 0;
        std::vector<std::pair<long long, std::string>> kinds;
        for (std::string line; std::getline(lines, line);) {
            const auto fields = split(line, '\t');
            if (fields.size() == 3) {
                total += std::stoll(fields[0]);
                kinds.push_back({std::stoll(fields[0]), fields[1] + " → " + fields[2]});
            }
        }
        std::sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        std::string detail;
        const size_t shown = std::min<size_t>(kinds.size(), 8);  // the top ones say what keeps it awake
        for (size_t i = 0; i < shown; ++i)
            detail += "  - " + std::to_string(kinds[i].first) + " × " + kinds[i].second + '\n';
        if (kinds.size() > shown)
            detail += "  - … " + std::to_string(kinds.size() - shown) + " more kinds\n";
        std::string note = "idle (" + platform + "): app " + threads(app) + ", baseline " + threads(base) +
                           "; the app's GUI thread delivered " + std::to_string(total) + " events in its window";
        if (counted.empty())
            note += " — no counter file (app without app/idleeventcounter?)";
        report.notes.push_back(note + (detail.empty() ? "" : ":\n" + detail));
    }
    report.notes.push_back(
        "idle: five connected integrations seeded by aria-bench-seed (outbox empty), " + std::to_string(o.idleSeconds) +
        " s window starting 2.5 s after start. CPU time and wakeups (\"times scheduled\") are summed over all threads "
        "from /proc/<pid>/task/*/schedstat (ns on CPU, number of timeslices run); voluntary context switches from "
        "/proc/<pid>/task/*/status; a thread that ends inside the window counts as one wakeup. The app's own "
        "counter (app/idleeventcounter.h, ARIA_BENCH_IDLE_STATS) names the events its GUI thread delivered. perf was not used (no perf_event access assumed on CI). Goal: nothing "
        "but the scheduled sync; the seeded profile is not signed in to Supabase, so no sync is scheduled and the goal is zero wakeups.");
}

// Rows 4 and 5 run in-process in aria-bench-flows (bench/flowbench.cpp) against the local peers;
// it prints "key value" lines, collected here by key.
std::map<std::string, std::vector<double>> runFlows(const Options &o, const Profile &profile,
                                                    const std::vector<std::string> &args)
{
    std::map<std::string, std::vector<double>> out;
    if (o.flows.empty())
        die("--flows is required for connect and sync");
    const fs::path log = profile.home / "flows.out";
    Env env = profile.env;
    env["QT_QPA_PLATFORM"] = "offscreen";
    std::vector<std::string> argv{o.flows};
    argv.insert(argv.end(), args.begin(), args.end());
    const pid_t pid = spawn(argv, env, log.string());
    const auto e = waitFor(pid, std::chrono::minutes(10));
    if (!e) {
        stop(pid);
        die("aria-bench-flows timed out");
    }
    if (!WIFEXITED(e->status) || WEXITSTATUS(e->status) != 0)
        die("aria-bench-flows failed (run it by hand for its messages): " + o.flows);
    std::istringstream in(readFile(log));
    for (std::string key; in >> key;) {
        double v;
        in >> v;
        out[key].push_back(v);
    }
    return out;
}

Row absolute(const std::string &metric, const std::vector<double> &v)
{
    return {metric, "offscreen", "ms", stats(v), {}, "", 0, "info (no baseline)"};
}

void benchConnect(const Options &o, const Profile &profile, const Xvfb *, Report &report)
{
    auto m = runFlows(o, profile, {"connect", std::to_string(o.runs)});
    const Stats card = stats(m["connect.callback_to_card_ms"]), floor = stats(m["connect.floor_get_account_ms"]);
    report.rows.push_back(absolute("connect: callback -> model row Active", m["connect.callback_to_model_ms"]));
    report.rows.push_back(absolute("connect: callback -> card connected", m["connect.callback_to_card_ms"]));
    report.rows.push_back(absolute("connect: floor = GET /connected_accounts/{id} alone", m["connect.floor_get_account_ms"]));
    report.rows.push_back(absolute("connect: same GET through ComposioClient alone", m["connect.client_get_account_ms"]));
    report.rows.push_back(absolute("connect: one SQLite upsert of a row alone", m["connect.store_upsert_ms"]));
    report.notes.push_back(
        "connect: " + std::to_string(o.runs) + " runs (+1 warm-up) of the Composio flow in one process (aria-bench-flows): "
        "ConnectionManager + ComposioConnector against the simulator (tests/peers/composio), the real loopback listener, "
        "a QNetworkAccessManager following the consent page's redirect as the browser; a ConnectionsModel observes the "
        "store and an offscreen IntegrationCard is given the row and repainted. Timed from the listener's "
        "callbackReceived to the model's dataChanged with status Active, and on to the end of the card's repaint(). "
        "The bare Qt baseline has no equivalent, so these are absolute times; the floor is the simulator's own "
        "GET /connected_accounts/{id} round trip (the one call the flow makes between callback and store), timed alone "
        "on a warm connection, and the same GET made through the app's ComposioClient (what the flow calls); the flow's other step, storing the row, is timed alone as one ConnectionStore::upsert "
        "(a committed SQLite transaction) into the same database. Median overhead above the floor: " + fmt(card.median - floor.median) + " ms (" +
        fmt(card.median / floor.median, 2) + "x the floor).");
}

void benchSync(const Options &o, const Profile &profile, const Xvfb *, Report &report)
{
    const int runs = std::max(3, o.runs / 2);  // each run starts nothing new; 1,000 rows take a while
    std::string all;
    for (int n : {1, 5, 1000}) {
        auto m = runFlows(o, profile, {"sync", std::to_string(runs), std::to_string(n)});
        const int batch = m["sync.batch_size"].empty() ? 100 : int(m["sync.batch_size"].front());
        const int expected = (n + batch - 1) / batch;
        const Stats push = stats(m["sync.push_requests"]);
        const auto &every = m["sync.all_requests"];
        const auto [fewest, most] = std::minmax_element(every.begin(), every.end());
        const auto &pushes = m["sync.push_requests"];
        const bool met = !pushes.empty() && std::all_of(pushes.begin(), pushes.end(),
                                                       [&](double v) { return int(v) == expected; });
        const std::string name = "sync push of " + std::to_string(n) + " rows";
        report.rows.push_back({name + ": push requests", "-", "req", push, {},
                               "ceil(" + std::to_string(n) + "/" + std::to_string(batch) + ") = " + std::to_string(expected),
                               0, met ? "met" : "MISSED"});
        report.rows.push_back({name + ": cycle time", "-", "ms", stats(m["sync.ms"]), {}, "", 0, "info (no baseline)"});
        all += " " + std::to_string(n) + " rows: " + (every.empty() ? std::string("–") : fmt(*fewest, 0) + "–" + fmt(*most, 0)) + ";";
    }
    report.notes.push_back(
        "sync: aria-bench-flows signs in to the local Supabase-compatible peer (tests/peers/supabase, PostgreSQL 15) "
        "with a fresh user, writes N rows to the store (a warm-up cycle inserts them), then per run changes all N and "
        "times SyncEngine::syncNow() to syncFinished (" + std::to_string(runs) + " runs). "
        "Push requests = POST /rest/v1/user_integrations counted from the peer's request log; the goal is one "
        "request per batch of SyncEngine::Timing::batchSize rows, i.e. ceil(N/batchSize). The cycle also pulls "
        "(GET since the cursor), so all requests per cycle were, min–max:" + all +
        " Cycle time is absolute (the baseline has no sync).");
}

// Row 6: bench/framebench.cpp (bench_frames, --frames) animates the window offscreen and prints a
// Markdown table per scenario: frames, p50 and p99 interval, p50 and p99 paint time. It runs a
// few times (the machine is shared: a busy neighbour shows up as a late frame); the row gives
// the best and the median p99 over the runs, the note the whole last table.
void benchFrames(const Options &o, const Profile &profile, const Xvfb *, Report &report)
{
    if (o.frames.empty())
        die("--frames is required for frames");
    const int runs = std::clamp(o.runs, 1, 3);
    std::map<std::string, std::vector<double>> p99, p50, paint99;
    std::vector<std::string> order;
    std::string last;
    for (int run = 0; run < runs; ++run) {
        const fs::path log = profile.home / "frames.out";
        Env env = profile.env;
        env["QT_QPA_PLATFORM"] = "offscreen";
        const pid_t pid = spawn({o.frames}, env, log.string());
        const auto e = waitFor(pid, std::chrono::minutes(5));
        if (!e) {
            stop(pid);
            die("bench_frames timed out");
        }
        if (!WIFEXITED(e->status) || WEXITSTATUS(e->status) != 0)
            die("bench_frames failed (run it by hand for its messages): " + o.frames);
        last = readFile(log);
        std::istringstream in(last);
        for (std::string line; std::getline(in, line);) {
            // | scenario | frames | p50 ms | p99 ms | paint50 | paint99 | smooth |
            std::vector<std::string> cols;
            std::istringstream cells(line);
            for (std::string c; std::getline(cells, c, '|');) {
                c.erase(0, c.find_first_not_of(' '));
                c.erase(c.find_last_not_of(' ') + 1);
                cols.push_back(c);
            }
            if (cols.size() < 8 || cols[2].empty() || !std::isdigit(static_cast<unsigned char>(cols[2][0])))
                continue;
            const std::string &name = cols[1];
            if (!p99.count(name))
                order.push_back(name);
            p50[name].push_back(std::stod(cols[3]));
            p99[name].push_back(std::stod(cols[4]));
            paint99[name].push_back(std::stod(cols[6]));
        }
    }
    for (const std::string &name : order) {
        const Stats s = stats(p99[name]);
        report.rows.push_back({"frame interval p99: " + name, "offscreen", "ms", s, {}, "<= 16.7 ms", 0,
                               s.median <= 16.7 ? "met" : "MISSED"});
        report.rows.push_back({"frame interval p50: " + name, "offscreen", "ms", stats(p50[name]), {}, "", 0, "info"});
        report.rows.push_back({"paint time p99: " + name, "offscreen", "ms", stats(paint99[name]), {}, "", 0, "info"});
    }
    report.notes.push_back(
        "frames: bench_frames (bench/framebench.cpp) from the same Release tree, " + std::to_string(runs) +
        " runs: a 1200x1900 offscreen window with 12 cards in the connecting state animating for 3 s per scenario; "
        "an interval is the time between two deliveries of UpdateRequest to the window (one frame: paint + flush), "
        "paint time is the time spent in that delivery; min and median over the runs of each run's p99 / p50. "
        "The last run's full output:\n\n" + last);
}

bool wanted(const Options &o, const std::string &section)
{
    return o.only.empty() || std::find(o.only.begin(), o.only.end(), section) != o.only.end();
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                die("missing value for " + a);
            return argv[++i];
        };
        if (a == "--app") o.app = value();
        else if (a == "--baseline") o.baseline = value();
        else if (a == "--seed") o.seed = value();
        else if (a == "--results") o.results = value();
        else if (a == "--flows") o.flows = value();
        else if (a == "--frames") o.frames = value();
        else if (a == "--runs") o.runs = std::stoi(value());
        else if (a == "--warmup") o.warmup = std::stoi(value());
        else if (a == "--idle-seconds") o.idleSeconds = std::stoi(value());
        else if (a == "--platforms") o.platforms = split(value(), ',');
        else if (a == "--only") o.only = split(value(), ',');
        else die("unknown option " + a + "\nusage: aria-bench --app P --baseline P --seed P [--runs N] [--warmup N] "
                 "[--idle-seconds S] [--platforms offscreen,xcb] [--only start,idle,connect,sync,frames] [--results FILE] "
                 "[--flows P] [--frames P]");
    }
    if (o.app.empty() || o.baseline.empty() || o.seed.empty())
        die("--app, --baseline and --seed are required");
    return o;
}

}  // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    std::unique_ptr<Xvfb> xvfb;
    if (std::find(o.platforms.begin(), o.platforms.end(), "xcb") != o.platforms.end())
        xvfb = std::make_unique<Xvfb>();
    const SessionBus bus;
    const Profile profile = makeProfile(o, bus);

    Report report;
    const std::vector<std::pair<std::string, std::function<void(const Options &, const Profile &, const Xvfb *, Report &)>>>
        sections{{"start", benchStart}, {"idle", benchIdle}, {"connect", benchConnect}, {"sync", benchSync},
                 {"frames", benchFrames}};
    for (const auto &[name, run] : sections)
        if (wanted(o, name))
            run(o, profile, xvfb.get(), report);

    std::cout << table(report, false) << '\n';
    for (const std::string &n : report.notes)
        std::cout << n << "\n";

    if (!o.results.empty()) {
        std::ofstream md(o.results);
        md << "# Benchmark results\n\n"
           << "Latest `make bench` (bench/runner.cpp): aria-integrations against the bare Qt Widgets hello world "
              "in bench/baseline/, both from the same Release build tree.\n\n"
           << machine() << "- Repetitions: " << o.runs << " per program and platform (+" << o.warmup
           << " warm-up); idle window " << o.idleSeconds << " s\n\n"
           << table(report, true) << '\n';
        for (const std::string &n : report.notes)
            md << n << "\n\n";
        md << "Where the app's extra start-up cost comes from, and how to re-run that analysis: "
              "[README.md](README.md#findings-qt-642-2-shared-cores-see-resultsmd-for-the-latest-numbers).\n";
    }
    fs::remove_all(profile.home);
    return 0;
}
