// Supabase Realtime's postgres_changes for the local endpoint, on the same PostgreSQL.
// Wire protocol: Phoenix channels over a WebSocket at /realtime/v1/websocket?apikey=&vsn=
// (1.0.0: JSON objects {topic,event,payload,ref,join_ref}; 2.0.0: arrays
// [join_ref,ref,topic,event,payload]), as supabase/realtime's RealtimeChannel answers them:
//   phx_join {config:{postgres_changes:[{event,schema,table,filter}]}, access_token}
//     -> phx_reply ok {postgres_changes:[...each binding with a server id]}, then a `system`
//        message "Subscribed to PostgreSQL"; a bad token -> phx_reply error {reason}.
//   access_token {access_token} -> the channel's claims change; a bad one closes the channel.
//   The token's exp passes -> `system` {status:"error", message:"Token has expired ..."} and
//   phx_close, as Supabase's confirm_token timer does.
//   heartbeat on topic "phoenix" -> phx_reply ok.
// Change capture: real Supabase decodes the WAL of the tables in the `supabase_realtime`
// publication. Here an AFTER trigger on each of those tables (added when the endpoint starts)
// sends the row through pg_notify, so a table outside the publication sends nothing, as there.
// Each INSERT/UPDATE goes to a subscriber only if the subscriber's role and claims can SELECT
// the row through row-level security (checked in SQL with the table's real policies, on the
// row as committed; Supabase checks the WAL's version - the same for a table whose owner
// column never changes). With RLS on, DELETE carries the primary key only and is sent to every
// binding of the table, unfiltered, as Supabase documents.
'use strict';
const crypto = require('node:crypto');
const { Client } = require('pg');
const { WebSocketServer } = require('ws');
const jwt = require('./jwt');

const CHANNEL = 'aria_realtime_changes';
const OPS = { eq: (a, b) => a === b, neq: (a, b) => a !== b, lt: (a, b) => cmp(a, b) < 0,
  lte: (a, b) => cmp(a, b) <= 0, gt: (a, b) => cmp(a, b) > 0, gte: (a, b) => cmp(a, b) >= 0 };

