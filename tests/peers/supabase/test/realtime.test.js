// Runs the official @supabase/realtime-js (2.109.0, the version supabase-js 2.109.0 ships, on
// Node 20 with the `ws` transport) against the local Realtime endpoint: join and the echoed
// bindings, changes of one's own rows, never another user's (even unfiltered: row-level
// security decides), DELETE with the primary key only, a new access token keeping the channel,
// an expired one closing it with an error, and both wire versions (1.0.0 objects, 2.0.0 arrays).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const WebSocket = require('ws');
const { createClient } = require('@supabase/supabase-js');
const { RealtimeClient } = require('@supabase/realtime-js');
const { startEndpoint } = require('../server');

let ep;
const log = [];
const clients = [];
const sb = () => createClient(ep.url, ep.anonKey, {
  auth: { persistSession: false, autoRefreshToken: false },
  realtime: { transport: WebSocket },
});

test.before(async () => { ep = await startEndpoint({ onEvent: (e) => log.push(e) }); });
test.after(async () => {
  for (const rt of clients) rt.disconnect();
  await ep.stop();
});

async function user(email) {
  const c = sb();
  const up = await c.auth.signUp({ email, password: 'correct horse battery' });
  assert.equal(up.error, null);
  const { data, error } = await c.auth.signInWithPassword({ email, password: 'correct horse battery' });
  assert.equal(error, null);
  await c.auth.setSession({ access_token: data.session.access_token, refresh_token: data.session.refresh_token });
  return { client: c, session: data.session, id: data.user.id };
}

async function token(email) {
  const { data, error } = await sb().auth.signInWithPassword({ email, password: 'correct horse battery' });
  assert.equal(error, null);
  return data.session.access_token;
}

const until = async (what, predicate, ms = 10000) => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

// A channel as the app opens it; returns what arrives on it.
function subscribe(accessToken, { filter, vsn = '1.0.0', name = 'user_integrations' } = {}) {
  const rt = new RealtimeClient(`${ep.url}/realtime/v1`, { params: { apikey: ep.anonKey }, transport: WebSocket, vsn });
  clients.push(rt);
  rt.setAuth(accessToken);
  const got = { changes: [], system: [], states: [], errors: [], rt };
  const binding = { event: '*', schema: 'public', table: 'user_integrations' };
  if (filter) binding.filter = filter;
  got.channel = rt.channel(name)
    .on('postgres_changes', binding, (p) => got.changes.push(p))
    .on('system', {}, (p) => got.system.push(p))
    .subscribe((status, err) => { got.states.push(status); if (err) got.errors.push(err.message); });
  return got;
}

const row = (userId, type) => ({
  user_id: userId, integration_type: type, mode: 'composio', composio_connection_id: `ca_${type}`,
  display_name: `${type}@example.com`, status: 'active', updated_at: new Date().toISOString(),
});

test('own changes arrive, another user\'s never do, DELETE carries the primary key only', async () => {
  const a = await user('rt-a@example.com');
  const b = await user('rt-b@example.com');
  const mine = subscribe(a.session.access_token, { filter: `user_id=eq.${a.id}` });
  const other = subscribe(b.session.access_token, { filter: `user_id=eq.${b.id}` });
  const nosy = subscribe(b.session.access_token); // no filter: only RLS stands between
  await until('three subscriptions', () => [mine, other, nosy].every((s) => s.states.includes('SUBSCRIBED')));
  await until('"Subscribed to PostgreSQL"', () => [mine, other, nosy].every((s) =>
    s.system.some((m) => m.extension === 'postgres_changes' && m.status === 'ok' && m.message === 'Subscribed to PostgreSQL')));

  const ins = await a.client.from('user_integrations').insert(row(a.id, 'gmail'));
  assert.equal(ins.error, null);
  await until('INSERT', () => mine.changes.length === 1);
  const change = mine.changes[0];
  assert.equal(change.eventType, 'INSERT');
  assert.equal(change.schema, 'public');
  assert.equal(change.table, 'user_integrations');
  assert.equal(change.new.integration_type, 'gmail');
  const id = change.new.id;
  assert.equal(change.new.user_id, a.id);
  assert.ok(change.commit_timestamp);

  const upd = await a.client.from('user_integrations').update({ status: 'expired', updated_at: new Date().toISOString() }).eq('id', id);
  assert.equal(upd.error, null);
  await until('UPDATE', () => mine.changes.length === 2);
  assert.equal(mine.changes[1].eventType, 'UPDATE');
  assert.equal(mine.changes[1].new.status, 'expired');
  assert.deepEqual(Object.keys(mine.changes[1].old), ['id']);

  // B's own change reaches B (both channels), never A.
  const insB = await b.client.from('user_integrations').insert(row(b.id, 'hubspot'));
  assert.equal(insB.error, null);
  await until('B\'s INSERT', () => other.changes.length === 1 && nosy.changes.length === 1);
  assert.equal(other.changes[0].new.user_id, b.id);

  const del = await a.client.from('user_integrations').delete().eq('id', id);
  assert.equal(del.error, null);
  await until('DELETE', () => mine.changes.length === 3);
  assert.equal(mine.changes[2].eventType, 'DELETE');
  assert.deepEqual(mine.changes[2].old, { id: id });

  // Nothing of A's row ever reached B: B saw its own INSERT and at most A's DELETE, which
  // carries only the id (Supabase cannot filter deletes under RLS).
  for (const s of [other, nosy]) {
    for (const c of s.changes) {
      if (c.eventType === 'DELETE') assert.deepEqual(c.new, {});
      else assert.equal(c.new.user_id, b.id);
    }
  }
  assert.ok(mine.changes.every((c) => c.eventType === 'DELETE' || c.new.user_id === a.id));
});

