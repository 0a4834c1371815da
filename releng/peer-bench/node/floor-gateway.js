// SPDX-License-Identifier: EPL-2.0
// The floor of releng/peer-bench.sh's gateway comparison in Node.js (docs/performance.md, "The floor"): what
// releng/peer-bench/floor/GatewayFloor.java does, on Node's one event loop with its net module and no library:
// every 100 ms N INT16 holding registers of unit 1 (blocks of 125, one request outstanding), the changed values
// sent to the one client after the cycle's last answer, one message per 100-byte "request" of the client.
// Usage: node floor-gateway.js <controller port> <tags> <folder> (writes `port` into the folder)
"use strict";
const net = require("net");
const fs = require("fs");

const [controllerPort, tagsArg, folder] = process.argv.slice(2);
const tags = Number(tagsArg), mostPerRequest = 125, publishRequestBytes = 100;
const values = new Int16Array(tags), pending = new Uint8Array(tags);
let changed = [], requestBytes = 0, client = null, transaction = 0, nextOffset = -1, answer = Buffer.alloc(0);

const controller = net.connect(Number(controllerPort), "127.0.0.1");
controller.setNoDelay(true);
function send(offset, count) {
    const r = Buffer.alloc(12);
    r.writeUInt16BE(++transaction & 0xffff, 0); r.writeUInt16BE(6, 4); r[6] = 1; r[7] = 3;
    r.writeUInt16BE(offset, 8); r.writeUInt16BE(count, 10);
    controller.write(r);
}
controller.on("data", d => {
    answer = answer.length ? Buffer.concat([answer, d]) : d;
    if (answer.length < 9 || answer.length < 6 + answer.readUInt16BE(4)) return;
    const count = Math.min(mostPerRequest, tags - nextOffset);
    for (let i = 0; i < count && 9 + 2 * i + 1 < answer.length; i++) {
        const v = answer.readInt16BE(9 + 2 * i), tag = nextOffset + i;
        if (v !== values[tag]) { values[tag] = v; if (!pending[tag]) { pending[tag] = 1; changed.push(tag); } }
    }
    answer = Buffer.alloc(0);
    nextOffset += count;
    if (nextOffset < tags) send(nextOffset, Math.min(mostPerRequest, tags - nextOffset));
    else { nextOffset = -1; flush(); }
});
function flush() {
    if (!client || changed.length === 0 || requestBytes < publishRequestBytes) return;
    const now = Date.now(), out = Buffer.alloc(16 + 14 * changed.length);
    let o = out.writeInt32BE(out.length, 0);
    o = out.writeInt32BE(changed.length, o); o = out.writeDoubleBE(now, o);
    for (const tag of changed) {
        o = out.writeInt32BE(tag, o); o = out.writeInt16BE(values[tag], o); o = out.writeDoubleBE(now, o);
        pending[tag] = 0;
    }
    client.write(out);
    requestBytes -= publishRequestBytes;
    changed = [];
}
const server = net.createServer(c => {
    client = c; c.setNoDelay(true);
    c.on("data", d => { requestBytes += d.length; flush(); });
    c.on("close", () => { client = null; requestBytes = 0; });
});
server.listen(0, "127.0.0.1", () => {
    fs.writeFileSync(`${folder}/port.tmp`, String(server.address().port));
    fs.renameSync(`${folder}/port.tmp`, `${folder}/port`);
});
setInterval(() => { if (nextOffset < 0) { nextOffset = 0; send(0, Math.min(mostPerRequest, tags)); } }, 100);
