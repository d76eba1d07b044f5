#!/usr/bin/env node
// A fault-injecting HTTP proxy for the network drills (tests/integration/tst_netdrills_*).
// It sits between the app's client and one real peer (Composio simulator, OAuth server,
// Supabase endpoint), forwards everything unchanged, and misbehaves on request:
//   reset                 drop the connection (TCP RST) as soon as the request head arrived
//   reset-after-headers   forward, send the peer's status line and headers, then RST
//   half-body             forward, send the headers and half the peer's body, then RST
//   status                answer {status} itself (not forwarded), with Retry-After when given:
//                         retryAfter: "2" (delta-seconds) or retryAfterDateS: 2 (an HTTP date
//                         that many seconds ahead, computed when answering)
//   garbage               answer 200 with broken JSON (not forwarded)
//   huge                  answer 200 with a {bytes}-long JSON body (default 50 MB), written as
//                         fast as the client reads; stops when the client hangs up
//   slow                  answer 200 and trickle the body one byte every {intervalMs} for ever
//   hang                  read the request and never answer
//   redirect              answer {status} (default 307) with a Location on another origin: the
//                         admin port, path /elsewhere + the original path. Whatever arrives
//                         there is recorded (GET /caught: {method, path, headers, body}) and
//                         forwarded to the peer, as an attacker's relay would: a client that
//                         follows the redirect carries its credentials there and succeeds.
//   endless               like huge, without Content-Length (chunked): a body that never ends
// and the peer can be "down" (the data port closed: connection refused) and "up" again on the
// same port. Faults come from an admin port: POST /faults {mode, match?, count?, ...} queues
// one (match: a regex on "METHOD /path?query"; count: how many requests, default every one),
// POST /clear drops them, POST /down and /up, GET /log lists what happened per request
// ({method, path, mode, status, bytesSent, at (ms since the epoch), ms, clientClosed}).
// GET /caught lists the requests that followed a redirect to /elsewhere (see redirect).
// Usage: node proxy.js --upstream http://127.0.0.1:PORT
// Prints "PORT <data port> <admin port>" once both listen on 127.0.0.1. No dependencies.
'use strict';

const http = require('http');

const args = process.argv.slice(2);
const upstreamArg = args[args.indexOf('--upstream') + 1];
if (args.indexOf('--upstream') < 0 || !upstreamArg) {
    console.error('usage: node proxy.js --upstream http://127.0.0.1:PORT');
    process.exit(2);
}
const upstream = new URL(upstreamArg);

let faults = [];
let log = [];
let caught = [];
let dataPort = 0;
const sockets = new Set();

function takeFault(method, path) {
    const line = `${method} ${path}`;
    for (const f of faults) {
        if (f.count === 0)
            continue;
        if (f.match && !new RegExp(f.match).test(line))
            continue;
        if (f.count > 0)
            f.count -= 1;
        return f;
    }
    return null;
}

function kill(socket) {
    if (typeof socket.resetAndDestroy === 'function')
        socket.resetAndDestroy();
    else
        socket.destroy();
}

// Forwards the request to the real peer; calls done(status, headers, bodyBuffer) or
// done(null) when the peer could not be reached.
function forward(req, body, done) {
    const headers = { ...req.headers, host: upstream.host };
    delete headers['content-length'];
    if (body.length)
        headers['content-length'] = String(body.length);
    const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method,
        path: req.url, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done(res.statusCode, res.headers, Buffer.concat(chunks)));
        res.on('error', () => done(null));
    });
    out.on('error', () => done(null));
    out.end(body);
}

function writeHead(socket, status, headers) {
    let head = `HTTP/1.1 ${status} ${http.STATUS_CODES[status] || 'Status'}\r\n`;
    for (const [k, v] of Object.entries(headers)) {
        for (const value of Array.isArray(v) ? v : [v])
            head += `${k}: ${value}\r\n`;
    }
    socket.write(head + '\r\n');
}

