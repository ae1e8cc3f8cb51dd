import { createHash } from 'node:crypto';

/** Publishing writes ring it; every instance clears its rendered pages. */
export const NEWS_PAGES_CHANNEL = 'news_pages';

export interface CachedPage {
  status: number;
  type: string;
  body: Buffer;
  etag: string;
}

/**
 * Rendered public pages, so the news site answers at the speed of a static file. What a page shows
 * changes in two ways only: a publishing write, which clears the cache on this instance as it
 * commits and on the others through NOTIFY; and time reaching an embargo, so no entry outlives the
 * next publish-at. Should a bell be missed, an instance still learns of a write within `ttlMs`.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage & { until: number }>();

  constructor(
    private readonly clock: () => Date,
    private readonly ttlMs = 5_000,
    private readonly capacity = 1_000,
  ) {}

  get(key: string): CachedPage | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (this.clock().getTime() >= hit.until) {
      this.entries.delete(key);
      return undefined;
    }
    return hit;
  }

  set(key: string, page: Omit<CachedPage, 'etag'>, nextEmbargo: Date | null): CachedPage {
    const now = this.clock().getTime();
    const entry = {
      ...page,
      etag: `"${createHash('sha1').update(page.body).digest('base64url')}"`,
      until: Math.min(now + this.ttlMs, nextEmbargo?.getTime() ?? Infinity),
    };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }
}
