// The PostgREST subset the app uses, executed by PostgreSQL itself: every request runs in
// one transaction after `SET LOCAL ROLE <role of the JWT>` and set_config('request.jwt.claims'),
// so row-level security is enforced by the database exactly as on Supabase. Responses are
// built by PostgreSQL's own json_agg (same timestamp and number formatting as PostgREST).
'use strict';
const jwt = require('./jwt');

const IDENT = /^[a-z_][a-z0-9_]*$/;
const q = (name) => `"${name}"`;
const ROLES = new Set(['anon', 'authenticated', 'service_role']);

function pgrstError(status, code, message, details = null, hint = null, headers) {
  return { status, body: { code, details, hint, message }, headers };
}

// Maps a PostgreSQL error to PostgREST's HTTP status, as PostgREST does.
function fromPgError(e, role) {
  const c = e.code || '';
  let status = 500;
  if (c === '42501') status = role === 'anon' ? 401 : 403;
  else if (c === '23505' || c === '23503') status = 409;
  else if (c === '42P01' || c === '42883') status = 404;
  else if (c.startsWith('22') || c.startsWith('23') || c === '42703' || c === '42P10' || c === 'P0001') status = 400;
  else if (c === '25006') status = 405;
  else if (c.startsWith('08') || c.startsWith('53')) status = 503;
  return pgrstError(status, c, e.message, e.detail || null, e.hint || null);
}

const OPS = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=', like: 'like', ilike: 'ilike' };

class PostgRest {
  constructor(pool, cfg) {
    this.pool = pool;
    this.cfg = cfg;  // { jwtSecret, onCommitted(req) -> promise }
    this.columns = new Map();
  }

  // Forgets the cached columns, as PostgREST's NOTIFY pgrst, 'reload schema' does.
  reloadSchema() { this.columns.clear(); }

  async tableColumns(table) {
    if (!this.columns.has(table)) {
      const { rows } = await this.pool.query(
        `select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
         join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relname = $1 and c.relkind in ('r','v') and a.attnum > 0 and not a.attisdropped`,
        [table]);
      this.columns.set(table, rows.length ? new Set(rows.map((r) => r.attname)) : null);
    }
    return this.columns.get(table);
  }

