// The Linux side of `node` (and `psql`) for tests built for Windows and run under Wine (make
// test-windows). Wine cannot give a Windows process pipes to a Linux program, so
// tests/wine/node-shim.cpp (built as node.exe and psql.exe, first on the tests' PATH) forwards
// each `node ...` it is asked to run here: it sends one JSON line {program, args, cwd, env},
// then its stdin; this bridge runs the real program with
// those arguments and answers with frames [type u8][length u32 BE][bytes]: 1 stdout, 2 stderr,
// 3 the exit status (i32 BE). Closing the connection (the shim killed) stops the child.
// Prints "listening <port>" once it accepts connections on 127.0.0.1.
import net from 'node:net';
import { spawn } from 'node:child_process';

const prefix = process.env.WINEPREFIX;

// A Windows path as the Linux side sees it: Z: is the root, other drives are in the prefix.
export function unixPath(value) {
    const m = /^([A-Za-z]):[\\/](.*)$/s.exec(value);
    if (!m) return value;
    const rest = m[2].replace(/\\/g, '/');
    return m[1].toUpperCase() === 'Z' ? `/${rest}` : `${prefix}/drive_${m[1].toLowerCase()}/${rest}`;
}

// What Windows (or Wine) put in the shim's environment for itself; the Linux child keeps ours.
const windowsOwn = /^(path|pathext|comspec|temp|tmp|windir|systemroot|systemdrive|userprofile|appdata|localappdata|programdata|programfiles.*|programw6432|commonprogram.*|public|allusersprofile|homedrive|homepath|username|userdomain|computername|os|processor_.*|number_of_processors|driverdata|logonserver|sessionname|wine.*)$/i;

function environment(theirs) {
    const env = { ...process.env };
    for (const [name, value] of Object.entries(theirs ?? {})) {
        if (windowsOwn.test(name) || /^[A-Za-z]:\\/.test(value)) continue;
        env[name] = value;
    }
    return env;
}

// What a shim may run: the peers' node, and psql for the Supabase peer's SQL (supabasepeer.h).
const programs = { node: process.execPath, psql: 'psql' };

function frame(type, payload) {
    const head = Buffer.alloc(5);
    head.writeUInt8(type, 0);
    head.writeUInt32BE(payload.length, 1);
    return Buffer.concat([head, payload]);
}

function serve(socket) {
    let header = Buffer.alloc(0);
    let child = null;
    const fail = (message) => {
        socket.write(frame(2, Buffer.from(`node-bridge: ${message}\n`)));
        const code = Buffer.alloc(4);
        code.writeInt32BE(127, 0);
        socket.end(frame(3, code));
    };
    socket.on('data', (chunk) => {
        if (child) { child.stdin.write(chunk); return; }
        header = Buffer.concat([header, chunk]);
        const eol = header.indexOf(0x0a);
        if (eol < 0) return;
        let request;
        try { request = JSON.parse(header.subarray(0, eol).toString('utf8')); } catch (e) { fail(`bad request: ${e.message}`); return; }
        const rest = header.subarray(eol + 1);
        const program = programs[request.program ?? 'node'];
        if (!program) { fail(`not a program the tests run: ${request.program}`); return; }
        child = spawn(program, (request.args ?? []).map(unixPath),
            { cwd: unixPath(request.cwd ?? '/'), env: environment(request.env), stdio: ['pipe', 'pipe', 'pipe'] });
        child.stdin.on('error', () => {});
        if (rest.length) child.stdin.write(rest);
        child.stdout.on('data', (d) => socket.write(frame(1, d)));
        child.stderr.on('data', (d) => socket.write(frame(2, d)));
        child.on('error', (e) => fail(e.message));
        child.on('close', (code, signal) => {
            const status = Buffer.alloc(4);
            status.writeInt32BE(code ?? 128 + (signal === 'SIGKILL' ? 9 : 15), 0);
            if (!socket.destroyed) socket.end(frame(3, status));
        });
    });
    socket.on('end', () => { if (child) child.stdin.end(); });
    socket.on('error', () => {});
    socket.on('close', () => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        setTimeout(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); }, 5000).unref();
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
    // Half-open: the shim's end of stdin must not end the way back (the child's output, its exit).
    const server = net.createServer({ allowHalfOpen: true }, serve);
    server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
    process.on('SIGTERM', () => process.exit(0));
}
