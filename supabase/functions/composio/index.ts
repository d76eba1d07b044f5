// ARIA's Composio broker: a Supabase Edge Function that holds the Composio project key, so the
// desktop app never does. A Composio key can read and delete every user's accounts (user_id is
// just a parameter), so only this function may hold it; each caller is identified by Supabase
// Auth and can only ever act as itself.
//
// Routes (the function sees paths that begin with its own name, as on Supabase):
//   POST   /composio/link           {"integration":"<app id>","callback_url":"http://127.0.0.1:<port>/..."}
//                                   -> 200 {"connected_account_id","redirect_url"}
//   GET    /composio/accounts       -> 200 {"items":[account...],"next_cursor":null} (every page)
//   GET    /composio/accounts/{id}  -> 200 account, or 404 when it is not the caller's
//   DELETE /composio/accounts/{id}  -> 200 {"id","revoked","deleted":true}: revoke, then delete
// An account is Composio's connected-account object with its secrets left out (no `state`,
// no `params`; `data` keeps only the names of the account).
// Errors: {"error":{"code","message"}}; Composio's 429 keeps its Retry-After.
//
// Environment: COMPOSIO_API_KEY (secret), COMPOSIO_BASE_URL (an origin; Composio's own when
// unset), SUPABASE_URL and SUPABASE_ANON_KEY (set by Supabase), PORT for a local run (8000),
// COMPOSIO_LINK_LIMIT "<n>/<seconds>" (default 10/60): links a user may create per window.
// The key is never logged and never returned; log lines carry route, status and error codes.
import Composio from "npm:@composio/client@2.0.0-rc.6";
import { createClient } from "npm:@supabase/supabase-js@2.119.0";

// The app's integration ids and Composio's toolkit slugs (core/domain/integration.cpp).
const TOOLKITS: Record<string, string> = {
  gmail: "gmail",
  google_calendar: "googlecalendar",
  outlook: "outlook",
  salesforce: "salesforce",
  hubspot: "hubspot",
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

function errorResponse(e: HttpError): Response {
  return json(e.status, { error: { code: e.code, message: e.message } }, e.headers);
}

function log(fields: Record<string, unknown>) {
  // One JSON line per request; only fields chosen here, never a raw error or a header.
  console.log(JSON.stringify({ fn: "composio", ...fields }));
}

function env(name: string): string {
  return Deno.env.get(name) ?? "";
}

// RFC 8252 §7.3: a loopback redirect on an explicit port, over http.
function loopbackCallback(raw: unknown): string {
  let url: URL;
  try {
    url = new URL(String(raw ?? ""));
  } catch {
    throw new HttpError(400, "invalid_callback_url", "callback_url is not a URL.");
  }
  const hosts = ["127.0.0.1", "[::1]", "localhost"];
  if (url.protocol !== "http:" || !hosts.includes(url.hostname) || url.port === "" || url.username || url.password) {
    throw new HttpError(
      400,
      "invalid_callback_url",
      "callback_url must be http:// on 127.0.0.1, [::1] or localhost with a port.",
    );
  }
  return url.toString();
}

// Per-user limit on link creation, in this isolate's memory: a sliding window of timestamps.
const linkTimes = new Map<string, number[]>();
function checkLinkLimit(userId: string) {
  const m = /^(\d+)\/(\d+)$/.exec(env("COMPOSIO_LINK_LIMIT") || "10/60");
  const max = m ? Number(m[1]) : 10;
  const windowMs = (m ? Number(m[2]) : 60) * 1000;
  const now = Date.now();
  const recent = (linkTimes.get(userId) ?? []).filter((t) => now - t < windowMs);
  if (recent.length >= max) {
    const retry = Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000));
    linkTimes.set(userId, recent);
    throw new HttpError(429, "rate_limited", "Too many connect attempts; try again shortly.", {
      "retry-after": String(retry),
    });
  }
  recent.push(now);
  linkTimes.set(userId, recent);
}

function composio(): Composio {
  const apiKey = env("COMPOSIO_API_KEY");
  if (!apiKey) throw new HttpError(500, "not_configured", "The server has no Composio key configured.");
  return new Composio({
    apiKey,
    baseURL: env("COMPOSIO_BASE_URL") || undefined,
    // The caller decides when to retry; a 429 is passed on with its Retry-After.
    maxRetries: 0,
    timeout: 20_000,
    logLevel: "off",
  });
}

