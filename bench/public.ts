import { join } from 'node:path';
import { benchLine, median, type Figure } from './report.ts';
import { connections, load, onBothBackends, rounds, seconds, startServer, type Run } from './harness.ts';

/**
 * npm run bench:public — the news site's article page and RSS feed, each beside the same server
 * answering a static body of the same bytes, on PGlite and on PostgreSQL. Target: ≥ 50 % of the
 * static baseline's req/s. Pages are served from the page cache; the figure for a page rendered on
 * every request (a cache miss) is printed beside it. Options (env) as for bench:api.
 */
async function benchBackend(backend: 'pglite' | 'postgres', env: Record<string, string>): Promise<Figure[]> {
  const { base, stop } = await startServer(join(import.meta.dirname, 'public-server.ts'), env);
  try {
    const slug = ((await (await fetch(`${base}/api/v1/news?lang=en`)).json()) as { items: { slug: string }[] })
      .items[0]!.slug;
    const pairs = [
      { name: 'article', url: `${base}/news/${slug}`, baseline: `${base}/bench/static-article` },
      { name: 'feed', url: `${base}/news/rss.xml?lang=en`, baseline: `${base}/bench/static-feed` },
    ];
    const figures: Figure[] = [];
    const rows: Record<string, Record<string, number | string>> = {};
    for (const p of pairs) {
      await load(p.url, { duration: 2 });
      await load(p.baseline, { duration: 2 });
      const ours: Run[] = [];
      const statics: Run[] = [];
      for (let i = 0; i < rounds; i++) {
        // Interleaved, so drift in the machine's load falls on both alike.
        statics.push(await load(p.baseline));
        ours.push(await load(p.url));
      }
      const m = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k]));
      const ratio = m(ours, 'rps') / m(statics, 'rps');
      rows[`static ${p.name} (baseline)`] = {
        'req/s': Math.round(m(statics, 'rps')),
        'p50 ms': m(statics, 'p50'),
        'p99 ms': m(statics, 'p99'),
        errors: m(statics, 'errors'),
      };
      rows[`GET ${p.name}`] = {
        'req/s': Math.round(m(ours, 'rps')),
        'p50 ms': m(ours, 'p50'),
        'p99 ms': m(ours, 'p99'),
        errors: m(ours, 'errors'),
        ratio: ratio.toFixed(2),
      };
      // The same page rendered on every request: what a cache miss costs.
      const rendered = await load(p.url, { headers: { 'x-bench-render': 'always' } });
      rows[`GET ${p.name}, rendered every time`] = {
        'req/s': Math.round(rendered.rps),
        'p50 ms': rendered.p50,
        'p99 ms': rendered.p99,
        errors: rendered.errors,
        ratio: (rendered.rps / m(statics, 'rps')).toFixed(2),
      };
      figures.push(
        {
          name: `public.${p.name}.${backend}.uncached_rps`,
          value: rendered.rps,
          baseline: `static-${p.name}`,
          baseline_value: m(statics, 'rps'),
          ratio: rendered.rps / m(statics, 'rps'),
        },
        {
          name: `public.${p.name}.${backend}.rps`,
          value: m(ours, 'rps'),
          baseline: `static-${p.name}`,
          baseline_value: m(statics, 'rps'),
          ratio,
          target: '>=0.50 of baseline',
          met: ratio >= 0.5,
        },
        {
          name: `public.${p.name}.${backend}.p99_ms`,
          value: m(ours, 'p99'),
          baseline: `static-${p.name}`,
          baseline_value: m(statics, 'p99'),
          ratio: m(ours, 'p99') / Math.max(m(statics, 'p99'), 1),
        },
      );
    }
    console.log(`\n${backend}: median of ${rounds} runs of ${seconds}s, ${connections} connections`);
    console.table(rows);
    return figures;
  } finally {
    await stop();
  }
}

const figures = await onBothBackends(benchBackend);
console.log('');
for (const f of figures) console.log(benchLine(f));
