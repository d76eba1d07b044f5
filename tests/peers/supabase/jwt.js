// HS256 JSON Web Tokens, as Supabase signs them with the project's JWT secret.
'use strict';
const crypto = require('node:crypto');

const b64 = (buf) => Buffer.from(buf).toString('base64url');

function sign(payload, secret) {
  const head = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64(JSON.stringify(payload));
  const mac = crypto.createHmac('sha256', secret).update(`${head}.${body}`).digest();
  return `${head}.${body}.${b64(mac)}`;
}

// Returns { claims } or { error: 'malformed' | 'signature' | 'expired' }.
function verify(token, secret, nowSeconds = Math.floor(Date.now() / 1000)) {
  const parts = String(token).split('.');
  if (parts.length !== 3) return { error: 'malformed', parts: parts.length };
  let header, claims;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url'));
    claims = JSON.parse(Buffer.from(parts[1], 'base64url'));
  } catch { return { error: 'malformed', parts: 3 }; }
  if (header.alg !== 'HS256') return { error: 'signature' };
  const mac = crypto.createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== mac.length || !crypto.timingSafeEqual(given, mac)) return { error: 'signature' };
  if (typeof claims.exp === 'number' && claims.exp <= nowSeconds) return { error: 'expired', claims };
  return { claims };
}

module.exports = { sign, verify };