// Turns what the Composio client threw into an answer for the caller, without its text (which
// could quote the request) beyond Composio's own error message.
function fromComposio(e: unknown, what: string): HttpError {
  if (e instanceof HttpError) return e;
  const err = e as { status?: number; headers?: Headers; error?: { error?: { message?: string } } };
  const status = typeof err?.status === "number" ? err.status : 0;
  const detail = err?.error?.error?.message;
  if (status === 0) {
    return new HttpError(502, "composio_unreachable", `Composio cannot be reached (${what}).`);
  }
  if (status === 429) {
    const retry = err.headers?.get?.("retry-after");
    return new HttpError(429, "composio_rate_limited", "Composio is rate limiting requests; try again later.",
      retry ? { "retry-after": retry } : {});
  }
  if (status === 401 || status === 403) {
    return new HttpError(502, "composio_auth", "Composio refused the server's credentials.");
  }
  if (status >= 500) {
    return new HttpError(502, "composio_error", `Composio failed (${what}: HTTP ${status}).`);
  }
  return new HttpError(502, "composio_error", `Composio refused ${what} (HTTP ${status}${detail ? `: ${detail}` : ""}).`);
}

async function caller(req: Request): Promise<string> {
  const m = /^Bearer (\S+)$/i.exec(req.headers.get("authorization") ?? "");
  if (!m) throw new HttpError(401, "unauthorized", "Sign in to ARIA first.");
  const supabase = createClient(env("SUPABASE_URL"), env("SUPABASE_ANON_KEY"), {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  let result;
  try {
    // With the token given, Auth checks it (GET /auth/v1/user); without, only a local session is read.
    result = await supabase.auth.getUser(m[1]);
  } catch {
    throw new HttpError(503, "auth_unavailable", "Supabase Auth cannot be reached.");
  }
  const { data, error } = result;
  if (error || !data?.user?.id || data.user.is_anonymous) {
    // A status of 5xx or none at all means Auth is down, not that the token is bad.
    const status = (error as { status?: number } | null)?.status ?? 401;
    if (error && (status >= 500 || status === 0)) {
      throw new HttpError(503, "auth_unavailable", "Supabase Auth cannot check the session right now.");
    }
    throw new HttpError(401, "unauthorized", "The session is missing, expired or not a user's.");
  }
  return data.user.id;
}

// Composio's account object without anything secret.
function accountView(a: Record<string, any>) {
  const data: Record<string, unknown> = {};
  for (const k of ["email", "user_email", "account_email", "username", "name"]) {
    if (typeof a?.data?.[k] === "string") data[k] = a.data[k];
  }
  return {
    id: a.id,
    user_id: a.user_id ?? null,
    status: a.status,
    status_reason: a.status_reason ?? null,
    toolkit: { slug: a.toolkit?.slug },
    auth_config: { id: a.auth_config?.id },
    alias: a.alias ?? null,
    data,
    is_disabled: a.is_disabled ?? false,
    created_at: a.created_at,
    updated_at: a.updated_at,
  };
}

// Auth config per toolkit, found or created once per isolate.
const authConfigIds = new Map<string, Promise<string>>();
function authConfigFor(client: Composio, slug: string): Promise<string> {
  let p = authConfigIds.get(slug);
  if (!p) {
    p = (async () => {
      const list: any = await client.authConfigs.list({ toolkit_slug: slug } as any);
      const found = (list?.items ?? []).find((c: any) =>
        (!c?.toolkit?.slug || c.toolkit.slug === slug) && String(c?.status ?? "").toUpperCase() !== "DISABLED"
      );
      if (found?.id) return String(found.id);
      const created: any = await client.authConfigs.create({
        toolkit: { slug },
        auth_config: { type: "use_composio_managed_auth" },
      } as any);
      const id = created?.auth_config?.id;
      if (!id) throw new HttpError(502, "composio_error", "Composio created no auth config.");
      return String(id);
    })();
    authConfigIds.set(slug, p);
    p.catch(() => authConfigIds.delete(slug));
  }
  return p;
}

async function link(req: Request, userId: string): Promise<Response> {
  let body: any;
  try {
    body = await req.json();
  } catch {
    throw new HttpError(400, "bad_request", "The body must be JSON.");
  }
  const integration = String(body?.integration ?? "");
  const slug = TOOLKITS[integration];
  if (!slug) throw new HttpError(400, "unknown_integration", `Unknown integration "${integration.slice(0, 40)}".`);
  const callbackUrl = loopbackCallback(body?.callback_url);
  checkLinkLimit(userId);
  const client = composio();
  let out: any;
  // An auth config remembered by this instance may have been deleted in Composio's dashboard
  // since: on a 404, look it up (or create it) again, once.
  for (let attempt = 0; !out; attempt++) {
    let authConfigId: string;
    try {
      authConfigId = await authConfigFor(client, slug);
    } catch (e) {
      throw fromComposio(e, "the auth config");
    }
    try {
      out = await client.link.create({ auth_config_id: authConfigId, user_id: userId, callback_url: callbackUrl } as any);
    } catch (e) {
      if ((e as { status?: number })?.status !== 404 || attempt > 0) throw fromComposio(e, "the connect link");
      authConfigIds.delete(slug);
    }
  }
  if (!out?.redirect_url || !out?.connected_account_id) {
    throw new HttpError(502, "composio_error", "Composio returned no usable connect link.");
  }
  return json(200, { connected_account_id: out.connected_account_id, redirect_url: out.redirect_url });
}

async function listAccounts(userId: string): Promise<Response> {
  const client = composio();
  const items: unknown[] = [];
  let cursor: string | undefined;
  const seen = new Set<string>();
  try {
    for (;;) {
      const page: any = await client.connectedAccounts.list({ user_ids: [userId], limit: 100, cursor } as any);
      for (const a of page?.items ?? []) {
        if (a && (a.user_id === undefined || a.user_id === userId)) items.push(accountView(a));
      }
      const next = page?.next_cursor;
      // Stop on a repeated cursor or a runaway listing rather than loop forever.
      if (!next || seen.has(next) || items.length > 10_000) break;
      seen.add(next);
      cursor = next;
    }
  } catch (e) {
    throw fromComposio(e, "the account list");
  }
  return json(200, { items, next_cursor: null });
}

// The account if it is the caller's; anything else is the same 404, so ids of other users
// cannot be told apart from ids that do not exist. Composio itself filters by user_id (the
// account's user_id field is deprecated in its answers and may go away), and a user_id that is
// there must match too.
async function ownAccount(client: Composio, id: string, userId: string): Promise<any> {
  let page: any;
  try {
    page = await client.connectedAccounts.list({ user_ids: [userId], connected_account_ids: [id], limit: 10 } as any);
  } catch (e) {
    throw fromComposio(e, "the account");
  }
  const a = (page?.items ?? []).find((x: any) => x?.id === id && (x.user_id === undefined || x.user_id === userId));
  if (!a) throw new HttpError(404, "not_found", "No such account.");
  return a;
}

async function deleteAccount(id: string, userId: string): Promise<Response> {
  const client = composio();
  await ownAccount(client, id, userId);
  let revoked = false;
  try {
    await client.connectedAccounts.revoke(id);
    revoked = true;
  } catch (e) {
    const status = (e as { status?: number })?.status ?? 0;
    // Revoke is best effort for a toolkit that cannot revoke (400) or an account that holds
    // no tokens (409, e.g. INITIATED); an outage or a rate limit stops here, nothing deleted.
    if (status !== 400 && status !== 409 && status !== 404) throw fromComposio(e, "revoking the account");
  }
  try {
    await client.connectedAccounts.delete(id);
  } catch (e) {
    if ((e as { status?: number })?.status !== 404) throw fromComposio(e, "deleting the account");
  }
  return json(200, { id, revoked, deleted: true });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const started = Date.now();
  let status = 500;
  let code = "";
  try {
    const m = /^\/composio(\/.*)?$/.exec(url.pathname);
    if (!m) throw new HttpError(404, "no_route", "No such route.");
    const route = m[1] ?? "/";
    const accountMatch = /^\/accounts\/([^/]+)$/.exec(route);
    const known = route === "/link" || route === "/accounts" || accountMatch;
    if (!known) throw new HttpError(404, "no_route", "No such route.");
    const allowed = route === "/link" ? ["POST"] : route === "/accounts" ? ["GET"] : ["GET", "DELETE"];
    if (!allowed.includes(req.method)) {
      throw new HttpError(405, "method_not_allowed", `Use ${allowed.join(" or ")}.`, { allow: allowed.join(", ") });
    }
    const userId = await caller(req);
    let res: Response;
    if (route === "/link") res = await link(req, userId);
    else if (route === "/accounts") res = await listAccounts(userId);
    else {
      let id = "";
      try {
        id = decodeURIComponent(accountMatch![1]);
      } catch {
        throw new HttpError(404, "not_found", "No such account.");
      }
      if (req.method === "GET") res = json(200, accountView(await ownAccount(composio(), id, userId)));
      else res = await deleteAccount(id, userId);
    }
    status = res.status;
    return res;
  } catch (e) {
    const err = e instanceof HttpError
      ? e
      : new HttpError(500, "internal", "The function failed unexpectedly.");
    status = err.status;
    code = err.code;
    return errorResponse(err);
  } finally {
    log({ method: req.method, path: url.pathname, status, ...(code ? { code } : {}), ms: Date.now() - started });
  }
}

// On Supabase the edge runtime takes over Deno.serve; locally this listens on $PORT (on every
// interface, Deno's default, unless HOST names one; the tests' peer sets 127.0.0.1).
const host = Deno.env.get("HOST");
Deno.serve({
  port: Number(Deno.env.get("PORT") ?? "8000"),
  ...(host ? { hostname: host } : {}),
  onListen: ({ hostname, port }) => console.log(JSON.stringify({ fn: "composio", event: "listening", hostname, port })),
}, handle);
