// The baselines of the material-file benchmarks: node:http and node:fs, nothing else. POST /upload pipes
// the request body to a new file under the root; GET /<path> sends a file under the root, or the one
// `bytes=a-b` range asked for (206), with fs.createReadStream. No authentication, no database, no checks.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { join, normalize } from 'node:path';
import { pipeline } from 'node:stream/promises';

const [port, root] = process.argv.slice(2);

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method === 'POST' && req.url === '/upload') {
    const name = `upload-${randomUUID()}`;
    await pipeline(req, createWriteStream(join(root!, name)));
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ name }));
    return;
  }
  const path = join(root!, normalize(decodeURIComponent(req.url ?? '/')).replace(/^(\.\.[/\\])+/, ''));
  const { size } = await stat(path);
  const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (!m) {
    res.writeHead(200, { 'content-length': size });
    await pipeline(createReadStream(path), res);
    return;
  }
  const start = Number(m[1]);
  const end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  res.writeHead(206, { 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${size}` });
  await pipeline(createReadStream(path, { start, end }), res);
}

http
  .createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(404);
      res.end();
    });
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`bare file server listening on ${port}`));
