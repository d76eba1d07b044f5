#!/usr/bin/env node
// A local stand-in for Composio's v3.1 REST API, started by the tests on 127.0.0.1.
// It models the endpoints ARIA uses, with the field names of Composio's docs:
//   GET/POST /auth_configs, POST /connected_accounts/link, GET /connected_accounts[/{id}],
//   POST /connected_accounts/{id}/revoke (v3.1 only), DELETE /connected_accounts/{id},
//   PATCH /connected_accounts/{id}/status ({"enabled":false} -> INACTIVE, true -> ACTIVE)
// Statuses: INITIALIZING (a new link's account for config.initializingMs, then INITIATED),
// INITIATED, ACTIVE, FAILED, EXPIRED, INACTIVE (disabled), REVOKED. Accounts carry
// experimental.account_type (PRIVATE unless seeded SHARED); a list returns PRIVATE ones unless
// account_type=SHARED|ALL is asked for, as Composio documents.
// Errors use Composio's envelope {"error":{message,code,slug,status,request_id,...}}, except a
// 429, whose body is {"message": ...} with Retry-After and X-RateLimit-* headers: that is how
// Composio's rate limiter answers (docs.composio.dev/reference/rate-limits).
// and a hosted "consent page" at the link's redirect_url: a GET there (the browser)
// completes consent and redirects to callback_url with status and connected_account_id.
// Admin endpoints under /_admin configure outcomes, inject faults and read the request log.
// Usage: node server.js [--port N] [--api-key KEY]; prints the chosen port on the first line.
'use strict';

const http = require('http');
const crypto = require('crypto');

