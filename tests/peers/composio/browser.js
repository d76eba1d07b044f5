#!/usr/bin/env node
// A scripted stand-in for the user's browser (ARIA_BROWSER="node browser.js"): GETs the URL
// and follows redirects like a browser would, e.g. from the consent page to the loopback
// callback. Writes each hop to $ARIA_BROWSER_LOG when set. Runs detached from the app.
'use strict';
const fs = require('fs');

async function main() {
    let url = process.argv[process.argv.length - 1];
    const logFile = process.env.ARIA_BROWSER_LOG;
    for (let hop = 0; hop < 10 && url; ++hop) {
        const res = await fetch(url, { redirect: 'manual' });
        const body = await res.text();
        if (logFile)
            fs.appendFileSync(logFile, `${res.status} ${url}\n`);
        const next = res.headers.get('location');
        url = res.status >= 300 && res.status < 400 && next ? new URL(next, url).toString() : null;
        if (!url && logFile)
            fs.appendFileSync(logFile, `page ${body.length} bytes\n`);
    }
}
main().catch((e) => {
    if (process.env.ARIA_BROWSER_LOG)
        fs.appendFileSync(process.env.ARIA_BROWSER_LOG, `error ${e.message}\n`);
    process.exit(1);
});
