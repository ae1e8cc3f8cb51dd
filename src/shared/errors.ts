/**
 * Every error the API can answer, with its HTTP status. The table is a Record over the codes,
 * so adding a code without a status or a description does not compile.
 */
export const ERROR_CODES = {
  validation_failed: {
    status: 400,
    title: 'The request is not valid',
    description: 'A field of the body, query or path failed validation; `errors` names each field path.',
  },
  malformed_body: {
    status: 400,
    title: 'The body is not valid JSON',
    description: 'The body could not be parsed as JSON.',
  },
  body_too_large: {
    status: 413,
    title: 'The body is too large',
    description: 'The body exceeds the size limit of the API.',
  },
  unauthenticated: { status: 401, title: 'Sign in first', description: 'The route needs a signed-in user.' },
  invalid_credentials: { status: 401, title: 'Wrong e-mail or password', description: 'Sign-in failed.' },
  csrf_failed: {
    status: 403,
    title: 'Missing or wrong CSRF token',
    description: 'Cookie-authenticated writes must send the x-csrf-token header given at sign-in.',
  },
  forbidden: { status: 403, title: 'Not allowed', description: 'The policy does not allow this action to this user.' },
  not_found: { status: 404, title: 'Not found', description: 'No such resource, or it is not visible to this reader.' },
  too_many_attempts: {
    status: 429,
    title: 'Too many attempts',
    description:
      'Too many attempts from this address (sign-ins, resets, writes); wait as long as `Retry-After` says (a slowed sign-in also names the wait in its field error: `params.retryAfter` in seconds and `params.until`).',
  },
  unsupported_media_type: { status: 415, title: 'Unsupported media type', description: 'Send application/json.' },
  version_conflict: {
    status: 409,
    title: 'Someone changed this first',
    description: 'The `version` sent is not the current one; reload and apply the change again.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description: 'The change would break a uniqueness rule or remove something still in use.',
  },
  floor_closed: {
    status: 409,
    title: 'The speakers’ list is closed',
    description:
      'The chair has closed the speakers’ list: it takes no requests, though the chair may still add a speaker.',
  },
  file_type_refused: {
    status: 415,
    title: 'This kind of file is not accepted',
    description:
      'Materials may be PDF, DOCX, PPTX, XLSX, ODT, PNG, JPEG, GIF, WebP or UTF-8 text, as their bytes show (the name decides nothing).',
  },
  file_unsafe: {
    status: 422,
    title: 'The file is not safe to keep',
    description:
      'An archive that would inflate far beyond its size (a ZIP bomb), or a file that cannot be read safely.',
  },
  internal: { status: 500, title: 'Internal error', description: 'An unexpected failure; nothing was changed.' },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  /** Dotted path of the field at fault, e.g. `title.texts.en.text` or `areaIds.2`; empty for the whole body. */
  path: string;
  /** In English, for logs and API users. */
  message: string;
  /** What kind of fault, for clients to say it in the reader's language: `required`, `too_long`, `format.datetime`, … */
  code?: string;
  params?: Record<string, string | number>;
}

/** RFC 9457 problem details, as every error response carries them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  errors?: FieldError[];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  toProblem(): Problem {
    const { title, status } = ERROR_CODES[this.code];
    return {
      type: `/api/v1/problems/${this.code}`,
      title,
      status,
      code: this.code,
      ...(this.message !== title ? { detail: this.message } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const fieldError = (path: string, message: string): AppError =>
  new AppError('validation_failed', `${path || 'body'}: ${message}`, [{ path, message }]);
