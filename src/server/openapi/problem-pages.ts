import { systemContracts as C } from '../../shared/contracts/system.ts';
import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/errors.ts';
import { serve, type AnyRoute } from '../http/route.ts';

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const isCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} · Expert Dialogue API</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #d8dee4;vertical-align:top}</style>
</head><body><main>${body}</main></body></html>`;
}

function problemPage(code: ErrorCode): string {
  const e = ERROR_CODES[code];
  return page(
    e.title,
    `<p><a href="/api/v1/problems">All problems</a></p><h1>${escape(e.title)}</h1>
<p>Status <strong>${e.status}</strong>, code <code>${code}</code>.</p><p>${escape(e.description)}</p>
<p>The answer is an RFC 9457 problem (<code>application/problem+json</code>) whose <code>type</code> is this page;
<code>errors</code>, when present, names each field at fault by its dotted path.</p>`,
  );
}

function indexPage(): string {
  const rows = Object.entries(ERROR_CODES)
    .map(
      ([code, e]) =>
        `<tr><td><a href="/api/v1/problems/${code}"><code>${code}</code></a></td><td>${e.status}</td><td>${escape(e.title)}</td></tr>`,
    )
    .join('');
  return page(
    'Problems',
    `<h1>Problems the API answers</h1><table><thead><tr><th>Code</th><th>Status</th><th>Title</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** Every problem `type` the API sends resolves here, to a page that explains its code. */
export const problemRoutes: AnyRoute[] = [
  serve(C.problems, {
    action: 'public.read',
    tag: 'System',
    summary: 'The problems the API answers, one line each',
    produces: 'text/html',
    handler: async ({ reply }) => reply.type('text/html; charset=utf-8').send(indexPage()),
  }),
  serve(C.problem, {
    action: 'public.read',
    tag: 'System',
    summary: 'What one problem code means',
    produces: 'text/html',
    handler: async ({ params, reply }) => {
      if (!isCode(params.code)) throw new AppError('not_found', `no problem is called ${params.code}`);
      return reply.type('text/html; charset=utf-8').send(problemPage(params.code));
    },
  }),
];
