// A local Supabase-compatible endpoint on a throwaway PostgreSQL 15, for tests.
//   ARIA_PEER_MIGRATIONS_UNTIL=<file.sql> applies only the migrations up to that one (an old server).
//   node server.js [--function NAME]...
//                    -> starts PostgreSQL and the endpoint on 127.0.0.1 (port 0) and prints one
//                       JSON line {"event":"ready","url",...}. Every request is logged as a
//                       JSON line {"event":"request","method","path","status"}.
//                       Each --function runs supabase/functions/NAME under Deno behind
//                       /functions/v1/NAME (functions.js); "ready" comes once they listen, and
//                       their output arrives as {"event":"function-log",...} lines.
// Test controls arrive as lines on stdin, each answered with {"event":"ok","command":...}:
//   ttl <seconds>     lifetime of access tokens issued from now on
//   reuse <seconds>   refresh token reuse interval (default 10, as on Supabase)
//   down | up         stop / resume answering HTTP and Realtime (same port), to simulate going
//                     offline (open WebSockets are cut)
//   hold on|off       after a write commits, hold the response until `release`
//   release           answer the held responses
//   fail <status> <n> answer the next n REST requests with that status (before touching SQL)
//   reload            forget the cached table columns (after a migration run through SQL)
// Closing stdin (the test ended or died) stops the endpoint and deletes the database.
'use strict';
const http = require('node:http');
const { Pool } = require('pg');
const jwt = require('./jwt');
const { GoTrue } = require('./gotrue');
const { PostgRest } = require('./postgrest');
const { startPostgres } = require('./postgres');
const { Realtime } = require('./realtime');
const { Functions } = require('./functions');

const JWT_SECRET = 'aria-local-test-jwt-secret-with-at-least-32-characters';

