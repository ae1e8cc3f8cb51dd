import { ERROR_CODES } from '../../shared/errors.ts';
import type { AnyRoute } from '../http/route.ts';

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A readable page of the API, generated from the same route table; no script, no outside assets. */
export function docsPage(routes: AnyRoute[]): string {
  const tags = [...new Set(routes.map((r) => r.tag))];
  const sections = tags
    .map(
      (tag) =>
        `<section><h2>${escape(tag)}</h2><table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Policy</th></tr></thead><tbody>${routes
          .filter((r) => r.tag === tag)
          .map(
            (r) =>
              `<tr><td><code>${r.method}</code></td><td><code>/api/v1${escape(r.url)}</code></td><td>${escape(r.summary)}</td><td><code>${r.action}</code></td></tr>`,
          )
          .join('')}</tbody></table></section>`,
    )
    .join('');
  const errors = Object.entries(ERROR_CODES)
    .map(
      ([code, e]) =>
        `<tr><td id="${code}"><code>${code}</code></td><td>${e.status}</td><td>${escape(e.description)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Expert Dialogue API</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #d8dee4;vertical-align:top}
code{font-size:.9em}h2{margin-top:2rem}</style></head><body><main><h1>Expert Dialogue API</h1>
<p>JSON over HTTP under <code>/api/v1</code>. The machine-readable description is <a href="/api/v1/openapi.json">openapi.json</a> (OpenAPI 3.1).
Sign in with <code>POST /api/v1/session</code>; writes made with the session cookie must send the <code>x-csrf-token</code> header it returns.
Updates carry the <code>version</code> they read; a stale one answers 409. Errors are RFC 9457 problem details naming the field at fault.</p>
${sections}<section id="problems"><h2>Problems</h2><table><thead><tr><th>Code</th><th>Status</th><th>Meaning</th></tr></thead><tbody>${errors}</tbody></table></section></main></body></html>`;
}
