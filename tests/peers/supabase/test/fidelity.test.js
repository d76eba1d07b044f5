// Runs the official @supabase/supabase-js against the local endpoint for every request shape
// the app sends (sign-in, refresh, incremental select, batch upsert, update, logout) and checks
// row-level security both through the endpoint and directly in SQL as the authenticated role.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createClient } = require('@supabase/supabase-js');
const { startEndpoint } = require('../server');
const jwt = require('../jwt');

// Node 20 has no global WebSocket; the realtime client is never used here, it only must exist.
class NoWebSocket { constructor() { throw new Error('realtime is not used in these tests'); } }

let ep;
const log = [];
const client = () => createClient(ep.url, ep.anonKey, {
  auth: { persistSession: false, autoRefreshToken: false },
  realtime: { transport: NoWebSocket },
});

test.before(async () => { ep = await startEndpoint({ onEvent: (e) => log.push(e) }); });
test.after(async () => { await ep.stop(); });

async function signUp(email) {
  const { data, error } = await client().auth.signUp({ email, password: 'correct horse battery' });
  assert.equal(error, null);
  return data.user.id;
}

async function signedIn(email) {
  const sb = client();
  const { data, error } = await sb.auth.signInWithPassword({ email, password: 'correct horse battery' });
  assert.equal(error, null);
  return { sb, session: data.session };
}

const row = (userId, type, updatedAt, extra = {}) => ({
  id: crypto.randomUUID(), user_id: userId, integration_type: type, connection_key: type, mode: 'composio',
  composio_connection_id: `ca_${type}`, composio_account_id: '', display_name: `${type}@example.com`,
  status: 'active', last_sync_at: null, sync_status: 'success', error_message: '', metadata: { n: 1 },
  created_at: updatedAt, updated_at: updatedAt, ...extra,
});

test('sign-in, refresh rotation, replay and logout behave like GoTrue', async () => {
  await signUp('rotate@example.com');
  const bad = await client().auth.signInWithPassword({ email: 'rotate@example.com', password: 'wrong' });
  assert.equal(bad.error.status, 400);
  assert.equal(bad.error.code, 'invalid_credentials');

  const { sb, session } = await signedIn('rotate@example.com');
  assert.equal(session.token_type, 'bearer');
  assert.ok(session.expires_at > Date.now() / 1000);
  assert.equal(session.user.email, 'rotate@example.com');
  const claims = jwt.verify(session.access_token, ep.jwtSecret).claims;
  assert.equal(claims.role, 'authenticated');
  assert.equal(claims.sub, session.user.id);

  const r1 = await sb.auth.refreshSession({ refresh_token: session.refresh_token });
  assert.equal(r1.error, null);
  assert.notEqual(r1.data.session.refresh_token, session.refresh_token);

  const { data: who } = await client().auth.getUser(r1.data.session.access_token);
  assert.equal(who.user.id, session.user.id);

  // Within the reuse interval a replay gets the session's current token back (no rotation).
  const again = await client().auth.refreshSession({ refresh_token: session.refresh_token });
  assert.equal(again.error, null);
  assert.equal(again.data.session.refresh_token, r1.data.session.refresh_token);

  // After it, replaying the rotated token fails and ends the session (the newer token dies with it).
  ep.setRefreshReuseInterval(0);
  const replay = await client().auth.refreshSession({ refresh_token: session.refresh_token });
  assert.equal(replay.error.status, 400);
  assert.equal(replay.error.code, 'refresh_token_already_used');
  const after = await client().auth.refreshSession({ refresh_token: r1.data.session.refresh_token });
  assert.equal(after.error.code, 'refresh_token_not_found');

  // Logout (scope local, as the app sends it) ends the session.
  const s2 = await signedIn('rotate@example.com');
  await s2.sb.auth.setSession({ access_token: s2.session.access_token, refresh_token: s2.session.refresh_token });
  const out = await s2.sb.auth.signOut({ scope: 'local' });
  assert.equal(out.error, null);
  assert.ok(log.some((e) => e.path.startsWith('/auth/v1/logout?scope=local') && e.status === 204));
  const dead = await client().auth.refreshSession({ refresh_token: s2.session.refresh_token });
  assert.equal(dead.error.code, 'refresh_token_not_found');
  ep.setRefreshReuseInterval(10);
});

