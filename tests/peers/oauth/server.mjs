// A real OAuth 2.0 / OpenID Connect server (oidc-provider) for the direct OAuth tests.
//
//   node server.mjs [--access-ttl SECONDS] [--token-delay-ms MS] [--deny] [--code-prefix P]
//
// Listens on 127.0.0.1 on an ephemeral port and prints "PORT <n>" on stdout once ready.
// The issuer is http://127.0.0.1:<n>. Clients:
//   aria-native        public native client (token_endpoint_auth_method none)
//   aria-confidential  native client with client_secret_post, secret "peer-secret"
// Both: redirect http://127.0.0.1/callback on any port, PKCE S256 required, rotating refresh
// tokens. Nobody clicks anything: /interaction/<uid> logs in "ada" (or config.loginAs, e.g.
// "grace") and consents (or denies).
//
// Test-only control endpoints (not part of OAuth):
//   POST /__peer/config {accessTtl, tokenDelayMs, deny, codePrefix, extraTokenFields, delayPath, delayMs,
//                        holdPath, holdMs, loginAs}
//                         change behaviour at run time; extraTokenFields (an object) is merged
//                         into every token response, e.g. Salesforce's instance_url
// codePrefix (e.g. "4/", as Google's codes start) is put in front of every authorization code
// sent to the redirect and must come back, decoded once, in the token request: a client that
// double-encodes the code ("4%252F...") gets invalid_grant, as it would from Google.
//   GET  /__peer/log      every request seen: method, path, query, raw and parsed body
//   GET  /__peer/issued   every code, access, refresh and id token handed out
import http from 'node:http';
import { parseArgs } from 'node:util';
import querystring from 'node:querystring';
import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    'access-ttl': { type: 'string', default: '3600' },
    'token-delay-ms': { type: 'string', default: '0' },
    deny: { type: 'boolean', default: false },
    'code-prefix': { type: 'string', default: '' },
  },
});

const config = {
  accessTtl: Number(args['access-ttl']),
  tokenDelayMs: Number(args['token-delay-ms']),
  deny: args.deny,
  codePrefix: args['code-prefix'],
  extraTokenFields: {},
  loginAs: 'ada',
};
const requestLog = [];
let signedIn = ''; // who the last login was for
let staleSession = ''; // the session cookie of someone who is no longer the one signing in

function cookiesOf(req) {
  return new Map((req.headers.cookie || '').split(';').filter((p) => p.includes('='))
    .map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim()]));
}
const issued = [];

// The people who can sign in; config.loginAs picks who does.
const people = {
  ada: { email: 'ada@example.test', name: 'Ada Lovelace' },
  grace: { email: 'grace@example.test', name: 'Grace Hopper' },
};
const accounts = Object.fromEntries(Object.entries(people).map(([sub, p]) => [sub, {
  accountId: sub,
  async claims() {
    return { sub, email: p.email, email_verified: true, name: p.name };
  },
}]));

const nativeClient = {
  application_type: 'native',
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/callback', 'http://127.0.0.1/oauth/done'],
};

