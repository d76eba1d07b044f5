// The rules of supabase/migrations on real PostgreSQL (issue 16, finding 8): a future-dated
// updated_at cannot freeze a row (later writes, disconnect tombstones included, still apply;
// rows frozen before the migration are repaired), and signed-in users cannot TRUNCATE the
// table (TRUNCATE ignores row-level security), nor add REFERENCES or TRIGGERs to it.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { createClient } = require('@supabase/supabase-js');
const { startEndpoint } = require('../server');

class NoWebSocket { constructor() { throw new Error('realtime is not used in these tests'); } }

const migrations = path.join(__dirname, '..', '..', '..', '..', 'supabase', 'migrations');
let ep;
const client = () => createClient(ep.url, ep.anonKey, {
  auth: { persistSession: false, autoRefreshToken: false },
  realtime: { transport: NoWebSocket },
});

test.before(async () => { ep = await startEndpoint(); });
test.after(async () => { await ep.stop(); });

async function user(email) {
  const { data, error } = await client().auth.signUp({ email, password: 'correct horse battery' });
  assert.equal(error, null);
  const sb = client();
  const signIn = await sb.auth.signInWithPassword({ email, password: 'correct horse battery' });
  assert.equal(signIn.error, null);
  return { id: data.user.id, sb };
}

const row = (userId, type, updatedAt, extra = {}) => ({
  user_id: userId, integration_type: type, connection_key: type, mode: 'composio', composio_connection_id: `ca_${type}`,
  display_name: `${type}@example.com`, status: 'active', sync_status: 'success', metadata: {},
  created_at: updatedAt, updated_at: updatedAt, ...extra,
});
const upsert = (sb, rows) => sb.from('user_integrations').upsert(rows, { onConflict: 'user_id,connection_key' }).select();
const minutes = (n) => n * 60 * 1000;

test('the migrations apply in order, each named <14-digit timestamp>_<name>.sql', () => {
  const files = fs.readdirSync(migrations).filter((f) => f.endsWith('.sql'));
  for (const f of files) assert.match(f, /^\d{14}_[a-z0-9_]+\.sql$/);
  assert.ok(files.includes('20261207100000_security_round2.sql'));
});

test('a future-dated write is clamped to the server clock, so the next honest write wins', async () => {
  const u = await user('future@example.com');
  const future = '2100-01-01T00:00:00.000Z';
  const first = await upsert(u.sb, [row(u.id, 'gmail', future)]);
  assert.equal(first.error, null);
  const stamped = Date.parse(first.data[0].updated_at);
  assert.ok(Math.abs(stamped - Date.now()) < minutes(5), `clamped to the server clock, got ${first.data[0].updated_at}`);

  // Another device disconnects a moment later with its own (correct) clock: the tombstone applies.
  await new Promise((r) => setTimeout(r, 20));
  const tombstone = await upsert(u.sb, [row(u.id, 'gmail', new Date().toISOString(), { status: 'disconnected' })]);
  assert.equal(tombstone.error, null);
  assert.equal(tombstone.data[0].status, 'disconnected');
  const read = await u.sb.from('user_integrations').select('status').eq('integration_type', 'gmail');
  assert.deepEqual(read.data, [{ status: 'disconnected' }]);

  // Ordinary skew (a clock two minutes ahead) is kept as written: it still orders writes.
  const ahead = new Date(Date.now() + minutes(2)).toISOString();
  const skewed = await upsert(u.sb, [row(u.id, 'hubspot', ahead)]);
  assert.equal(Date.parse(skewed.data[0].updated_at), Date.parse(ahead));
  const older = await upsert(u.sb, [row(u.id, 'hubspot', new Date().toISOString(), { status: 'error' })]);
  assert.equal(older.data[0].status, 'active', 'an older write still loses to a newer one');
});

test('a row frozen before the migration is repaired by it and takes later writes', async () => {
  const u = await user('frozen@example.com');
  assert.equal((await upsert(u.sb, [row(u.id, 'outlook', new Date().toISOString())])).error, null);
  const c = await ep.adminPool.connect();
  try {
    // What the first migration alone let through: a row stamped in 2100.
    await c.query('alter table public.user_integrations disable trigger user_integrations_before_write');
    await c.query("update public.user_integrations set updated_at = '2100-01-01T00:00:00Z' where user_id = $1", [u.id]);
    await c.query('alter table public.user_integrations enable trigger user_integrations_before_write');
    const before = (await c.query('select server_updated_at from public.user_integrations where user_id = $1', [u.id])).rows[0];
    await c.query(fs.readFileSync(path.join(migrations, '20261207100000_security_round2.sql'), 'utf8'));
    const after = (await c.query('select updated_at, server_updated_at from public.user_integrations where user_id = $1', [u.id])).rows[0];
    assert.ok(Math.abs(after.updated_at.getTime() - Date.now()) < minutes(5));
    assert.ok(after.server_updated_at > before.server_updated_at, 'devices pull the repaired row');
  } finally { c.release(); }
  await new Promise((r) => setTimeout(r, 20));
  const tombstone = await upsert(u.sb, [row(u.id, 'outlook', new Date().toISOString(), { status: 'disconnected' })]);
  assert.equal(tombstone.data[0].status, 'disconnected');
});

test('signed-in users and anon cannot TRUNCATE, nor hold REFERENCES or TRIGGER on the table', async () => {
  const a = await user('truncate-a@example.com');
  const b = await user('truncate-b@example.com');
  assert.equal((await upsert(a.sb, [row(a.id, 'salesforce', new Date().toISOString())])).error, null);

  for (const role of ['authenticated', 'anon']) {
    const c = await ep.adminPool.connect();
    try {
      await c.query('begin');
      await c.query(`set local role ${role}`);
      await c.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: b.id, role })]);
      await assert.rejects(c.query('truncate public.user_integrations'), (e) => e.code === '42501', `${role} TRUNCATE`);
      await c.query('rollback');
    } finally { c.release(); }
  }
  const privileges = await ep.adminPool.query(`
      select r.role, p.privilege, has_table_privilege(r.role, 'public.user_integrations', p.privilege) as granted
        from unnest(array['authenticated', 'anon']) as r(role),
             unnest(array['TRUNCATE', 'REFERENCES', 'TRIGGER', 'SELECT', 'INSERT', 'UPDATE', 'DELETE']) as p(privilege)`);
  const granted = privileges.rows.filter((r) => r.granted).map((r) => `${r.role} ${r.privilege}`).sort();
  assert.deepEqual(granted, ['authenticated DELETE', 'authenticated INSERT', 'authenticated SELECT', 'authenticated UPDATE']);

  // User A's row is still there.
  const still = await a.sb.from('user_integrations').select('integration_type');
  assert.deepEqual(still.data, [{ integration_type: 'salesforce' }]);
});
