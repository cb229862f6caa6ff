// The Content-Security-Policy every built page carries as a <meta http-equiv> (a static host adds
// no headers): only this site's own scripts — the inline ones by hash — styles, images, fonts,
// workers and connections; WebAssembly compilation for Parquet; no plugins, no <base> elsewhere,
// no form posts. Styles stay 'unsafe-inline': Plot and Inputs write <style> elements and style
// attributes. Workers created from this site's own files get no policy from the page (the browser
// takes a worker's policy from its response), which is why the code-cell worker removes the
// network functions itself.
import {createHash} from "node:crypto";

/** The policy for one page: the fixed directives plus a hash of each inline script in `html`. */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...inlineScripts(html)].map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "media-src 'self' data: blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'"
  ].join("; ");
}

/** The text of every <script> element without a src attribute. */
export function* inlineScripts(html: string): Generator<string> {
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    yield match[2];
  }
}

/** `html` with the policy as the first element of <head> (before any script can run). */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, "");
  const head = withoutOld.match(/<head\b[^>]*>/i);
  if (!head || head.index === undefined) throw new Error("withContentSecurityPolicy: the page has no <head>");
  const at = head.index + head[0].length;
  // After <meta charset>, which must stay within the first 1024 bytes.
  const charset = withoutOld.slice(at).match(/^\s*<meta charset="[^"]*">/i);
  const insert = charset ? at + charset[0].length : at;
  return withoutOld.slice(0, insert) + meta + withoutOld.slice(insert);
}
