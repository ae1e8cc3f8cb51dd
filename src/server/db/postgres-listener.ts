import pg from 'pg';

interface Listening {
  channel: string;
  onNotify(payload: string): void;
  onReconnect?(): void;
}

/**
 * LISTEN needs a connection of its own, outside the pool. One per database serves every channel;
 * it is opened with the first listener, reopened when it drops (listeners are told, since bells may
 * have rung meanwhile), and closed with the last.
 */
export class PostgresListener {
  private client: pg.Client | null = null;
  private opening: Promise<pg.Client> | null = null;
  private readonly listeners = new Set<Listening>();
  private closed = false;

  constructor(private readonly url: string) {}

  async listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>> {
    const listening: Listening = { channel, onNotify, onReconnect };
    this.listeners.add(listening);
    const client = await this.connected();
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return async () => {
      this.listeners.delete(listening);
      if (this.listeners.size === 0) return this.end();
      if (![...this.listeners].some((l) => l.channel === channel))
        await this.client?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.end();
  }

  private async end(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.opening ??= this.open().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => {
      for (const l of this.listeners) if (l.channel === n.channel) l.onNotify(n.payload ?? '');
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.client !== client) return;
      this.client = null;
      if (!this.closed && this.listeners.size > 0) setTimeout(() => this.reopen(), 500);
    });
    await client.connect();
    for (const channel of new Set([...this.listeners].map((l) => l.channel)))
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.client = client;
    return client;
  }

  private reopen(): void {
    if (this.closed || this.listeners.size === 0) return;
    this.connected().then(
      () => {
        for (const l of this.listeners) l.onReconnect?.();
      },
      () => setTimeout(() => this.reopen(), 1_000),
    );
  }
}