const args = process.argv.slice(2);
function arg(name, fallback) {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

const defaults = () => ({
    apiKey: arg('--api-key', process.env.COMPOSIO_SIM_API_KEY || 'sim-test-key'),
    consent: 'allow',        // allow | deny | fail | allow_no_redirect
    legacyCallback: false,   // connectedAccountId/appName instead of connected_account_id
    pageSize: 50,            // cap on `limit` for list endpoints
    linkTtlMs: 10 * 60 * 1000,
    noRevoke: [],            // toolkits whose revoke answers 400 "not supported"
    email: 'person@example.com',
    callbackUserId: null,    // when set, consent binds the account to this user_id instead
    initializingMs: 0,       // how long a new link's account stays INITIALIZING before INITIATED
});

let config = defaults();
let authConfigs = [];
let accounts = [];     // connected accounts, soft-deleted ones keep deleted_at
let links = new Map(); // link_token -> {accountId, callbackUrl, expiresAt}
let faults = [];       // queued faults: {method, path, status, message, count, retryAfter, delayMs, garbage}
let log = [];
let seq = 0;
let port = 0;

function reset() {
    config = defaults();
    authConfigs = [];
    accounts = [];
    links = new Map();
    faults = [];
    log = [];
}

const nanoid = (prefix) => `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
const now = () => new Date().toISOString();

function send(res, status, body, headers = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
        ...headers,
    });
    res.end(text);
}

// Composio's error envelope.
function sendError(res, status, message, slug, suggestedFix) {
    send(res, status, {
        error: {
            message,
            code: status * 10 + 1,
            slug: slug || 'Error',
            status,
            request_id: crypto.randomUUID(),
            suggested_fix: suggestedFix || '',
            errors: [],
        },
    });
}

function listParam(query, name) {
    // Accepts repeated keys, name[] keys and comma-separated values.
    const values = [...query.getAll(name), ...query.getAll(`${name}[]`)];
    return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

function paginate(items, query) {
    const limit = Math.max(1, Math.min(Number(query.get('limit')) || 20, config.pageSize));
    const start = Number(query.get('cursor') || 0) || 0;
    const page = items.slice(start, start + limit);
    const next = start + limit < items.length ? String(start + limit) : null;
    return {
        items: page,
        next_cursor: next,
        total_pages: Math.max(1, Math.ceil(items.length / limit)),
        current_page: Math.floor(start / limit) + 1,
        total_items: items.length,
    };
}

function accountView(a) {
    return {
        toolkit: { slug: a.toolkit },
        auth_config: {
            id: a.authConfigId,
            auth_scheme: 'OAUTH2',
            is_composio_managed: true,
            is_disabled: false,
        },
        id: a.id,
        word_id: `${a.toolkit}_${a.id.slice(-6)}`,
        user_id: a.userId,
        status: a.status,
        status_reason: a.statusReason,
        alias: a.alias,
        created_at: a.createdAt,
        updated_at: a.updatedAt,
        // Composio masks secrets in state unless the project allows otherwise; so do we.
        state: { authScheme: 'OAUTH2', val: { status: a.status, access_token: a.status === 'ACTIVE' ? 'sim-masked...' : undefined } },
        data: a.status === 'ACTIVE' ? { email: a.email } : {},
        params: {},
        is_disabled: false,
        test_request_endpoint: '',
        deprecated: { labels: [], uuid: a.uuid },
        experimental: { account_type: a.accountType || 'PRIVATE' },
    };
}

// Links expire after linkTtlMs; an account still INITIATED then becomes EXPIRED.
function expireLinks() {
    const t = Date.now();
    for (const a of accounts) {
        if (a.status === 'INITIALIZING' && a.initializedAt && t >= a.initializedAt) {
            a.status = 'INITIATED';
            a.updatedAt = now();
        }
    }
    for (const [, link] of links) {
        const a = accounts.find((x) => x.id === link.accountId);
        if (a && (a.status === 'INITIATED' || a.status === 'INITIALIZING') && t >= link.expiresAt) {
            a.status = 'EXPIRED';
            a.statusReason = 'The connect link expired before the user finished';
            a.updatedAt = now();
        }
    }
}

// An auth config as GET /auth_configs lists it (every field the v3.1 spec requires).
function newAuthConfig(slug, managed) {
    const cfg = {
        id: nanoid('ac'), uuid: crypto.randomUUID(), type: managed ? 'default' : 'custom', name: `${slug} auth config`,
        toolkit: { slug, logo: '' }, auth_scheme: 'OAUTH2', is_composio_managed: managed,
        status: 'ENABLED', no_of_connections: 0, created_at: now(), last_updated_at: now(),
        restrict_to_following_tools: [], tool_access_config: {},
    };
    authConfigs.push(cfg);
    return cfg;
}

function findAccount(id) {
    expireLinks();
    return accounts.find((a) => a.id === id && !a.deletedAt);
}

function readBody(req) {
    return new Promise((resolve) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
}

function takeFault(method, path) {
    const i = faults.findIndex((f) => (!f.method || f.method === method) && (!f.path || new RegExp(f.path).test(path)));
    if (i < 0)
        return null;
    const f = faults[i];
    if (--f.count <= 0)
        faults.splice(i, 1);
    return f;
}

function page(title, text) {
    return `<!doctype html><title>${title}</title><h1>${title}</h1><p>${text}</p>`;
}

async function api(req, res, method, path, query, bodyText, version) {
    const key = req.headers['x-api-key'];
    if (key !== config.apiKey)
        return sendError(res, 401, 'Invalid API key', 'Auth_InvalidApiKey', 'Check the x-api-key header');
    let body = {};
    if (bodyText) {
        try {
            body = JSON.parse(bodyText);
        } catch (e) {
            return sendError(res, 400, 'Request body is not valid JSON', 'BadRequest');
        }
    }
    let m;
    if (method === 'GET' && path === '/auth_configs') {
        const slug = query.get('toolkit_slug');
        const items = authConfigs.filter((c) => !slug || c.toolkit.slug === slug);
        return send(res, 200, paginate(items, query));
    }
    if (method === 'POST' && path === '/auth_configs') {
        const slug = body.toolkit && body.toolkit.slug;
        if (!slug)
            return sendError(res, 400, 'toolkit.slug is required', 'BadRequest');
        const type = (body.auth_config && body.auth_config.type) || 'use_composio_managed_auth';
        const cfg = newAuthConfig(slug, type === 'use_composio_managed_auth');
        return send(res, 201, {
            toolkit: { slug },
            auth_config: { id: cfg.id, auth_scheme: cfg.auth_scheme, is_composio_managed: cfg.is_composio_managed, restrict_to_following_tools: [] },
        });
    }
    if (method === 'POST' && path === '/connected_accounts/link') {
        const cfg = authConfigs.find((c) => c.id === body.auth_config_id);
        if (!cfg)
            return sendError(res, 404, `Auth config ${body.auth_config_id} not found`, 'AuthConfig_NotFound');
        if (!body.user_id)
            return sendError(res, 400, 'user_id is required', 'BadRequest');
        const a = {
            id: nanoid('ca'), uuid: crypto.randomUUID(), toolkit: cfg.toolkit.slug, authConfigId: cfg.id,
            userId: body.user_id, status: config.initializingMs > 0 ? 'INITIALIZING' : 'INITIATED',
            initializedAt: Date.now() + config.initializingMs, statusReason: null, alias: body.alias || null,
            email: config.email, createdAt: now(), updatedAt: now(), deletedAt: null, accountType: 'PRIVATE',
        };
        accounts.push(a);
        const token = `lt_${crypto.randomBytes(12).toString('hex')}`;
        const expiresAt = Date.now() + config.linkTtlMs;
        links.set(token, { accountId: a.id, callbackUrl: body.callback_url || null, expiresAt });
        return send(res, 201, {
            link_token: token,
            redirect_url: `http://127.0.0.1:${port}/link/${token}`,
            expires_at: new Date(expiresAt).toISOString(),
            connected_account_id: a.id,
            experimental: { account_type: 'PRIVATE' },
        });
    }
    if (method === 'GET' && path === '/connected_accounts') {
        expireLinks();
        const users = listParam(query, 'user_ids');
        const toolkits = listParam(query, 'toolkit_slugs');
        const statuses = listParam(query, 'statuses');
        const ids = listParam(query, 'connected_account_ids');
        const configs = listParam(query, 'auth_config_ids');
        const type = query.get('account_type') || 'PRIVATE';
        if (!['PRIVATE', 'SHARED', 'ALL'].includes(type))
            return sendError(res, 400, `account_type must be PRIVATE, SHARED or ALL`, 'BadRequest');
        const items = accounts.filter((a) => !a.deletedAt && (!users.length || users.includes(a.userId))
            && (!toolkits.length || toolkits.includes(a.toolkit)) && (!statuses.length || statuses.includes(a.status))
            && (!ids.length || ids.includes(a.id)) && (!configs.length || configs.includes(a.authConfigId))
            && (type === 'ALL' || (a.accountType || 'PRIVATE') === type));
        const p = paginate(items, query);
        p.items = p.items.map(accountView);
        return send(res, 200, p);
    }
    if ((m = path.match(/^\/connected_accounts\/([^/]+)$/))) {
        const a = findAccount(m[1]);
        if (!a)
            return sendError(res, 404, `Connected account ${m[1]} not found`, 'ConnectedAccount_NotFound');
        if (method === 'GET')
            return send(res, 200, accountView(a));
        if (method === 'DELETE') {
            a.deletedAt = now();  // soft delete: does not revoke the provider tokens
            return send(res, 200, { success: true });
        }
    }
    if (method === 'PATCH' && (m = path.match(/^\/connected_accounts\/([^/]+)\/status$/))) {
        const a = findAccount(m[1]);
        if (!a)
            return sendError(res, 404, `Connected account ${m[1]} not found`, 'ConnectedAccount_NotFound');
        if (typeof body.enabled !== 'boolean')
            return sendError(res, 400, 'enabled (boolean) is required', 'BadRequest');
        if (body.enabled && a.status === 'INACTIVE') a.status = 'ACTIVE';
        else if (!body.enabled && a.status === 'ACTIVE') a.status = 'INACTIVE';
        a.updatedAt = now();
        return send(res, 200, { success: true });
    }
    // Revoke exists in v3.1 only (Composio's changelog, 2026-05-12); v3 has no such route.
    if (method === 'POST' && version === '3.1' && (m = path.match(/^\/connected_accounts\/([^/]+)\/revoke$/))) {
        const a = findAccount(m[1]);
        if (!a)
            return sendError(res, 404, `Connected account ${m[1]} not found`, 'ConnectedAccount_NotFound');
        if (config.noRevoke.includes(a.toolkit))
            return sendError(res, 400, `Revoke is not supported for toolkit ${a.toolkit}`, 'ConnectedAccount_RevokeNotSupported');
        if (a.status === 'REVOKED')
            return send(res, 200, { revoked_tokens: [], connected_account: { id: a.id, status: a.status } });
        if (a.status !== 'ACTIVE')
            return sendError(res, 409, `Connection is in state ${a.status} and cannot be revoked`, 'ConnectedAccount_NotRevokable');
        a.status = 'REVOKED';
        a.updatedAt = now();
        return send(res, 200, { revoked_tokens: ['access_token', 'refresh_token'], connected_account: { id: a.id, status: a.status } });
    }
    return sendError(res, 404, `No route for ${method} ${path}`, 'NotFound');
}