function handle(req, res, body) {
    const started = Date.now();
    const fault = takeFault(req.method, req.url);
    const entry = { method: req.method, path: req.url, mode: fault ? fault.mode : 'pass', status: 0,
        bytesSent: 0, at: started, ms: 0, clientClosed: false };
    log.push(entry);
    const socket = req.socket;
    const ended = () => { entry.ms = Date.now() - started; };
    res.on('close', () => { entry.clientClosed = !res.writableFinished; ended(); });

    const mode = fault ? fault.mode : 'pass';
    if (mode === 'reset') {
        kill(socket);
        return ended();
    }
    if (mode === 'hang')
        return; // the client's timeout has to end it
    if (mode === 'status') {
        const headers = { 'content-type': 'application/json' };
        if (fault.retryAfter !== undefined)
            headers['retry-after'] = String(fault.retryAfter);
        if (fault.retryAfterDateS !== undefined)
            headers['retry-after'] = new Date(Date.now() + fault.retryAfterDateS * 1000).toUTCString();
        const text = JSON.stringify({ error: { message: `chaos: HTTP ${fault.status}`, status: fault.status },
            message: `chaos: HTTP ${fault.status}`, code: `chaos${fault.status}` });
        entry.status = fault.status;
        entry.bytesSent = text.length;
        res.writeHead(fault.status, headers);
        return res.end(text);
    }
    if (mode === 'garbage') {
        const text = '{"items": [ {"id": "ca_1", "status": tru}, <html>oops';
        entry.status = 200;
        entry.bytesSent = text.length;
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(text);
    }
    if (mode === 'redirect') {
        const status = fault.status || 307;
        entry.status = status;
        res.writeHead(status, { location: `http://127.0.0.1:${adminPort}/elsewhere${req.url}`, 'content-length': '0' });
        return res.end();
    }
    if (mode === 'huge' || mode === 'endless') {
        const total = mode === 'endless' ? Number.MAX_SAFE_INTEGER : fault.bytes || 50 * 1024 * 1024;
        entry.status = 200;
        res.writeHead(200, mode === 'endless' ? { 'content-type': 'application/json' }
            : { 'content-type': 'application/json', 'content-length': String(total) });
        const chunk = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON whitespace, never ending
        const pump = () => {
            while (entry.bytesSent < total && !res.destroyed) {
                const n = Math.min(chunk.length, total - entry.bytesSent);
                entry.bytesSent += n;
                if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n)))
                    return res.once('drain', pump);
            }
            if (!res.destroyed)
                res.end();
        };
        return pump();
    }
    if (mode === 'slow') {
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000000' });
        res.flushHeaders();
        const timer = setInterval(() => {
            if (res.destroyed)
                return clearInterval(timer);
            entry.bytesSent += 1;
            res.write(' ');
        }, fault.intervalMs || 100);
        res.on('close', () => clearInterval(timer));
        return;
    }

    forward(req, body, (status, headers, data) => {
        if (status === null) {
            entry.status = 502;
            res.writeHead(502, { 'content-type': 'application/json' });
            return res.end('{"message":"chaos proxy: upstream unreachable"}');
        }
        entry.status = status;
        const h = { ...headers };
        delete h['transfer-encoding'];
        delete h['connection'];
        delete h['keep-alive'];
        h['content-length'] = String(data.length);
        if (mode === 'reset-after-headers') {
            // Raw writes: the status line and headers reach the client, no body byte does.
            writeHead(socket, status, h);
            return setTimeout(() => { kill(socket); ended(); }, 50);
        }
        if (mode === 'half-body') {
            writeHead(socket, status, h);
            const half = data.subarray(0, Math.floor(data.length / 2));
            socket.write(half);
            entry.bytesSent = half.length;
            return setTimeout(() => { kill(socket); ended(); }, 50);
        }
        res.writeHead(status, h);
        entry.bytesSent = data.length;
        res.end(data);
    });
}

const data = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
});
data.keepAliveTimeout = 2000;
data.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
});

function readJson(req, done) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        try {
            done(chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {});
        } catch (e) {
            done(null);
        }
    });
}

let adminPort = 0;
const admin = http.createServer((req, res) => {
    if (req.url.startsWith('/elsewhere/')) {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            const path = req.url.slice('/elsewhere'.length);
            caught.push({ method: req.method, path, headers: req.headers, body: body.toString('utf8') });
            forward({ method: req.method, url: path, headers: req.headers }, body, (status, headers, data) => {
                const h = { ...(headers || {}) };
                delete h['transfer-encoding'];
                delete h.connection;
                h['content-length'] = String(data ? data.length : 0);
                res.writeHead(status || 502, h);
                res.end(data || '');
            });
        });
        return;
    }
    const reply = (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
    };
    readJson(req, (body) => {
        if (body === null)
            return reply(400, { error: 'bad json' });
        if (req.method === 'POST' && req.url === '/faults') {
            faults.push({ ...body, count: body.count === undefined ? -1 : body.count });
            return reply(200, { ok: true });
        }
        if (req.method === 'POST' && req.url === '/clear') {
            faults = [];
            return reply(200, { ok: true });
        }
        if (req.method === 'POST' && req.url === '/reset') {
            faults = [];
            log = [];
            caught = [];
            return reply(200, { ok: true });
        }
        if (req.method === 'POST' && req.url === '/down') {
            if (!data.listening)
                return reply(200, { ok: true });
            data.close();
            for (const s of sockets)
                kill(s);
            return reply(200, { ok: true });
        }
        if (req.method === 'POST' && req.url === '/up') {
            if (data.listening)
                return reply(200, { ok: true });
            return data.listen(dataPort, '127.0.0.1', () => reply(200, { ok: true }));
        }
        if (req.method === 'GET' && req.url === '/log')
            return reply(200, log);
        if (req.method === 'GET' && req.url === '/caught')
            return reply(200, caught);
        reply(404, { error: 'unknown admin path' });
    });
});

data.listen(0, '127.0.0.1', () => {
    dataPort = data.address().port;
    admin.listen(0, '127.0.0.1', () => {
        adminPort = admin.address().port;
        process.stdout.write(`PORT ${dataPort} ${admin.address().port}\n`);
    });
});

// The test closes our stdin (or dies): leave with it.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
