// The baseline of the HTTP benchmarks: node:http answering what the API answers, and nothing else —
// `{"status":"ok"}` at /health/live, and a problem+json 404 anywhere else.
import http from 'node:http';

const live = JSON.stringify({ status: 'ok' });
const port = Number(process.argv[2] ?? 0);
const server = http.createServer((req, res) => {
  const path = req.url?.split('?')[0] ?? '/';
  if (path === '/health/live') {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(live),
    });
    res.end(live);
    return;
  }
  const problem = JSON.stringify({
    type: 'urn:kenshu:problem:http.not_found',
    title: 'Not found',
    status: 404,
    detail: `No route or resource at ${req.method} ${path}`,
    instance: path,
    code: 'HTTP.NOT_FOUND',
  });
  res.writeHead(404, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(problem),
  });
  res.end(problem);
});
server.listen(port, '127.0.0.1', () => console.log(`bare http listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
