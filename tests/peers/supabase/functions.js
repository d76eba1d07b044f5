// Edge Functions for the local Supabase endpoint: runs supabase/functions/<name>/index.ts under
// the real Deno (the npm package in tests/peers/deno) and stands in for Supabase's gateway:
//   /functions/v1/<name>/<rest>  ->  the function, which sees the path /<name>/<rest>
// with verify_jwt on, as deployed by default: the bearer must be a JWT signed with the
// project's secret and not expired (the anon key passes; whether it is a *user* is the
// function's business). The gateway wants no apikey header for functions.
// Each function gets the environment of this process (its "secrets", e.g. COMPOSIO_API_KEY)
// plus SUPABASE_URL and SUPABASE_ANON_KEY, as on Supabase. Its stdout and stderr lines are
// reported as {"event":"function-log","name","stream","line"}.
'use strict';
const http = require('node:http');
const path = require('node:path');
const fs = require('node:fs');
const { spawn, execFileSync } = require('node:child_process');
const jwt = require('./jwt');

const REPO = path.resolve(__dirname, '..', '..', '..');
const DENO = process.env.ARIA_DENO || path.join(REPO, 'tests', 'peers', 'deno', 'node_modules', '.bin', 'deno');

// npm: imports resolve through npm's configured registry, whatever it is on this machine.
function npmRegistry() {
  if (process.env.NPM_CONFIG_REGISTRY) return process.env.NPM_CONFIG_REGISTRY;
  try {
    return execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  } catch { return ''; }
}

class Functions {
  constructor({ names, url, anonKey, jwtSecret, onEvent }) {
    this.names = names;
    this.url = url;
    this.anonKey = anonKey;
    this.jwtSecret = jwtSecret;
    this.onEvent = onEvent;
    this.running = new Map();  // name -> { child, port }
  }

  // Starts every function and waits until each listens (or fails with its output).
  async start() {
    // DENO_DIR: the caller's (under the build folder); otherwise next to the installed Deno.
    const denoDir = process.env.DENO_DIR || path.join(REPO, 'tests', 'peers', 'deno', 'node_modules', '.deno-dir');
    fs.mkdirSync(denoDir, { recursive: true });
    const registry = npmRegistry();
    await Promise.all(this.names.map((name) => this.startOne(name, denoDir, registry)));
  }

  startOne(name, denoDir, registry) {
    const dir = path.join(REPO, 'supabase', 'functions', name);
    const args = ['run', '-A', '--no-config', '--no-prompt'];
    if (fs.existsSync(path.join(dir, 'deno.lock'))) args.push(`--lock=${path.join(dir, 'deno.lock')}`, '--frozen');
    args.push(path.join(dir, 'index.ts'));
    const env = {
      ...process.env, SUPABASE_URL: this.url, SUPABASE_ANON_KEY: this.anonKey, PORT: '0', HOST: '127.0.0.1',
      DENO_DIR: denoDir, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1',
    };
    if (registry) env.NPM_CONFIG_REGISTRY = registry;
    // A folder without package.json, or Deno switches to node_modules resolution.
    const child = spawn(DENO, args, { cwd: denoDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const entry = { child, port: 0 };
    this.running.set(name, entry);
    return new Promise((resolve, reject) => {
      const output = [];
      const lines = (stream) => {
        let buf = '';
        child[stream].setEncoding('utf8');
        child[stream].on('data', (d) => {
          buf += d;
          let nl;
          while ((nl = buf.indexOf('\n')) >= 0) {
            const line = buf.slice(0, nl);
            buf = buf.slice(nl + 1);
            output.push(line);
            this.onEvent({ event: 'function-log', name, stream, line });
            let o = null;
            try { o = JSON.parse(line); } catch { /* not a JSON line */ }
            if (!entry.port && o && o.event === 'listening' && o.port) {
              entry.port = o.port;
              resolve();
            }
          }
        });
      };
      lines('stdout');
      lines('stderr');
      child.on('error', (e) => reject(new Error(`cannot run ${DENO}: ${e.message}`)));
      child.on('exit', (code) => {
        entry.exited = true;
        if (!entry.port) reject(new Error(`function ${name} exited (${code}) before listening:\n${output.slice(-20).join('\n')}`));
      });
    });
  }

  // The gateway: { status, body } for a refusal, or null after proxying the request to res.
  async handle(req, res, url, body) {
    const m = /^\/functions\/v1\/([^/?]+)(\/.*)?$/.exec(url.pathname);
    const fn = m && this.running.get(m[1]);
    if (!fn) return { status: 404, body: { code: 'NOT_FOUND', message: 'Requested function was not found' } };
    const auth = /^Bearer (.+)$/i.exec(req.headers.authorization || '');
    if (!auth) return { status: 401, body: { msg: 'Missing authorization header' } };
    if (jwt.verify(auth[1], this.jwtSecret).error) return { status: 401, body: { msg: 'Invalid JWT' } };
    if (fn.exited) return { status: 503, body: { code: 'BOOT_ERROR', message: 'Function failed to start (please check logs)' } };
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    if (body.length) headers['content-length'] = String(body.length);
    return new Promise((resolve) => {
      const out = http.request({
        host: '127.0.0.1', port: fn.port, method: req.method,
        path: `/${m[1]}${m[2] || ''}${url.search}`, headers,
      }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
        answer.on('end', () => resolve({ proxied: answer.statusCode }));
      });
      out.on('error', (e) => resolve({ status: 502, body: { code: 'FUNCTION_ERROR', message: `the function did not answer: ${e.message}` } }));
      out.end(body);
    });
  }

  async stop() {
    await Promise.all([...this.running.values()].map(({ child, exited }) => new Promise((r) => {
      if (exited || child.exitCode !== null) return r();
      child.once('exit', () => r());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    })));
  }
}

module.exports = { Functions };
