// A tiny static server for the built site (dist/), on loopback, with Framework's clean URLs.
import {createServer, type Server} from "node:http";
import {createReadStream, existsSync, statSync} from "node:fs";
import {extname, join, normalize} from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json"
};

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port) under `prefix` (default "/"; "/ml-course/" serves the site as
 * a GitHub Pages project site would, at /ml-course/…, and answers 404 outside it). The URL ends with the prefix.
 */
export function serve(root: string, port = 0, {prefix = "/"}: {prefix?: string} = {}): Promise<{server: Server; url: string}> {
  const base = `/${prefix.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    if (`${pathname}/` === base) {
      res.writeHead(301, {location: base}).end();
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found (outside the site's prefix)");
      return;
    }
    const path = decodeURIComponent(pathname.slice(base.length - 1));
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    else if (!existsSync(file) && existsSync(file + ".html")) file += ".html";
    if (!existsSync(file)) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache"});
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const p = typeof address === "object" && address ? address.port : port;
      resolve({server, url: `http://127.0.0.1:${p}${base === "/" ? "" : base}`});
    });
  });
}

// `tsx test/browser/server.ts [port] [prefix]` serves dist/ by hand (for screenshots and manual checks).
if (process.argv[1]?.endsWith("server.ts")) {
  const root = join(process.cwd(), "dist");
  serve(root, Number(process.argv[2] ?? 4321), {prefix: process.argv[3]}).then(({url}) => console.log(`serving ${root} at ${url}`));
}
