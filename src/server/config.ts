import { resolve } from 'node:path';
import { z } from 'zod';

const count = z.coerce.number().int().min(1).max(1_000_000);
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every setting the server reads, each with its meaning. README's configuration table mirrors this. */
export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./data'),
    DEMO: flag.default(true),
    PUBLIC_URL: z.string().url().optional(),
    COOKIE_SECURE: flag.default(false),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 14),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: flag.default(false),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Expert Dialogue <no-reply@expert-dialogue.local>'),
    ICE_SERVERS: z
      .string()
      .default('[]')
      .transform((v, ctx) => {
        const parsed = IceServers.safeParse(safeJson(v));
        if (!parsed.success)
          ctx.addIssue({ code: 'custom', message: 'a JSON array of {"urls", "username"?, "credential"?}' });
        return parsed.data ?? [];
      }),
    JANUS_URL: z.string().url().optional(),
    JANUS_PIN_KEY: z.string().min(16).optional(),
    LIVE_SEND_BUFFER_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(4 * 1024 * 1024),
    RATE_LIMIT_WRITES_PER_MINUTE: count.default(300),
    RATE_LIMIT_ACCOUNT_PER_MINUTE: count.default(10),
    SIGN_IN_DELAY_BASE_SECONDS: z.coerce.number().min(0).max(3600).default(1),
    SIGN_IN_DELAY_MAX_SECONDS: z.coerce.number().min(0).max(86_400).default(900),
    SIGN_IN_ALERT_FAILURES: count.default(20),
    PASSWORD_RESET_INTERVAL_MINUTES: z.coerce.number().min(0).max(1440).default(15),
    METRICS: flag.default(false),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    METRICS_HOST: z.string().default('127.0.0.1'),
    MATERIAL_MAX_MB: z.coerce.number().min(0.001).max(2048).default(50),
    MATERIALS_PER_DIALOGUE: count.default(500),
  })
  .refine((e) => e.DEMO || e.PUBLIC_URL, {
    path: ['PUBLIC_URL'],
    message:
      'required with DEMO=0: the address users reach the server at (https://dialogue.example.org), for every link that leaves the browser',
  })
  .refine((e) => !e.PUBLIC_URL || /^https?:\/\//.test(e.PUBLIC_URL), {
    path: ['PUBLIC_URL'],
    message: 'must be an http or https address',
  })
  .refine((e) => !e.JANUS_URL || e.JANUS_PIN_KEY, {
    path: ['JANUS_PIN_KEY'],
    message: 'required with JANUS_URL: the secret every instance derives room PINs from',
  });

const IceServers = z.array(
  z.object({
    urls: z.union([z.string(), z.array(z.string())]),
    username: z.string().optional(),
    credential: z.string().optional(),
  }),
);
const safeJson = (v: string): unknown => {
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
};

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  demo: boolean;
  /**
   * The address users reach the server at, without a trailing slash: every link that leaves the
   * browser (mail, calendars, feeds, sitemap, OpenGraph) is built from it, never from a request's Host.
   * With DEMO and no PUBLIC_URL, http://localhost:PORT (the port actually bound, when PORT is 0).
   */
  publicUrl: string;
  cookieSecure: boolean;
  sessionTtlHours: number;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  /** Where mail goes (smtp://user:pass@host:port); without it, mail stays in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** STUN and TURN servers handed to browsers for audio and video. */
  iceServers: z.infer<typeof IceServers>;
  /** The Janus WebRTC Server's WebSocket (ws://host:8188): rooms use it as their SFU. Without it, mesh. */
  janusUrl: string | null;
  /** Every instance derives the same room PIN from it; only a dialogue's insiders are given the PIN. */
  janusPinKey: string | null;
  /** A live client with more unsent bytes than this is too slow: it is dropped and resumes from its seq. */
  liveSendBufferBytes: number;
  /** Writes (every method but GET, HEAD, OPTIONS) one client address may make per minute. */
  rateLimitWritesPerMinute: number;
  /** Attempts per minute on sign-in, password reset, invitation answers and account setup, per account and per address. */
  rateLimitAccountPerMinute: number;
  /** The first wait after a wrong password from one address for one account; each further failure doubles it. */
  signInDelayBaseSeconds: number;
  /** The longest such wait. */
  signInDelayMaxSeconds: number;
  /** Failures for one account, from every address, within an hour that alert the secretariat (at most once an hour). */
  signInAlertFailures: number;
  /** At most one reset message per account in this interval. */
  passwordResetIntervalMinutes: number;
  /** Prometheus metrics at GET /metrics: off unless METRICS=1. */
  metrics: boolean;
  /** With it, /metrics is served on this port (and METRICS_HOST) only, not on the main one. */
  metricsPort: number | null;
  metricsHost: string;
  /** The largest file a material may be, in bytes (MATERIAL_MAX_MB). */
  materialMaxBytes: number;
  /** How many materials one dialogue may hold. */
  materialsPerDialogue: number;
}

/** Parse once at boot; a bad setting stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: resolve(e.DATA_DIR),
    demo: e.DEMO,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    cookieSecure: e.COOKIE_SECURE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    iceServers: e.ICE_SERVERS,
    janusUrl: e.JANUS_URL ?? null,
    janusPinKey: e.JANUS_PIN_KEY ?? null,
    liveSendBufferBytes: e.LIVE_SEND_BUFFER_BYTES,
    rateLimitWritesPerMinute: e.RATE_LIMIT_WRITES_PER_MINUTE,
    rateLimitAccountPerMinute: e.RATE_LIMIT_ACCOUNT_PER_MINUTE,
    signInDelayBaseSeconds: e.SIGN_IN_DELAY_BASE_SECONDS,
    signInDelayMaxSeconds: e.SIGN_IN_DELAY_MAX_SECONDS,
    signInAlertFailures: e.SIGN_IN_ALERT_FAILURES,
    passwordResetIntervalMinutes: e.PASSWORD_RESET_INTERVAL_MINUTES,
    metrics: e.METRICS,
    metricsPort: e.METRICS_PORT ?? null,
    metricsHost: e.METRICS_HOST,
    materialMaxBytes: Math.round(e.MATERIAL_MAX_MB * 1024 * 1024),
    materialsPerDialogue: e.MATERIALS_PER_DIALOGUE,
  };
}

export const testConfig = (overrides: Partial<Config> = {}): Config => ({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: null,
  dataDir: './data',
  demo: false,
  publicUrl: 'http://localhost:3000',
  cookieSecure: false,
  sessionTtlHours: 24,
  logLevel: 'silent',
  trustProxy: false,
  smtpUrl: null,
  mailFrom: 'Expert Dialogue <no-reply@test.example>',
  iceServers: [],
  janusUrl: null,
  janusPinKey: null,
  liveSendBufferBytes: 4 * 1024 * 1024,
  // Generous, so no test is throttled by accident; the limits' own tests set small ones.
  rateLimitWritesPerMinute: 1_000_000,
  rateLimitAccountPerMinute: 1_000_000,
  signInDelayBaseSeconds: 0,
  signInDelayMaxSeconds: 0,
  signInAlertFailures: 1_000_000,
  passwordResetIntervalMinutes: 15,
  metrics: false,
  metricsPort: null,
  metricsHost: '127.0.0.1',
  materialMaxBytes: 50 * 1024 * 1024,
  materialsPerDialogue: 500,
  ...overrides,
});
