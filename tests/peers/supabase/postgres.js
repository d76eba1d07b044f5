// A throwaway PostgreSQL 15 cluster in a temporary folder: initdb, start on a free port
// bound to 127.0.0.1 (socket in the same folder), apply Supabase's bootstrap and the app's
// migrations, and remove everything on stop(). initdb refuses to run as root, so as root
// the server runs as the `postgres` user through runuser.
'use strict';
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const BIN = process.env.ARIA_PG_BIN || '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid && process.getuid() === 0;

function asPgUser(cmd, args, opts = {}) {
  const file = path.join(BIN, cmd);
  return asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args], opts] : [file, args, opts];
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startPostgres({ migrationsDir, migrationsUntil } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aria-pg-'));
  fs.chmodSync(dir, 0o700);
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  execFileSync(...asPgUser('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8',
    '--locale=C.UTF-8', '--no-sync'], { stdio: 'ignore' }));
  const port = await freePort();
  const postgres = spawn(...asPgUser('postgres', ['-D', data, '-p', String(port), '-k', dir,
    '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'timezone=UTC',
    '-c', 'log_min_messages=warning'], { stdio: ['ignore', 'ignore', 'pipe'] }));
  // A watchdog that outlives nothing: when this process dies in any way (even SIGKILL), its
  // pipe closes, `cat` returns, and the cluster is stopped and deleted.
  const watchdog = spawn('sh', ['-c', 'cat >/dev/null; sleep 0.2; kill -QUIT "$(head -1 "$1/postmaster.pid" 2>/dev/null)" 2>/dev/null; sleep 1; rm -rf "$2"',
    'sh', data, dir], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  watchdog.unref();
  watchdog.stdin.unref();
  let log = '';
  postgres.stderr.on('data', (d) => { log += d; });
  const exited = new Promise((resolve) => postgres.once('exit', resolve));

  const connect = (user = 'postgres', database = 'postgres') => ({ host: dir, port, user, database });
  for (let i = 0; ; i++) {
    const c = new Client(connect());
    try { await c.connect(); await c.end(); break; } catch (e) {
      if (i > 150 || postgres.exitCode !== null) throw new Error(`postgres did not start: ${e.message}\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const admin = new Client(connect());
  await admin.connect();
  await admin.query(fs.readFileSync(path.join(__dirname, 'bootstrap.sql'), 'utf8'));
  const migrations = migrationsDir || path.join(__dirname, '..', '..', '..', 'supabase', 'migrations');
  // Every migration, oldest first, as `supabase db push` applies them: by the 14-digit
  // timestamp that starts each name (a name without one would sort anywhere: refuse it).
  // migrationsUntil: only the migrations up to that file name (a server not upgraded yet).
  const files = fs.readdirSync(migrations).filter((f) => f.endsWith('.sql')).sort();
  const unordered = files.filter((f) => !/^\d{14}_/.test(f));
  if (unordered.length) throw new Error(`migrations without a <14-digit timestamp>_ prefix: ${unordered.join(', ')}`);
  for (const file of files.filter((f) => !migrationsUntil || f <= migrationsUntil))
    await admin.query(fs.readFileSync(path.join(migrations, file), 'utf8'));
  await admin.end();

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (postgres.exitCode === null) {
      // Signal the postmaster itself (runuser does not pass signals on); immediate shutdown
      // is fine for a cluster that is deleted next.
      try {
        const pid = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(pid, 'SIGQUIT');
      } catch { postgres.kill('SIGQUIT'); }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (postgres.exitCode === null) postgres.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // Best effort when the owner dies without calling stop().
  process.once('exit', () => {
    if (stopped) return;
    try { process.kill(Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGQUIT'); } catch {}
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { port, socketDir: dir, connect, stop };
}

module.exports = { startPostgres };