test('the 2.0.0 wire format (arrays) works the same', async () => {
  const a = await user('rt-v2@example.com');
  const s = subscribe(a.session.access_token, { filter: `user_id=eq.${a.id}`, vsn: '2.0.0' });
  await until('subscribed', () => s.states.includes('SUBSCRIBED'));
  await a.client.from('user_integrations').insert(row(a.id, 'salesforce'));
  await until('INSERT', () => s.changes.length === 1);
  assert.equal(s.changes[0].new.integration_type, 'salesforce');
});

test('a join with an expired token is refused with Supabase\'s reason', async () => {
  ep.setAccessTokenTtl(1);
  await user('rt-expired@example.com');
  const old = await token('rt-expired@example.com');
  ep.setAccessTokenTtl(3600);
  await new Promise((r) => setTimeout(r, 1100));
  const s = subscribe(old);
  await until('CHANNEL_ERROR', () => s.states.includes('CHANNEL_ERROR'));
  assert.match(s.errors[0], /InvalidJWTToken: Token has expired \d+ seconds ago/);
  assert.ok(!s.states.includes('SUBSCRIBED'));
});

test('the token expiring on an open channel closes it with an error; a new token keeps it', async () => {
  await user('rt-ttl@example.com');
  ep.setAccessTokenTtl(2);
  const shortA = await token('rt-ttl@example.com');
  const shortB = await token('rt-ttl@example.com');
  ep.setAccessTokenTtl(3600);
  const fresh = await token('rt-ttl@example.com');
  const dies = subscribe(shortA, { name: 'dies' });
  const lives = subscribe(shortB, { name: 'lives' });
  await until('subscribed', () => dies.states.includes('SUBSCRIBED') && lives.states.includes('SUBSCRIBED'));
  await lives.rt.setAuth(fresh); // sends access_token on the channel, as the app does
  await until('access_token seen', () => log.some((e) => e.what === 'access_token' && e.topic === 'realtime:lives'));
  await until('the expiry', () => dies.states.includes('CLOSED'), 6000);
  const err = dies.system.find((m) => m.status === 'error');
  assert.ok(err, 'a system error before the close');
  assert.equal(err.extension, 'system');
  assert.match(err.message, /^Token has expired \d+ seconds ago$/);
  assert.ok(!lives.states.includes('CLOSED'), 'the channel with the new token stays');
  assert.ok(!log.some((e) => e.what === 'closed' && e.topic === 'realtime:lives'));
});

test('the WebSocket wants the project key; heartbeats are answered', async () => {
  const refused = await new Promise((resolve) => {
    const ws = new WebSocket(`${ep.url.replace('http', 'ws')}/realtime/v1/websocket?vsn=1.0.0`);
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode));
    ws.on('open', () => resolve('open'));
    ws.on('error', () => {});
  });
  assert.equal(refused, 401);
  const reply = await new Promise((resolve, reject) => {
    const ws = new WebSocket(`${ep.url.replace('http', 'ws')}/realtime/v1/websocket?apikey=${ep.anonKey}&vsn=1.0.0`);
    ws.on('open', () => ws.send(JSON.stringify({ topic: 'phoenix', event: 'heartbeat', payload: {}, ref: '7' })));
    ws.on('message', (d) => { resolve(JSON.parse(d)); ws.close(); });
    ws.on('error', reject);
  });
  assert.deepEqual(reply, { topic: 'phoenix', event: 'phx_reply', payload: { status: 'ok', response: {} }, ref: '7', join_ref: null });
});