function providerConfig() {
  return {
    clients: [
      { ...nativeClient, client_id: 'aria-native', token_endpoint_auth_method: 'none' },
      {
        ...nativeClient,
        client_id: 'aria-confidential',
        client_secret: 'peer-secret',
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    clockTolerance: 0,
    pkce: { methods: ['S256'], required: () => true },
    scopes: ['openid', 'offline_access', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
    },
    ttl: {
      AccessToken: () => config.accessTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 24 * 3600,
      Grant: 24 * 3600,
      Interaction: 600,
      Session: 3600,
    },
    // Always issue (and always rotate) refresh tokens to the clients allowed the grant.
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    findAccount: async (ctx, sub) => accounts[sub],
    cookies: { keys: ['aria-peer-cookie-key'] },
    renderError: async (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

// Logs in config.loginAs and consents to everything asked, or denies when config.deny is set.
async function interact(provider, req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  let result;
  if (config.deny) {
    result = { error: 'access_denied', error_description: 'The user refused access' };
  } else if (prompt.name === 'login') {
    result = { login: { accountId: config.loginAs } };
    signedIn = config.loginAs;
  } else {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes || {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    result = { consent: { grantId: await grant.save() } };
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

// Records what the server hands out so a test can search for it where it must not be.
function recordIssued(req, res) {
  const end = res.end.bind(res);
  const chunks = [];
  const write = res.write.bind(res);
  res.write = (chunk, ...rest) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    const location = res.getHeader('location');
    if (location && String(location).includes('code=')) {
      const target = new URL(String(location));
      const code = target.searchParams.get('code');
      if (code) {
        issued.push({ kind: 'code', value: code });
        if (config.codePrefix && !res.headersSent) {
          target.searchParams.set('code', config.codePrefix + code);
          res.setHeader('location', target.href);
        }
      }
    }
    if (req.url === '/token' && res.statusCode === 200) {
      try {
        let body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        for (const kind of ['access_token', 'refresh_token', 'id_token']) {
          if (body[kind]) issued.push({ kind, value: body[kind] });
        }
        if (Object.keys(config.extraTokenFields || {}).length && !res.headersSent && typeof chunk !== 'function') {
          body = { ...body, ...config.extraTokenFields };
          const text = JSON.stringify(body);
          res.setHeader('content-length', Buffer.byteLength(text));
          return end(text, ...rest);
        }
      } catch { /* not JSON: nothing issued */ }
    }
    return end(chunk, ...rest);
  };
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, providerConfig());
  const handle = provider.callback();

  server.on('request', async (req, res) => {
    try {
      const url = new URL(req.url, issuer);
      if (url.pathname === '/__peer/log') return sendJson(res, 200, requestLog);
      if (url.pathname === '/__peer/issued') return sendJson(res, 200, issued);
      if (url.pathname === '/__peer/config' && req.method === 'POST') {
        Object.assign(config, JSON.parse(await readBody(req) || '{}'));
        return sendJson(res, 200, config);
      }

      const entry = {
        method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams),
      };
      if (req.method === 'POST') {
        entry.rawBody = await readBody(req);
        entry.body = querystring.parse(entry.rawBody);
        const forwarded = { ...entry.body };
        if (config.codePrefix && typeof forwarded.code === 'string') {
          forwarded.code = forwarded.code.startsWith(config.codePrefix)
            ? forwarded.code.slice(config.codePrefix.length) : `not-decoded-once:${forwarded.code}`;
        }
        req.body = querystring.stringify(forwarded);  // oidc-provider parses the already-read body
      }
      requestLog.push(entry);

      // Another person signs in than last time (config.loginAs changed): the browser's session
      // cookie is not shown to the provider any more, so it asks for a login again, as if the
      // person had chosen "use another account".
      if (url.pathname === '/auth' && signedIn && signedIn !== config.loginAs) {
        staleSession = cookiesOf(req).get('_session') || staleSession;
      }
      if (staleSession && cookiesOf(req).get('_session') === staleSession) {
        req.headers.cookie = [...cookiesOf(req)].filter(([name]) => !name.startsWith('_session'))
          .map(([name, value]) => `${name}=${value}`).join('; ');
      }
      if (url.pathname.startsWith('/interaction/')) return await interact(provider, req, res);
      if (url.pathname === '/token' && config.tokenDelayMs > 0) {
        await new Promise((resolve) => { setTimeout(resolve, config.tokenDelayMs); });
      }
      // Holds requests to one path (e.g. /token/revocation) for delayMs before handling them.
      // A request whose client went away meanwhile (killed) is dropped, never handled.
      if (config.delayPath === url.pathname && config.delayMs > 0) {
        await new Promise((resolve) => { setTimeout(resolve, config.delayMs); });
        if (req.socket.destroyed) {
          entry.dropped = true;
          return undefined;
        }
      }
      // Handles a request to holdPath at once but holds its answer for holdMs: the server
      // has acted (e.g. rotated a refresh token) and the client has not heard yet.
      if (config.holdPath === url.pathname && config.holdMs > 0) {
        const end = res.end.bind(res);
        res.end = (...endArgs) => { setTimeout(() => end(...endArgs), config.holdMs); return res; };
        entry.held = true;
      }
      recordIssued(req, res);
      return handle(req, res);
    } catch (err) {
      console.error(err);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: String(err) });
      else res.end();
    }
  });
  console.log(`PORT ${port}`);
});

process.on('SIGTERM', () => { server.close(); process.exit(0); });