// The hosted consent page: what the user's browser opens.
function consent(res, token) {
    const link = links.get(token);
    if (!link)
        return send(res, 404, page('Unknown link', 'This connect link does not exist.'));
    expireLinks();
    const a = accounts.find((x) => x.id === link.accountId);
    // Deleting the pending connected account ends its link too.
    if (!a || a.deletedAt || a.status === 'EXPIRED')
        return send(res, 410, page('Link expired', 'This connect link has expired.'));
    if (a.status !== 'INITIATED' && a.status !== 'INITIALIZING')
        return send(res, 409, page('Link used', 'This connect link was already used.'));
    const outcome = config.consent;
    a.status = outcome === 'allow' || outcome === 'allow_no_redirect' ? 'ACTIVE' : 'FAILED';
    a.statusReason = outcome === 'deny' ? 'The user denied access' : outcome === 'fail' ? 'The provider returned an error' : null;
    if (config.callbackUserId && a.status === 'ACTIVE')
        a.userId = config.callbackUserId;
    a.updatedAt = now();
    if (outcome === 'allow_no_redirect' || !link.callbackUrl)
        return send(res, 200, page('Connected', 'You can close this window.'));
    const target = new URL(link.callbackUrl);
    target.searchParams.set('status', a.status === 'ACTIVE' ? 'success' : 'failed');
    if (config.legacyCallback) {
        target.searchParams.set('connectedAccountId', a.id);
        target.searchParams.set('appName', a.toolkit);
    } else {
        target.searchParams.set('connected_account_id', a.id);
    }
    if (outcome === 'deny')
        target.searchParams.set('error', 'access_denied');
    res.writeHead(302, { location: target.toString() });
    res.end();
}

