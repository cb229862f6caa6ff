// Preload for `node --import` (through NODE_OPTIONS, so npm, tsx, Framework and every child process load it):
// refuses every lookup and connection that is not to this machine, and records each one. A record line is
// JSON {pid, kind, target, script} appended to the file named by PK_NET_LOG (else written to stderr).
// Loopback (localhost, 127.x, ::1) and Unix sockets still work, so `observable preview` can serve.
// Plain JavaScript, not TypeScript: node loads it before any TypeScript loader.
import {appendFileSync} from "node:fs";
import dns from "node:dns";
import net from "node:net";

const loopbackNames = new Set(["localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"]);
const isLoopback = (host) => !host || loopbackNames.has(String(host).toLowerCase()) || /^127\./.test(host) || String(host).endsWith(".localhost");

function record(kind, target) {
  const line = JSON.stringify({pid: process.pid, kind, target, script: process.argv[1] ?? ""});
  if (process.env.PK_NET_LOG) appendFileSync(process.env.PK_NET_LOG, line + "\n");
  else process.stderr.write(`no-network: refused ${line}\n`);
}

function refused(kind, target) {
  record(kind, target);
  return Object.assign(new Error(`no-network: ${kind} ${target} refused`), {code: kind.startsWith("dns") ? "ENOTFOUND" : "ECONNREFUSED", hostname: target});
}

// The resolver fails every lookup of another host.
const lookup = dns.lookup;
dns.lookup = function (hostname, options, callback) {
  if (isLoopback(hostname)) return lookup.apply(this, arguments);
  const cb = typeof options === "function" ? options : callback;
  const error = refused("dns.lookup", hostname);
  process.nextTick(() => cb(error));
  return {};
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = function (hostname) {
  if (isLoopback(hostname)) return lookupPromise.apply(this, arguments);
  return Promise.reject(refused("dns.lookup", hostname));
};
for (const name of Object.keys(dns).filter((k) => k.startsWith("resolve"))) {
  dns[name] = function (hostname, ...rest) {
    const cb = rest.at(-1);
    const error = refused(`dns.${name}`, hostname);
    if (typeof cb === "function") process.nextTick(() => cb(error));
  };
  if (typeof dns.promises[name] === "function") dns.promises[name] = (hostname) => Promise.reject(refused(`dns.${name}`, hostname));
}

// Every TCP connection (net.connect, tls.connect, http(s).request, undici's fetch) goes through Socket#connect.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  let options = args[0];
  if (Array.isArray(options)) options = options[0]; // net's internal normalized [options, callback]
  if (typeof options === "number" || (typeof options === "string" && /^\d+$/.test(options))) options = {port: options, host: typeof args[1] === "string" ? args[1] : undefined};
  if (typeof options === "string") options = {path: options};
  if (options && !options.path && !isLoopback(options.host)) {
    const error = refused("connect", `${options.host}:${options.port}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};

// fetch: refused before undici, so the record names the URL.
if (typeof globalThis.fetch === "function") {
  const fetch = globalThis.fetch;
  globalThis.fetch = function (input, init) {
    const url = new URL(typeof input === "string" || input instanceof URL ? String(input) : input.url);
    if ((url.protocol === "http:" || url.protocol === "https:") && !isLoopback(url.hostname)) {
      return Promise.reject(Object.assign(new TypeError("fetch failed"), {cause: refused("fetch", url.href)}));
    }
    return fetch.call(this, input, init);
  };
}
