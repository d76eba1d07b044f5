// The GoTrue (Supabase Auth) subset the app uses, on the real auth schema: password sign-in,
// rotating refresh tokens (a replayed, already used one fails and ends the session, as GoTrue
// does once its reuse interval has passed; within it, the session's current token comes back), logout, the current user, and sign-up for test setup.
'use strict';
const crypto = require('node:crypto');
const jwt = require('./jwt');

function authError(status, errorCode, msg) {
  return { status, body: { code: status, error_code: errorCode, msg } };
}

function userJson(u) {
  return {
    id: u.id, aud: u.aud, role: u.role, email: u.email,
    email_confirmed_at: u.email_confirmed_at, phone: '', confirmed_at: u.email_confirmed_at,
    last_sign_in_at: u.last_sign_in_at, app_metadata: u.raw_app_meta_data,
    user_metadata: u.raw_user_meta_data, identities: [], created_at: u.created_at,
    updated_at: u.updated_at, is_anonymous: false,
  };
}

class GoTrue {
  constructor(pool, cfg) {
    this.pool = pool;
    this.cfg = cfg;  // { jwtSecret, issuer, accessTokenTtl (s), refreshReuseInterval (s) }
  }

  // A session response; issues a new refresh token unless an existing one is given.
  async session(client, user, sessionId, parent, existingRefresh) {
    const refresh = existingRefresh || crypto.randomBytes(9).toString('base64url');
    if (!existingRefresh) {
      await client.query(
        'insert into auth.refresh_tokens (token, user_id, revoked, parent, session_id) values ($1,$2,false,$3,$4)',
        [refresh, user.id, parent || null, sessionId]);
    }
    const now = Math.floor(Date.now() / 1000);
    const ttl = this.cfg.accessTokenTtl;
    const claims = {
      aud: 'authenticated', exp: now + ttl, iat: now, iss: this.cfg.issuer, sub: user.id,
      email: user.email, phone: '', app_metadata: user.raw_app_meta_data,
      user_metadata: user.raw_user_meta_data, role: 'authenticated', aal: 'aal1',
      amr: [{ method: 'password', timestamp: now }], session_id: sessionId,
      is_anonymous: false,
    };
    return {
      access_token: jwt.sign(claims, this.cfg.jwtSecret), token_type: 'bearer', expires_in: ttl,
      expires_at: now + ttl, refresh_token: refresh, user: userJson(user),
    };
  }

  async tx(fn) {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const out = await fn(client);
      await client.query('commit');
      return out;
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally { client.release(); }
  }

  async newSession(client, user) {
    const sessionId = crypto.randomUUID();
    await client.query('insert into auth.sessions (id, user_id) values ($1,$2)', [sessionId, user.id]);
    await client.query('update auth.users set last_sign_in_at = now() where id = $1', [user.id]);
    return this.session(client, user, sessionId, null);
  }

  async signup({ email, password }) {
    if (!email || !password) return authError(400, 'validation_failed', 'Signup requires a valid password');
    return this.tx(async (c) => {
      const exists = await c.query('select 1 from auth.users where email = $1', [email]);
      if (exists.rowCount) return authError(422, 'user_already_exists', 'User already registered');
      const { rows } = await c.query(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
           raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at)
         values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
           $1, crypt($2, gen_salt('bf', 4)), now(), '{"provider":"email","providers":["email"]}', '{}',
           false, now(), now()) returning *`, [email, password]);
      return { status: 200, body: await this.newSession(c, rows[0]) };
    });
  }

  async password({ email, password }) {
    return this.tx(async (c) => {
      const { rows } = await c.query(
        'select * from auth.users where email = $1 and encrypted_password = crypt($2, encrypted_password)',
        [email || '', password || '']);
      if (!rows.length) return authError(400, 'invalid_credentials', 'Invalid login credentials');
      return { status: 200, body: await this.newSession(c, rows[0]) };
    });
  }

  async refresh({ refresh_token: token }) {
    if (!token) return authError(400, 'validation_failed', 'refresh_token required');
    return this.tx(async (c) => {
      const { rows } = await c.query(
        'select * from auth.refresh_tokens where token = $1 for update', [token]);
      if (!rows.length) return authError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
      const rt = rows[0];
      const users = await c.query('select * from auth.users where id = $1', [rt.user_id]);
      if (rt.revoked) {
        const age = (Date.now() - new Date(rt.updated_at).getTime()) / 1000;
        const active = await c.query(
          'select token from auth.refresh_tokens where session_id = $1 and not revoked order by id desc limit 1',
          [rt.session_id]);
        if (age < this.cfg.refreshReuseInterval && active.rows.length) {
          // Within the reuse interval (a client that crashed before saving the rotated
          // token): GoTrue answers with the session's current token instead of rotating.
          const session = await this.session(c, users.rows[0], rt.session_id, null, active.rows[0].token);
          return { status: 200, body: session };
        }
        // Reuse of a rotated token: treat it as stolen and end the whole session.
        await c.query('delete from auth.sessions where id = $1', [rt.session_id]);
        return authError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used');
      }
      await c.query('update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1', [rt.id]);
      return { status: 200, body: await this.session(c, users.rows[0], rt.session_id, rt.token) };
    });
  }

  async logout(claims, scope) {
    return this.tx(async (c) => {
      if (scope === 'local') await c.query('delete from auth.sessions where id = $1', [claims.session_id]);
      else if (scope === 'others') await c.query('delete from auth.sessions where user_id = $1 and id <> $2', [claims.sub, claims.session_id]);
      else await c.query('delete from auth.sessions where user_id = $1', [claims.sub]);
      return { status: 204 };
    });
  }

  async user(claims) {
    const { rows } = await this.pool.query(
      'select u.* from auth.users u join auth.sessions s on s.user_id = u.id where u.id = $1 and s.id = $2',
      [claims.sub, claims.session_id]);
    if (!rows.length) return authError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
    return { status: 200, body: userJson(rows[0]) };
  }

  // The user's JWT from the Authorization header, or an error response.
  bearer(req) {
    const m = /^Bearer (.+)$/i.exec(req.headers.authorization || '');
    if (!m) return { error: authError(401, 'no_authorization', 'This endpoint requires a Bearer token') };
    const v = jwt.verify(m[1], this.cfg.jwtSecret);
    if (v.error === 'expired') return { error: authError(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired') };
    if (v.error) return { error: authError(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature') };
    if (!v.claims.sub || !v.claims.session_id) return { error: authError(403, 'bad_jwt', 'invalid claim: missing sub claim') };
    return { claims: v.claims };
  }

  async handle(req, url, body) {
    const p = url.pathname.replace(/^\/auth\/v1/, '');
    if (req.method === 'POST' && p === '/signup') return this.signup(body || {});
    if (req.method === 'POST' && p === '/token') {
      const grant = url.searchParams.get('grant_type');
      if (grant === 'password') return this.password(body || {});
      if (grant === 'refresh_token') return this.refresh(body || {});
      return authError(400, 'unsupported_grant_type', 'unsupported_grant_type');
    }
    if ((req.method === 'POST' && p === '/logout') || (req.method === 'GET' && p === '/user')) {
      const b = this.bearer(req);
      if (b.error) return b.error;
      return p === '/logout' ? this.logout(b.claims, url.searchParams.get('scope') || 'global') : this.user(b.claims);
    }
    return authError(404, 'not_found', 'Not found');
  }
}

module.exports = { GoTrue };