async function startEndpoint(options = {}) {
  const pg = await startPostgres(options);
  const pool = new Pool({ ...pg.connect('authenticator'), max: 8 });
  const adminPool = new Pool({ ...pg.connect('postgres'), max: 4 });
  const now = Math.floor(Date.now() / 1000);
  const anonKey = jwt.sign({ iss: 'supabase', ref: 'local', role: 'anon', iat: now, exp: now + 10 * 365 * 86400 }, JWT_SECRET);
  const serviceKey = jwt.sign({ iss: 'supabase', ref: 'local', role: 'service_role', iat: now, exp: now + 10 * 365 * 86400 }, JWT_SECRET);

  const state = { hold: false, held: [], fail: null, onEvent: options.onEvent || (() => {}) };
  const cfg = { jwtSecret: JWT_SECRET, issuer: '', accessTokenTtl: options.accessTokenTtl || 3600, refreshReuseInterval: options.refreshReuseInterval ?? 10 };  // Supabase's default: 10 s
  // GoTrue owns the auth schema (supabase_auth_admin on Supabase); PostgREST is the authenticator.
  const gotrue = new GoTrue(adminPool, cfg);
  const rest = new PostgRest(pool, {
    jwtSecret: JWT_SECRET,
    onCommitted: () => {
      if (!state.hold) return Promise.resolve();
      state.onEvent({ event: 'held' });
      return new Promise((resolve) => state.held.push(resolve));
    },
  });

  function send(res, out) {
    const headers = { ...(out.headers || {}) };
    let payload = '';
    if (out.raw !== undefined) payload = out.raw;
    else if (out.body !== undefined) payload = JSON.stringify(out.body);
    if (payload) headers['Content-Type'] = 'application/json; charset=utf-8';
    res.writeHead(out.status, headers);
    res.end(payload);
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      let out;
      try {
        if (url.pathname.startsWith('/functions/v1/')) {
          // Functions have their own gateway check (verify_jwt) and want no apikey.
          out = functions ? await functions.handle(req, res, url, Buffer.concat(chunks))
            : { status: 404, body: { code: 'NOT_FOUND', message: 'Requested function was not found' } };
          if (out.proxied) {
            state.onEvent({ event: 'request', method: req.method, path: req.url, status: out.proxied });
            return;
          }
        } else {
        // The API gateway in front of Supabase wants the project's key on every request.
        const key = req.headers.apikey;
        if (!key) out = { status: 401, body: { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' } };
        else if (key !== anonKey && key !== serviceKey) out = { status: 401, body: { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' } };
        else if (url.pathname.startsWith('/auth/v1/')) out = await gotrue.handle(req, url, chunks.length ? JSON.parse(Buffer.concat(chunks)) : {});
        else if (url.pathname.startsWith('/rest/v1/')) {
          if (state.fail && state.fail.n > 0) {
            state.fail.n--;
            out = { status: state.fail.status, body: { message: 'injected failure' } };
          } else out = await rest.handle(req, url, Buffer.concat(chunks).toString('utf8'));
        } else out = { status: 404, body: { message: 'no Route matched with those values' } };
        }
      } catch (e) {
        out = { status: 500, body: { code: 'XX000', details: null, hint: null, message: String(e && e.message) } };
      }
      state.onEvent({ event: 'request', method: req.method, path: req.url, status: out.status });
      send(res, out);
    });
  });
  // Realtime (WebSocket upgrades at /realtime/v1/websocket): realtime.js.
  const realtime = new Realtime({ pg, pool, jwtSecret: JWT_SECRET, keys: [anonKey, serviceKey], onEvent: state.onEvent });
  await realtime.start();
  server.on('upgrade', (req, socket, head) => {
    if (!realtime.handleUpgrade(req, socket, head)) socket.destroy();
  });
  const sockets = new Set();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((r) => server.listen(options.port || 0, '127.0.0.1', r));
  const port = server.address().port;
  const url = `http://127.0.0.1:${port}`;
  cfg.issuer = `${url}/auth/v1`;
  let functions = null;
  if (options.functions && options.functions.length) {
    functions = new Functions({ names: options.functions, url, anonKey, jwtSecret: JWT_SECRET, onEvent: state.onEvent });
    try {
      await functions.start();
    } catch (e) {
      await functions.stop();
      server.close();
      await pool.end(); await adminPool.end(); await pg.stop();
      throw e;
    }
  }

  const api = {
    url, port, anonKey, serviceKey, jwtSecret: JWT_SECRET, pg, adminPool,
    setAccessTokenTtl(s) { cfg.accessTokenTtl = s; },
    setRefreshReuseInterval(s) { cfg.refreshReuseInterval = s; },
    setHold(on) { state.hold = on; },
    release() { const h = state.held; state.held = []; h.forEach((r) => r()); },
    failNext(status, n) { state.fail = { status, n }; },
    reloadSchema() { rest.reloadSchema(); },
    async down() {
      await new Promise((r) => { server.close(() => r()); for (const s of sockets) s.destroy(); });
    },
    async up() { await new Promise((r) => server.listen(port, '127.0.0.1', r)); },
    async stop() {
      api.release();
      if (functions) await functions.stop();
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(() => r()));
      await realtime.stop();
      await pool.end(); await adminPool.end();
      await pg.stop();
    },
  };
  return api;
}

module.exports = { startEndpoint, JWT_SECRET };

if (require.main === module) {
  const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
  const functionNames = process.argv.flatMap((a, i) => (a === '--function' && process.argv[i + 1] ? [process.argv[i + 1]] : []));
  startEndpoint({ onEvent: print, functions: functionNames, migrationsUntil: process.env.ARIA_PEER_MIGRATIONS_UNTIL }).then((ep) => {
    print({ event: 'ready', url: ep.url, port: ep.port, anonKey: ep.anonKey, pgPort: ep.pg.port, pgSocketDir: ep.pg.socketDir });
    let buffer = '';
    let stopping = false;
    const stop = async () => { if (stopping) return; stopping = true; await ep.stop().catch(() => {}); process.exit(0); };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', async (d) => {
      buffer += d;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        const [cmd, a, b] = line.split(/\s+/);
        if (cmd === 'ttl') ep.setAccessTokenTtl(Number(a));
        else if (cmd === 'reuse') ep.setRefreshReuseInterval(Number(a));
        else if (cmd === 'down') await ep.down();
        else if (cmd === 'up') await ep.up();
        else if (cmd === 'hold') ep.setHold(a === 'on');
        else if (cmd === 'release') ep.release();
        else if (cmd === 'fail') ep.failNext(Number(a), Number(b));
        else if (cmd === 'reload') ep.reloadSchema();
        else if (cmd === 'quit') return stop();
        print({ event: 'ok', command: line });
      }
    });
    process.stdin.on('end', stop);
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  }).catch((e) => { process.stderr.write(`supabase peer failed: ${e.stack || e}\n`); process.exit(1); });
}