test('batch upsert, incremental select, update and stale writes', async () => {
  const uid = await signUp('rows@example.com');
  const { sb } = await signedIn('rows@example.com');
  const t0 = '2026-01-01T10:00:00.000Z';
  const before = log.length;
  const ins = await sb.from('user_integrations')
    .upsert([row(uid, 'gmail', t0), row(uid, 'hubspot', t0)], { onConflict: 'user_id,connection_key' }).select();
  assert.equal(ins.error, null);
  assert.equal(ins.status, 201);
  assert.equal(ins.data.length, 2);
  assert.equal(log.slice(before).filter((e) => e.path.startsWith('/rest/v1/')).length, 1, 'one request per batch');
  const cursor = ins.data.map((r) => r.server_updated_at).sort().at(-1);
  assert.equal(ins.data[0].updated_at, '2026-01-01T10:00:00+00:00');

  // A newer change of one row updates it in place (200, same id), an older one is ignored.
  const t1 = '2026-01-01T11:00:00.123Z';
  const upd = await sb.from('user_integrations')
    .upsert([row(uid, 'gmail', t1, { status: 'disconnected' })], { onConflict: 'user_id,connection_key' }).select();
  assert.equal(upd.error, null);
  assert.equal(upd.status, 200);
  assert.equal(upd.data[0].status, 'disconnected');
  assert.equal(upd.data[0].id, ins.data.find((r) => r.integration_type === 'gmail').id, 'id is kept');
  const stale = await sb.from('user_integrations')
    .upsert([row(uid, 'gmail', t0, { status: 'active' })], { onConflict: 'user_id,connection_key' }).select();
  assert.equal(stale.error, null);
  assert.equal(stale.data[0].status, 'disconnected', 'the newer change stays');
  assert.equal(stale.data[0].updated_at, '2026-01-01T11:00:00.123+00:00');

  // Incremental pull: only what changed after the cursor.
  const inc = await sb.from('user_integrations').select('*').gt('server_updated_at', cursor)
    .order('server_updated_at', { ascending: true }).limit(500);
  assert.equal(inc.error, null);
  assert.deepEqual(inc.data.map((r) => r.integration_type), ['gmail']);
  const full = await sb.from('user_integrations').select('*').order('server_updated_at');
  assert.equal(full.data.length, 2);

  const patch = await sb.from('user_integrations').update({ display_name: 'renamed' }).eq('integration_type', 'hubspot');
  assert.equal(patch.error, null);
  assert.equal(patch.status, 204);
  const del = await sb.from('user_integrations').delete().eq('integration_type', 'hubspot');
  assert.equal(del.status, 204);
  const left = await sb.from('user_integrations').select('integration_type');
  assert.deepEqual(left.data, [{ integration_type: 'gmail' }]);
});

test('an expired JWT gets 401 PGRST303 with WWW-Authenticate', async () => {
  const uid = await signUp('expired@example.com');
  const old = Math.floor(Date.now() / 1000) - 100;
  const token = jwt.sign({ sub: uid, role: 'authenticated', aud: 'authenticated', iat: old - 3600, exp: old }, ep.jwtSecret);
  const sb = createClient(ep.url, ep.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: NoWebSocket },
    global: { headers: { Authorization: `Bearer ${token}` } },
  });
  const res = await sb.from('user_integrations').select('*');
  assert.equal(res.status, 401);
  assert.equal(res.error.code, 'PGRST303');
  assert.equal(res.error.message, 'JWT expired');
  const raw = await fetch(`${ep.url}/rest/v1/user_integrations?select=*`, { headers: { apikey: ep.anonKey, Authorization: `Bearer ${token}` } });
  assert.match(raw.headers.get('www-authenticate'), /invalid_token/);
  assert.deepEqual(Object.keys(await raw.json()).sort(), ['code', 'details', 'hint', 'message']);
});

test('user B never reads or changes user A rows (endpoint and SQL)', async () => {
  const a = await signUp('alice@example.com');
  const b = await signUp('bob@example.com');
  const A = await signedIn('alice@example.com');
  const B = await signedIn('bob@example.com');
  const t = '2026-02-01T09:00:00.000Z';
  assert.equal((await A.sb.from('user_integrations').upsert([row(a, 'salesforce', t)], { onConflict: 'user_id,connection_key' }).select()).error, null);

  assert.deepEqual((await B.sb.from('user_integrations').select('*')).data, []);
  const forged = await B.sb.from('user_integrations').upsert([row(a, 'salesforce', '2030-01-01T00:00:00Z', { status: 'error' })],
    { onConflict: 'user_id,connection_key' }).select();
  assert.equal(forged.status, 403);
  assert.equal(forged.error.code, '42501');
  assert.match(forged.error.message, /row-level security/);
  const patch = await B.sb.from('user_integrations').update({ status: 'error' }).eq('user_id', a).select();
  assert.deepEqual(patch.data, []);
  await B.sb.from('user_integrations').delete().eq('user_id', a);
  const anon = await client().from('user_integrations').select('*');
  assert.equal(anon.status, 401);
  assert.equal(anon.error.code, '42501');

  // Directly in SQL, as the authenticated role with B's claims.
  const c = await ep.adminPool.connect();
  try {
    await c.query('begin');
    await c.query('set local role authenticated');
    await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: b, role: 'authenticated' })]);
    assert.equal((await c.query('select count(*)::int as n from public.user_integrations')).rows[0].n, 0);
    assert.equal((await c.query("update public.user_integrations set status = 'error'")).rowCount, 0);
    assert.equal((await c.query('delete from public.user_integrations')).rowCount, 0);
    await assert.rejects(c.query("insert into public.user_integrations (user_id, integration_type, updated_at) values ($1, 'gmail', now())", [a]),
      (e) => e.code === '42501');
    await c.query('rollback');
    // The legacy claim setting auth.uid() also reads, with the nullif guards.
    await c.query('begin');
    await c.query('set local role authenticated');
    await c.query("select set_config('request.jwt.claim.sub', '', true), set_config('request.jwt.claims', '', true)");
    assert.equal((await c.query('select auth.uid() as u')).rows[0].u, null);
    await c.query("select set_config('request.jwt.claim.sub', $1, true)", [a]);
    assert.equal((await c.query('select count(*)::int as n from public.user_integrations')).rows[0].n, 1);
    await c.query('rollback');
  } finally { c.release(); }

  const still = await A.sb.from('user_integrations').select('*');
  assert.equal(still.data.length, 1);
  assert.equal(still.data[0].status, 'active');
});
