// A stand-in for the system browser: GETs the authorization URL and follows every redirect
// (keeping cookies, as a browser does) until a page answers, normally the app's loopback
// listener. Usable as ARIA_BROWSER. Prints each URL it visits on stderr.
//
//   node browser.mjs URL
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

let url = process.argv[2];
if (!url) {
  console.error('usage: node browser.mjs URL');
  process.exit(2);
}
for (let hop = 0; hop < 20; hop += 1) {
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
