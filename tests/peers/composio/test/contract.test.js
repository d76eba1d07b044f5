// Runs the official @composio/client (2.0.0-rc.6, generated from Composio's v3.1 OpenAPI spec)
// against the simulator for every request shape the app (core/composio/composioclient.cpp) and
// the Edge Function (supabase/functions/composio) send: auth configs list/create, link,
// retrieve, list by user with cursor and by id, revoke, delete; and checks each answer has the
// fields the spec requires, the statuses it names, and errors as the client classifies them.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawn } = require('node:child_process');

const KEY = 'contract-test-key';
let sim;
let origin;
let Composio;
let errors;

async function start() {
  sim = spawn(process.execPath, [path.join(__dirname, '..', 'server.js'), '--api-key', KEY], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    sim.stdout.once('data', (d) => resolve(Number(String(d).trim())));
    sim.once('exit', (code) => reject(new Error(`simulator exited (${code})`)));
  });
  origin = `http://127.0.0.1:${port}`;
}

const client = (apiKey = KEY) => new Composio({ apiKey, baseURL: origin, maxRetries: 0, logLevel: 'off' });
const admin = async (method, p, body) => {
  const r = await fetch(origin + p, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  return r.json();
};

const STATUSES = ['INITIALIZING', 'INITIATED', 'ACTIVE', 'FAILED', 'EXPIRED', 'INACTIVE', 'REVOKED'];

// The fields GET /api/v3.1/connected_accounts/{nanoid} and the list's items must have.
function assertAccount(a) {
  for (const k of ['toolkit', 'auth_config', 'id', 'word_id', 'alias', 'user_id', 'status', 'created_at',
    'updated_at', 'state', 'data', 'status_reason', 'is_disabled', 'params']) {
    assert.ok(k in a, `account lacks ${k}`);
  }
  assert.equal(typeof a.toolkit.slug, 'string');
  for (const k of ['id', 'auth_scheme', 'is_composio_managed', 'is_disabled']) assert.ok(k in a.auth_config, `auth_config lacks ${k}`);
  assert.ok(STATUSES.includes(a.status), a.status);
  assert.ok(['PRIVATE', 'SHARED'].includes(a.experimental.account_type));
}

function assertPage(p) {
  for (const k of ['items', 'total_pages', 'current_page', 'total_items']) assert.ok(k in p, `page lacks ${k}`);
  assert.ok(p.next_cursor === null || typeof p.next_cursor === 'string');
}

test.before(async () => {
  ({ Composio, ...errors } = await import('@composio/client'));
  await start();
});
test.after(() => { sim.kill('SIGTERM'); });
test.beforeEach(async () => { await admin('POST', '/_admin/reset'); await admin('POST', '/_admin/config', { apiKey: KEY }); });

test('auth configs: list by toolkit, create a Composio-managed one', async () => {
  const c = client();
  const empty = await c.authConfigs.list({ toolkit_slug: 'gmail' });
  assertPage(empty);
  assert.equal(empty.items.length, 0);
  const created = await c.authConfigs.create({ toolkit: { slug: 'gmail' }, auth_config: { type: 'use_composio_managed_auth' } });
  assert.equal(created.toolkit.slug, 'gmail');
  for (const k of ['id', 'auth_scheme', 'is_composio_managed']) assert.ok(k in created.auth_config, k);
  const listed = await c.authConfigs.list({ toolkit_slug: 'gmail' });
  assert.equal(listed.items.length, 1);
  const item = listed.items[0];
  for (const k of ['id', 'uuid', 'type', 'toolkit', 'name', 'status', 'no_of_connections', 'tool_access_config']) assert.ok(k in item, `auth config lacks ${k}`);
  assert.equal(item.id, created.auth_config.id);
  assert.ok(['ENABLED', 'DISABLED'].includes(item.status));
  assert.equal((await c.authConfigs.list({ toolkit_slug: 'outlook' })).items.length, 0);
});

test('link, consent, retrieve, revoke, delete', async () => {
  const c = client();
  const { auth_config } = await c.authConfigs.create({ toolkit: { slug: 'googlecalendar' }, auth_config: { type: 'use_composio_managed_auth' } });
  const link = await c.link.create({ auth_config_id: auth_config.id, user_id: 'user-1', callback_url: 'http://127.0.0.1:45999/cb' });
  for (const k of ['link_token', 'redirect_url', 'expires_at', 'connected_account_id']) assert.equal(typeof link[k], 'string', k);
  let a = await c.connectedAccounts.retrieve(link.connected_account_id);
  assertAccount(a);
  assert.equal(a.status, 'INITIATED');
  assert.equal(a.user_id, 'user-1');
  // The browser at the consent page: back to the callback with the account id.
  const consent = await fetch(link.redirect_url, { redirect: 'manual' });
  assert.equal(consent.status, 302);
  const back = new URL(consent.headers.get('location'));
  assert.equal(back.origin, 'http://127.0.0.1:45999');
  assert.equal(back.searchParams.get('connected_account_id'), link.connected_account_id);
  a = await c.connectedAccounts.retrieve(link.connected_account_id);
  assert.equal(a.status, 'ACTIVE');
  const revoked = await c.connectedAccounts.revoke(link.connected_account_id);
  assert.deepEqual(revoked.connected_account, { id: link.connected_account_id, status: 'REVOKED' });
  assert.ok(revoked.revoked_tokens.length > 0);
  // Revoking again is fine: nothing left to revoke.
  assert.deepEqual((await c.connectedAccounts.revoke(link.connected_account_id)).revoked_tokens, []);
  assert.equal((await c.connectedAccounts.delete(link.connected_account_id)).success, true);
  await assert.rejects(c.connectedAccounts.retrieve(link.connected_account_id), (e) => {
    assert.ok(e instanceof errors.NotFoundError);
    assert.equal(e.status, 404);
    for (const k of ['message', 'code', 'slug', 'status', 'request_id']) assert.ok(k in e.error.error, `envelope lacks ${k}`);
    return true;
  });
});

test('list by user follows next_cursor; by id; PRIVATE unless asked', async () => {
  const c = client();
  await admin('POST', '/_admin/config', { pageSize: 2 });
  const ids = [];
  for (let i = 0; i < 5; i++) ids.push((await admin('POST', '/_admin/accounts', { toolkit: 'hubspot', user_id: 'u-a' })).id);
  await admin('POST', '/_admin/accounts', { toolkit: 'hubspot', user_id: 'u-b' });
  const shared = (await admin('POST', '/_admin/accounts', { toolkit: 'hubspot', user_id: 'u-a', account_type: 'SHARED' })).id;
  const seen = [];
  let cursor;
  for (let pages = 0; pages < 10; pages++) {
    const page = await c.connectedAccounts.list({ user_ids: ['u-a'], limit: 100, cursor });
    assertPage(page);
    page.items.forEach(assertAccount);
    seen.push(...page.items.map((a) => a.id));
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  assert.deepEqual(seen.sort(), [...ids].sort());
  const all = await c.connectedAccounts.list({ user_ids: ['u-a'], account_type: 'ALL', limit: 100 });
  assert.equal(all.total_items, 6);
  const byId = await c.connectedAccounts.list({ user_ids: ['u-a'], connected_account_ids: [ids[3]] });
  assert.deepEqual(byId.items.map((a) => a.id), [ids[3]]);
  const notTheirs = await c.connectedAccounts.list({ user_ids: ['u-b'], connected_account_ids: [ids[3]] });
  assert.equal(notTheirs.items.length, 0);
  const sharedOnly = await c.connectedAccounts.list({ account_type: 'SHARED' });
  assert.deepEqual(sharedOnly.items.map((a) => a.id), [shared]);
  assert.equal(sharedOnly.items[0].experimental.account_type, 'SHARED');
});

test('INITIALIZING becomes INITIATED; disabling makes INACTIVE, which cannot be revoked', async () => {
  const c = client();
  await admin('POST', '/_admin/config', { initializingMs: 150 });
  const { auth_config } = await c.authConfigs.create({ toolkit: { slug: 'gmail' }, auth_config: { type: 'use_composio_managed_auth' } });
  const link = await c.link.create({ auth_config_id: auth_config.id, user_id: 'u', callback_url: 'http://127.0.0.1:45999/cb' });
  assert.equal((await c.connectedAccounts.retrieve(link.connected_account_id)).status, 'INITIALIZING');
  await new Promise((r) => setTimeout(r, 200));
  assert.equal((await c.connectedAccounts.retrieve(link.connected_account_id)).status, 'INITIATED');

  const id = (await admin('POST', '/_admin/accounts', { toolkit: 'gmail', user_id: 'u' })).id;
  await c.connectedAccounts.updateStatus(id, { enabled: false });
  assert.equal((await c.connectedAccounts.retrieve(id)).status, 'INACTIVE');
  assert.deepEqual((await c.connectedAccounts.list({ statuses: ['INACTIVE'] })).items.map((a) => a.id), [id]);
  await assert.rejects(c.connectedAccounts.revoke(id), (e) => e instanceof errors.ConflictError);
  await c.connectedAccounts.updateStatus(id, { enabled: true });
  assert.equal((await c.connectedAccounts.retrieve(id)).status, 'ACTIVE');
});

test('revoke exists under /api/v3.1 only', async () => {
  const id = (await admin('POST', '/_admin/accounts', { toolkit: 'gmail', user_id: 'u' })).id;
  const v3 = await fetch(`${origin}/api/v3/connected_accounts/${id}/revoke`, { method: 'POST', headers: { 'x-api-key': KEY } });
  assert.equal(v3.status, 404);
  assert.equal((await client().connectedAccounts.retrieve(id)).status, 'ACTIVE');
});

test('errors: 429 with Retry-After (Composio\'s plain body), 401 for a wrong key, 5xx', async () => {
  const c = client();
  await admin('POST', '/_admin/faults', { path: '^/connected_accounts$', status: 429, retryAfter: 9 });
  await assert.rejects(c.connectedAccounts.list({ user_ids: ['u'] }), (e) => {
    assert.ok(e instanceof errors.RateLimitError);
    assert.equal(e.headers.get('retry-after'), '9');
    assert.equal(e.headers.get('x-ratelimit-remaining'), '0');
    assert.match(e.error.message, /^Rate limit exceeded/);
    return true;
  });
  await assert.rejects(client('wrong-key').authConfigs.list({ toolkit_slug: 'gmail' }), (e) => e instanceof errors.AuthenticationError && e.status === 401);
  await admin('POST', '/_admin/faults', { status: 503 });
  await assert.rejects(c.authConfigs.list({ toolkit_slug: 'gmail' }), (e) => e instanceof errors.InternalServerError && e.error.error.status === 503);
});