function cmp(a, b) {
  const x = Number(a), y = Number(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

// "column=op.value" (Supabase's filter syntax; `in.(a,b)` too). null when malformed.
function parseFilter(text) {
  if (text === undefined || text === null || text === '') return { test: () => true };
  const m = /^([a-zA-Z0-9_]+)=(eq|neq|lt|lte|gt|gte|in)\.(.*)$/.exec(String(text));
  if (!m) return null;
  const [, column, op, value] = m;
  if (op === 'in') {
    const list = /^\((.*)\)$/.exec(value);
    if (!list) return null;
    const values = list[1].split(',').map((v) => v.trim().replace(/^"(.*)"$/, '$1'));
    return { test: (row) => row && values.includes(stringOf(row[column])) };
  }
  return { test: (row) => row && row[column] !== undefined && OPS[op](stringOf(row[column]), value) };
}

const stringOf = (v) => (v === null || v === undefined ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));

// A stable integer per binding, as Supabase's :erlang.phash2(params).
function bindingId(params) {
  return crypto.createHash('sha256').update(JSON.stringify(params)).digest().readUInt32BE(0) % 134217728;
}

// Token checks with Supabase Realtime's messages: { claims } or { reason }.
function checkToken(token, secret) {
  if (typeof token !== 'string' || !token) return { reason: 'InvalidJWTToken: Fields `role` and `exp` are required in JWT' };
  const v = jwt.verify(token, secret);
  if (v.error === 'malformed') return { reason: 'MalformedJWT: The token provided is not a valid JWT' };
  if (v.error === 'signature') return { reason: 'JwtSignatureError: Failed to validate JWT signature' };
  if (v.error === 'expired') {
    const ago = Math.max(0, Math.floor(Date.now() / 1000) - v.claims.exp);
    return { reason: `InvalidJWTToken: Token has expired ${ago} seconds ago`, expired: true };
  }
  if (typeof v.claims.exp !== 'number' || !v.claims.role) return { reason: 'InvalidJWTToken: Fields `role` and `exp` are required in JWT' };
  return { claims: v.claims };
}

class Realtime {
  // pg: the cluster (connect()); pool: the authenticator's pool, for RLS checks.
  constructor({ pg, pool, jwtSecret, keys, onEvent }) {
    this.pg = pg;
    this.pool = pool;
    this.jwtSecret = jwtSecret;
    this.keys = keys;
    this.onEvent = onEvent || (() => {});
    this.wss = new WebSocketServer({ noServer: true });
    this.channels = new Set(); // { ws, topic, joinRef, bindings, claims, timer, vsn }
    this.tables = new Map(); // "schema.table" -> { columns, primaryKey }
    this.queue = Promise.resolve();
  }

  async start() {
    this.listener = new Client(this.pg.connect('postgres'));
    await this.listener.connect();
    await this.listener.query(`
      create schema if not exists aria_peer;
      create or replace function aria_peer.realtime_notify() returns trigger
      language plpgsql security definer set search_path = '' as $fn$
      begin
        perform pg_notify('${CHANNEL}', jsonb_build_object(
          'schema', tg_table_schema, 'table', tg_table_name, 'type', tg_op,
          'commit_timestamp', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          'record', case when tg_op <> 'DELETE' then to_jsonb(new) end,
          'old_record', case when tg_op <> 'INSERT' then to_jsonb(old) end)::text);
        return null;
      end $fn$;`);
    const { rows } = await this.listener.query(
      "select schemaname, tablename from pg_publication_tables where pubname = 'supabase_realtime'");
    for (const { schemaname, tablename } of rows) {
      const qualified = `${JSON.stringify(schemaname)}.${JSON.stringify(tablename)}`;
      await this.listener.query(`drop trigger if exists aria_peer_realtime on ${qualified};
        create trigger aria_peer_realtime after insert or update or delete on ${qualified}
        for each row execute function aria_peer.realtime_notify()`);
      const cols = await this.listener.query(
        `select a.attname as name, t.typname as type from pg_attribute a join pg_type t on t.oid = a.atttypid
         where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`, [qualified]);
      const pk = await this.listener.query(
        `select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
         where i.indrelid = $1::regclass and i.indisprimary`, [qualified]);
      this.tables.set(`${schemaname}.${tablename}`, { qualified, columns: cols.rows, primaryKey: pk.rows.map((r) => r.attname) });
    }
    this.listener.on('notification', (n) => {
      if (n.channel !== CHANNEL) return;
      // One at a time: subscribers get changes in commit order, as from the WAL.
      const change = JSON.parse(n.payload);
      this.queue = this.queue.then(() => this.fanOut(change))
        .catch((e) => this.onEvent({ event: 'realtime-error', message: String(e && e.message) }));
    });
    await this.listener.query(`listen ${CHANNEL}`);
  }

  async stop() {
    for (const ch of this.channels) clearTimeout(ch.timer);
    for (const ws of this.wss.clients) ws.terminate();
    if (this.listener) await this.listener.end().catch(() => {});
  }

  // From the HTTP server's 'upgrade' event; false when the path is not Realtime's.
  handleUpgrade(req, socket, head) {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== '/realtime/v1/websocket') return false;
    const key = url.searchParams.get('apikey') || req.headers.apikey;
    if (!this.keys.includes(key)) {
      const body = JSON.stringify({ message: key ? 'Invalid API key' : 'No API key found in request' });
      socket.end(`HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return true;
    }
    const vsn = url.searchParams.get('vsn') || '1.0.0';
    if (vsn !== '1.0.0' && vsn !== '2.0.0') {
      socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return true;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, vsn, key));
    return true;
  }

  attach(ws, vsn, apikey) {
    const send = (topic, event, payload, ref = null, joinRef = null) => {
      if (ws.readyState !== ws.OPEN) return;
      ws.send(JSON.stringify(vsn === '2.0.0' ? [joinRef, ref, topic, event, payload]
        : { topic, event, payload, ref, join_ref: joinRef }));
    };
    const mine = () => [...this.channels].filter((c) => c.ws === ws);
    ws.on('message', (data, isBinary) => {
      let msg;
      try {
        if (isBinary) throw new Error('binary');
        const m = JSON.parse(data.toString('utf8'));
        msg = Array.isArray(m) ? { join_ref: m[0], ref: m[1], topic: m[2], event: m[3], payload: m[4] } : m;
      } catch { return; } // Phoenix drops frames it cannot decode
      const { topic, event, payload = {}, ref = null } = msg;
      const joinRef = msg.join_ref ?? null;
      const reply = (status, response) => send(topic, 'phx_reply', { status, response }, ref, joinRef);
      if (topic === 'phoenix' && event === 'heartbeat') return reply('ok', {});
      const channel = mine().find((c) => c.topic === topic);
      if (event === 'phx_join') {
        if (channel) this.close(channel, false);
        return this.join(ws, send, msg, apikey);
      }
      if (!channel) return reply('error', { reason: 'unmatched topic' });
      if (event === 'phx_leave') {
        reply('ok', {});
        return this.close(channel, true);
      }
      if (event === 'access_token') return this.refresh(channel, payload.access_token);
      // Anything else on a joined channel (broadcast, presence) is not part of this peer.
    });
    ws.on('close', () => { for (const c of mine()) this.close(c, false); });
    ws.on('error', () => {});
  }

  join(ws, send, msg, apikey) {
    const { topic, payload = {}, ref = null } = msg;
    const joinRef = msg.join_ref ?? ref;
    const reply = (status, response) => send(topic, 'phx_reply', { status, response }, ref, joinRef);
    if (!/^realtime:.+/.test(topic || '')) return reply('error', { reason: 'TopicNameRequired: You must provide a topic name' });
    const token = payload.access_token || payload.user_token || apikey;
    const checked = checkToken(token, this.jwtSecret);
    if (!checked.claims) {
      this.onEvent({ event: 'realtime', what: 'join-refused', topic, reason: checked.reason });
      return reply('error', { reason: checked.reason });
    }
    const requested = (payload.config && Array.isArray(payload.config.postgres_changes)) ? payload.config.postgres_changes : [];
    const bindings = requested.filter(Boolean).map((p) => ({ params: p, id: bindingId(p), filter: parseFilter(p.filter) }));
    const name = topic.slice('realtime:'.length);
    const channel = { ws, send, topic, name, joinRef, bindings, claims: checked.claims, timer: null };
    this.channels.add(channel);
    this.armExpiry(channel);
    reply('ok', { postgres_changes: bindings.map((b) => ({ ...b.params, id: b.id })) });
    this.onEvent({ event: 'realtime', what: 'join', topic, sub: checked.claims.sub || null });
    if (!bindings.length) return;
    const bad = bindings.find((b) => !b.filter);
    if (bad) return this.system(channel, 'postgres_changes', 'error', `Error parsing \`filter\` params: ${JSON.stringify(bad.params.filter)}`);
    this.system(channel, 'postgres_changes', 'ok', 'Subscribed to PostgreSQL');
  }

  system(channel, extension, status, message) {
    channel.send(channel.topic, 'system', { extension, status, message, channel: channel.name }, null, channel.joinRef);
  }

  // Supabase re-checks the token when its exp passes and stops the channel.
  armExpiry(channel) {
    clearTimeout(channel.timer);
    const ms = Math.max(0, channel.claims.exp * 1000 - Date.now());
    channel.timer = setTimeout(() => this.shutdown(channel,
      `Token has expired ${Math.max(0, Math.floor(Date.now() / 1000) - channel.claims.exp)} seconds ago`),
    Math.min(ms, 2 ** 31 - 1));
  }

  refresh(channel, token) {
    if (typeof token !== 'string' || token.startsWith('sb_')) return;
    const checked = checkToken(token, this.jwtSecret);
    if (!checked.claims) return this.shutdown(channel, checked.reason.replace(/^[A-Za-z]+: /, ''));
    channel.claims = checked.claims;
    this.armExpiry(channel);
    this.onEvent({ event: 'realtime', what: 'access_token', topic: channel.topic });
  }

  shutdown(channel, message) {
    this.system(channel, 'system', 'error', message.replace(/^InvalidJWTToken: /, ''));
    this.onEvent({ event: 'realtime', what: 'closed', topic: channel.topic, reason: message });
    this.close(channel, true);
  }

  close(channel, tellClient) {
    clearTimeout(channel.timer);
    this.channels.delete(channel);
    if (tellClient) channel.send(channel.topic, 'phx_close', {}, channel.joinRef, channel.joinRef);
  }

  async fanOut(change) {
    const table = this.tables.get(`${change.schema}.${change.table}`);
    if (!table) return;
    const pkOnly = (row) => (row ? Object.fromEntries(table.primaryKey.map((k) => [k, row[k]])) : {});
    const data = {
      schema: change.schema, table: change.table, commit_timestamp: change.commit_timestamp,
      type: change.type, columns: table.columns, errors: null,
      record: change.type === 'DELETE' ? {} : change.record,
      // Default replica identity: the old row's primary key only.
      old_record: change.type === 'INSERT' ? undefined : pkOnly(change.old_record),
    };
    if (data.old_record === undefined) delete data.old_record;
    for (const channel of [...this.channels]) {
      const ids = channel.bindings.filter((b) => b.filter
        && (b.params.event === '*' || b.params.event === change.type)
        && (b.params.schema === change.schema || b.params.schema === '*')
        && (b.params.table === undefined || b.params.table === '*' || b.params.table === change.table)
        && (change.type === 'DELETE' || b.filter.test(change.record))).map((b) => b.id);
      if (!ids.length) continue;
      if (change.type !== 'DELETE' && !(await this.visible(channel.claims, table, change.record))) continue;
      if (!this.channels.has(channel)) continue;
      channel.send(channel.topic, 'postgres_changes', { ids, data }, null, channel.joinRef);
      this.onEvent({ event: 'realtime', what: 'change', topic: channel.topic, sub: channel.claims.sub || null, type: change.type });
    }
  }

  // Can these claims SELECT the row through row-level security (the table's real policies)?
  async visible(claims, table, record) {
    if (!['anon', 'authenticated', 'service_role'].includes(claims.role)) return false;
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query("select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)",
        [claims.role, JSON.stringify(claims)]);
      const where = table.primaryKey.map((k, i) => `${JSON.stringify(k)}::text = $${i + 1}`).join(' and ');
      const { rowCount } = await client.query(`select 1 from ${table.qualified} where ${where}`,
        table.primaryKey.map((k) => stringOf(record[k])));
      return rowCount > 0;
    } catch {
      return false; // no privilege on the table: nothing to see
    } finally {
      await client.query('rollback').catch(() => {});
      client.release();
    }
  }
}

module.exports = { Realtime, parseFilter };