  // The role and claims of the request, or a 401 shaped like PostgREST's.
  authenticate(req) {
    const m = /^Bearer (.+)$/i.exec(req.headers.authorization || '');
    if (!m) return { role: 'anon', claims: { role: 'anon' } };
    const v = jwt.verify(m[1], this.cfg.jwtSecret);
    if (v.error === 'expired')
      return { error: pgrstError(401, 'PGRST303', 'JWT expired', null, null,
        { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="JWT expired"' }) };
    if (v.error === 'malformed')
      return { error: pgrstError(401, 'PGRST301', `Expected 3 parts in JWT; got ${v.parts}`, null, null,
        { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="Expected 3 parts in JWT"' }) };
    if (v.error)
      return { error: pgrstError(401, 'PGRST301', 'No suitable key or wrong key type', null, null,
        { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="No suitable key or wrong key type"' }) };
    const role = v.claims.role || 'anon';
    if (!ROLES.has(role)) return { error: pgrstError(401, '22023', `role "${role}" does not exist`) };
    return { role, claims: v.claims };
  }

  // WHERE clause from the query string's filters (col=op.value), with bind parameters.
  filters(url, cols, params, table) {
    const reserved = new Set(['select', 'order', 'limit', 'offset', 'on_conflict', 'columns']);
    const where = [];
    for (const [col, expr] of url.searchParams) {
      if (reserved.has(col)) continue;
      if (!cols.has(col)) throw pgrstError(400, '42703', `column ${table}.${col} does not exist`);
      let rest = expr;
      let negate = false;
      if (rest.startsWith('not.')) { negate = true; rest = rest.slice(4); }
      const dot = rest.indexOf('.');
      const op = dot < 0 ? rest : rest.slice(0, dot);
      const value = dot < 0 ? '' : rest.slice(dot + 1);
      let sql;
      if (OPS[op]) {
        params.push(value);
        sql = `${q(table)}.${q(col)} ${OPS[op]} $${params.length}`;
      } else if (op === 'is' && ['null', 'true', 'false'].includes(value)) {
        sql = `${q(table)}.${q(col)} is ${value}`;
      } else if (op === 'in' && /^\(.*\)$/.test(value)) {
        params.push(value.slice(1, -1).split(',').map((s) => s.replace(/^"(.*)"$/, '$1')));
        sql = `${q(table)}.${q(col)} = any($${params.length})`;
      } else {
        throw pgrstError(400, 'PGRST100', `"failed to parse filter (${expr})" (line 1, column 1)`, null, null);
      }
      where.push(negate ? `not (${sql})` : sql);
    }
    return where.length ? ` where ${where.join(' and ')}` : '';
  }

  selectList(url, cols) {
    const sel = url.searchParams.get('select');
    if (!sel || sel === '*') return '*';
    return sel.split(',').map((c) => {
      if (!cols.has(c)) throw pgrstError(400, '42703', `column ${c} does not exist`);
      return q(c);
    }).join(', ');
  }

  order(url, cols) {
    const o = url.searchParams.get('order');
    if (!o) return '';
    return ' order by ' + o.split(',').map((term) => {
      const [col, ...mods] = term.split('.');
      if (!cols.has(col)) throw pgrstError(400, '42703', `column ${col} does not exist`);
      const dir = mods.includes('desc') ? ' desc' : ' asc';
      const nulls = mods.includes('nullsfirst') ? ' nulls first' : mods.includes('nullslast') ? ' nulls last' : '';
      return q(col) + dir + nulls;
    }).join(', ');
  }

  async handle(req, url, rawBody) {
    const table = url.pathname.replace(/^\/rest\/v1\//, '');
    if (!IDENT.test(table)) return pgrstError(404, 'PGRST125', `Invalid path specified in request URL`);
    const auth = this.authenticate(req);
    if (auth.error) return auth.error;
    const cols = await this.tableColumns(table);
    if (!cols)
      return pgrstError(404, 'PGRST205', `Could not find the table 'public.${table}' in the schema cache`);
    const prefer = String(req.headers.prefer || '').split(',').map((s) => s.trim());
    const representation = prefer.includes('return=representation');

    let body;
    if (req.method === 'POST' || req.method === 'PATCH') {
      try { body = JSON.parse(rawBody || ''); } catch {
        return pgrstError(400, 'PGRST102', 'Empty or invalid json');
      }
    }
    const params = [];
    let sql;
    let mutation = 'read';
    try {
      if (req.method === 'GET' || req.method === 'HEAD') {
        let limit = '';
        if (url.searchParams.has('limit')) limit += ` limit ${Math.max(0, parseInt(url.searchParams.get('limit'), 10) || 0)}`;
        if (url.searchParams.has('offset')) limit += ` offset ${Math.max(0, parseInt(url.searchParams.get('offset'), 10) || 0)}`;
        sql = `select ${this.selectList(url, cols)} from public.${q(table)}${this.filters(url, cols, params, table)}${this.order(url, cols)}${limit}`;
      } else if (req.method === 'POST') {
        mutation = 'insert';
        const rows = Array.isArray(body) ? body : [body];
        if (!rows.length || rows.some((r) => !r || typeof r !== 'object' || Array.isArray(r)))
          return pgrstError(400, 'PGRST102', 'All object keys must match');
        // ?columns= names the columns to insert (objects may omit some); otherwise every
        // object must have the same keys.
        const columnsParam = url.searchParams.get('columns');
        const keys = columnsParam ? columnsParam.split(',').map((c) => c.replace(/^"(.*)"$/, '$1')) : Object.keys(rows[0]);
        if (!columnsParam && rows.some((r) => Object.keys(r).length !== keys.length || !keys.every((k) => k in r)))
          return pgrstError(400, 'PGRST102', 'All object keys must match');
        for (const k of keys) if (!cols.has(k))
          return pgrstError(400, 'PGRST204', `Could not find the '${k}' column of '${table}' in the schema cache`);
        const list = keys.map(q).join(', ');
        params.push(JSON.stringify(rows));
        sql = `insert into public.${q(table)} (${list}) select ${list} from json_populate_recordset(null::public.${q(table)}, $1::json) pgrst_body`;
        const conflict = url.searchParams.get('on_conflict');
        const merge = prefer.includes('resolution=merge-duplicates');
        const ignore = prefer.includes('resolution=ignore-duplicates');
        if (conflict && (merge || ignore)) {
          const target = conflict.split(',');
          for (const c of target) if (!cols.has(c)) throw pgrstError(400, '42703', `column ${c} does not exist`);
          sql += ` on conflict (${target.map(q).join(', ')}) do ` +
            (merge ? `update set ${keys.map((k) => `${q(k)} = excluded.${q(k)}`).join(', ')}` : 'nothing');
        }
        sql += ` returning public.${q(table)}.*, (xmax = 0) as pgrst_inserted`;
      } else if (req.method === 'PATCH') {
        mutation = 'update';
        if (!body || typeof body !== 'object' || Array.isArray(body))
          return pgrstError(400, 'PGRST102', 'Empty or invalid json');
        const keys = Object.keys(body);
        for (const k of keys) if (!cols.has(k))
          return pgrstError(400, 'PGRST204', `Could not find the '${k}' column of '${table}' in the schema cache`);
        params.push(JSON.stringify(body));
        const where = this.filters(url, cols, params, table);
        sql = `update public.${q(table)} set ${keys.map((k) => `${q(k)} = pgrst_body.${q(k)}`).join(', ')} ` +
          `from (select * from json_populate_record(null::public.${q(table)}, $1::json)) pgrst_body${where} returning public.${q(table)}.*`;
      } else if (req.method === 'DELETE') {
        mutation = 'delete';
        sql = `delete from public.${q(table)}${this.filters(url, cols, params, table)} returning public.${q(table)}.*`;
      } else {
        return pgrstError(405, 'PGRST117', `Unsupported HTTP method: ${req.method}`);
      }
    } catch (e) {
      if (e.status) return e;
      throw e;
    }

    const wrapped = `with pgrst_source as (${sql}) select coalesce(json_agg(to_jsonb(pgrst_source) - 'pgrst_inserted'), '[]')::text as body, ` +
      `count(*)::int as n, coalesce(bool_or((to_jsonb(pgrst_source) ->> 'pgrst_inserted')::boolean), false) as inserted from pgrst_source`;
    const client = await this.pool.connect();
    let result;
    try {
      await client.query('begin');
      await client.query(`set local role ${q(auth.role)}`);
      await client.query(
        "select set_config('request.jwt.claims', $1, true), set_config('request.method', $2, true), set_config('request.path', $3, true)",
        [JSON.stringify(auth.claims), req.method, url.pathname]);
      result = (await client.query(wrapped, params)).rows[0];
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => {});
      if (!e.code) throw e;
      return fromPgError(e, auth.role);
    } finally { client.release(); }

    if (mutation !== 'read' && this.cfg.onCommitted) await this.cfg.onCommitted(req, url);
    const headers = {};
    if (mutation === 'read') {
      headers['Content-Range'] = result.n ? `0-${result.n - 1}/*` : '*/*';
      return { status: 200, raw: result.body, headers };
    }
    if (mutation === 'insert') {
      headers['Content-Range'] = '*/*';
      const status = result.inserted || result.n === 0 ? 201 : 200;
      return representation ? { status, raw: result.body, headers } : { status, headers };
    }
    headers['Content-Range'] = result.n ? `0-${result.n - 1}/*` : '*/*';
    return representation ? { status: 200, raw: result.body, headers } : { status: 204, headers };
  }
}

module.exports = { PostgRest };
