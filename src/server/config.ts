import { resolve } from 'node:path';
import { z } from 'zod';

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
  publicUrl: string | null;
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
    publicUrl: e.PUBLIC_URL ?? null,
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
  };
}

export const testConfig = (overrides: Partial<Config> = {}): Config => ({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: null,
  dataDir: './data',
  demo: false,
  publicUrl: null,
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
  ...overrides,
});
