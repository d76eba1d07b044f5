// A stand-in for the system browser: GETs the authorization URL and follows every redirect
// (keeping cookies, as a browser does) until a page answers, normally the app's loopback
// listener. Usable as ARIA_BROWSER. Prints each URL it visits on stderr.
//
//   node browser.mjs URL
//
// With ARIA_BROWSER_ATTACK=FILE it first plays a hostile local process at the app's loopback
// listener: it opens 100 idle connections (more than the listener's slots), sends a callback
// with a forged state, then the genuine redirect while the idle ones are still open. It writes
// what each step got to FILE, in order (tests check the order and outcome, never the timing).
import net from 'node:net';
import { appendFileSync } from 'node:fs';
const jar = new Map();

function storeCookies(response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

function cookieHeader() {
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

const attackLog = process.env.ARIA_BROWSER_ATTACK;
const note = (line) => appendFileSync(attackLog, `${line}\n`);

// Idle sockets stay open until the server closes them; resolves once all are connected.
async function openIdle(target, count) {
  const state = { connected: 0, closed: 0 };
  await Promise.all(Array.from({ length: count }, () => new Promise((resolve) => {
    const socket = net.connect({ host: target.hostname, port: Number(target.port) });
    socket.on('connect', () => { state.connected += 1; resolve(); });
    socket.on('error', () => resolve());
    socket.on('close', () => { state.closed += 1; });
  })));
  return state;
}

async function attack(genuine) {
  const target = new URL(genuine);
  const idle = await openIdle(target, 100);
  note(`idle connected ${idle.connected}`);
  const forged = new URL(genuine);
  forged.searchParams.set('state', 'attacker-state');
  forged.searchParams.set('code', 'attacker-code');
  const refused = await fetch(forged, { redirect: 'manual' });
  note(`forged ${refused.status}`);
  await refused.text();
  return idle;
}

let url = process.argv[2];
if (!url) {
  console.error('usage: node browser.mjs URL');
  process.exit(2);
}
const start = new URL(url).origin;
for (let hop = 0; hop < 20; hop += 1) {
  if (attackLog && new URL(url).origin !== start) {
    const idle = await attack(url);
    const genuine = await fetch(url, { redirect: 'manual' }); // while the idle ones are open
    await genuine.text();
    note(`genuine ${genuine.status}`);
    // The app closes every idle connection (head deadline, or the listener going away).
    while (idle.closed < idle.connected)
      await new Promise((resolve) => setTimeout(resolve, 100));
    note(`idle closed ${idle.closed}`);
    process.exit(genuine.ok ? 0 : 1);
  }
  console.error(`browser: GET ${url}`);
  const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
  storeCookies(response);
  const location = response.headers.get('location');
  if (response.status >= 300 && response.status < 400 && location) {
    url = new URL(location, url).href;
    continue;
  }
  await response.text();
  console.error(`browser: ${response.status} at ${url}`);
  process.exit(response.ok ? 0 : 1);
}
console.error('browser: too many redirects');
process.exit(1);