async function admin(res, method, path, bodyText) {
    const body = bodyText ? JSON.parse(bodyText) : {};
    let m;
    if (method === 'GET' && path === '/_admin/log')
        return send(res, 200, log);
    if (method === 'POST' && path === '/_admin/reset') {
        reset();
        return send(res, 200, { ok: true });
    }
    if (method === 'POST' && path === '/_admin/config') {
        Object.assign(config, body);
        return send(res, 200, config);
    }
    if (method === 'DELETE' && path === '/_admin/faults') {
        faults = [];
        return send(res, 200, { queued: 0 });
    }
    if (method === 'POST' && path === '/_admin/faults') {
        faults.push({ count: 1, ...body });
        return send(res, 200, { queued: faults.length });
    }
    if (method === 'POST' && path === '/_admin/accounts') {
        const cfg = authConfigs.find((c) => c.toolkit.slug === body.toolkit) || newAuthConfig(body.toolkit, true);
        const a = {
            id: nanoid('ca'), uuid: crypto.randomUUID(), toolkit: body.toolkit, authConfigId: cfg.id,
            userId: body.user_id, status: body.status || 'ACTIVE', statusReason: body.status_reason || null,
            alias: body.alias || null, email: body.email || config.email, createdAt: now(), updatedAt: now(), deletedAt: null,
            accountType: body.account_type || 'PRIVATE',
        };
        accounts.push(a);
        return send(res, 201, accountView(a));
    }
    if ((m = path.match(/^\/_admin\/accounts\/([^/]+)$/))) {
        const a = accounts.find((x) => x.id === m[1]);
        if (!a)
            return send(res, 404, { error: 'no such account' });
        if (method === 'PATCH') {
            if (body.status) a.status = body.status;
            if ('status_reason' in body) a.statusReason = body.status_reason;
            if (body.deleted) a.deletedAt = now();
            if (body.expire_link)
                for (const [, l] of links) if (l.accountId === a.id) l.expiresAt = 0;
            a.updatedAt = now();
        }
        return send(res, 200, { ...accountView(a), deleted: !!a.deletedAt });
    }
    return send(res, 404, { error: 'no such admin route' });
}

const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    const bodyText = await readBody(req);
    const method = req.method;
    let path = url.pathname;
    if (path.startsWith('/_admin/'))
        return admin(res, method, path, bodyText).catch((e) => send(res, 400, { error: String(e) }));
    const entry = { seq: ++seq, method, path, query: url.search, key_sent: 'x-api-key' in req.headers, at: now() };
    res.on('finish', () => { entry.status = res.statusCode; });
    log.push(entry);
    let m;
    if (method === 'GET' && (m = path.match(/^\/link\/([^/]+)$/)))
        return consent(res, m[1]);
    const prefix = path.match(/^\/api\/v3(\.1)?(\/.*)$/);
    if (!prefix)
        return send(res, 404, page('Not found', 'No such page.'));
    const version = prefix[1] ? '3.1' : '3';
    path = prefix[2];
    const fault = takeFault(method, path);
    if (fault) {
        entry.fault = fault.status || (fault.garbage ? 'garbage' : 'slow');
        if (fault.delayMs)
            await new Promise((r) => setTimeout(r, fault.delayMs));
        if (fault.garbage) {
            res.writeHead(200, { 'content-type': 'application/json' });
            return res.end('{"items": [ this is not json');
        }
        if (fault.status === 429) {
            return send(res, 429, { message: 'Rate limit exceeded. Limit: 2000 requests per 1 minute' }, {
                'retry-after': String(fault.retryAfter ?? 1), 'x-ratelimit': '2000', 'x-ratelimit-remaining': '0',
                'x-ratelimit-window-size': '60s',
            });
        }
        if (fault.status)
            return sendError(res, fault.status, fault.message || `Injected ${fault.status}`, 'Injected');
    }
    return api(req, res, method, path, url.searchParams, bodyText, version)
        .catch((e) => sendError(res, 500, `Simulator error: ${e.message}`, 'Internal'));
});

server.listen(Number(arg('--port', '0')), '127.0.0.1', () => {
    port = server.address().port;
    process.stdout.write(`${port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
