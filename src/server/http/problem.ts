import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldError } from '../../shared/errors.ts';

export const PROBLEM_TYPE = 'application/problem+json';

/** A stable name for the kind of fault, so clients can word it in the reader's language. */
function faultOf(issue: z.core.$ZodIssue): Pick<FieldError, 'code' | 'params'> {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'required' };
      return { code: issue.origin === 'array' ? 'too_few' : 'too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { code: issue.origin === 'array' ? 'too_many' : 'too_long', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: `format.${issue.format}` };
    case 'invalid_type':
      return { code: issue.input === undefined ? 'required' : 'invalid_type' };
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'invalid_value' };
    case 'custom':
      return typeof issue.params?.code === 'string' ? { code: issue.params.code } : {};
    default:
      return {};
  }
}

/**
 * Of a union's alternatives, the one the input took the shape of (its faults are not a wrong type at
 * its root): an object given where an instant or a wall-clock time is accepted is judged as the latter.
 */
function shapedAlternative(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (issue.code !== 'invalid_union') return null;
  const shaped = issue.errors.filter((e) => !e.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  return shaped.length === 1 ? shaped[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] })) : null;
}

export function zodToFieldErrors(error: z.ZodError): FieldError[] {
  const issues = error.issues.flatMap((issue) => shapedAlternative(issue) ?? [issue]);
  return issues.slice(0, 50).flatMap((issue): FieldError[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: [...issue.path, key].map(String).join('.'),
          message: 'unknown field',
          code: 'unknown_field',
        }))
      : [{ path: issue.path.map(String).join('.'), message: issue.message, ...faultOf(issue) }],
  );
}

/** Parses one part of a request against its contract; a failure names every field at fault. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: 'body' | 'query' | 'params',
): z.infer<T> {
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const errors = zodToFieldErrors(parsed.error).map((e) => ({
    ...e,
    path: where === 'body' ? e.path : [where, e.path].filter(Boolean).join('.'),
  }));
  throw new AppError('validation_failed', errors.map((e) => `${e.path || where}: ${e.message}`).join('; '), errors);
}

/** `users_person_id_unique` on table `users` → `personId`; null when the name does not say. */
function uniqueColumn(err: { constraint?: unknown; table?: unknown }): string | null {
  const m = /^(.+)_(unique|key)$/.exec(String(err.constraint ?? ''));
  const table = String(err.table ?? '');
  if (!m || !table || !m[1]!.startsWith(`${table}_`)) return null;
  return m[1]!.slice(table.length + 1).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Postgres error codes a write can meet that are the caller's fault, not ours. */
function fromDatabaseError(err: {
  code?: unknown;
  constraint?: unknown;
  detail?: unknown;
  table?: unknown;
}): AppError | null {
  switch (err.code) {
    case '23505': {
      // Say which field is taken, not how the schema names its constraint.
      const column = uniqueColumn(err);
      return new AppError(
        'conflict',
        'already exists',
        column ? [{ path: column, message: 'already taken', code: 'taken' }] : undefined,
      );
    }
    case '23503':
      return new AppError(
        'conflict',
        `still referenced, or refers to something missing (${String(err.constraint ?? 'foreign key')})`,
      );
    case '23514':
      return new AppError('validation_failed', `violates ${String(err.constraint ?? 'a check')}`, [
        { path: '', message: String(err.constraint ?? 'check failed') },
      ]);
    default:
      return null;
  }
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { constraint?: unknown; detail?: unknown; cause?: unknown };
  const db = fromDatabaseError(e) ?? (typeof e.cause === 'object' && e.cause ? fromDatabaseError(e.cause) : null);
  if (db) return db;
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('body_too_large', e.message, [{ path: '', message: e.message }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupported_media_type', e.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_body', 'the body is empty', [{ path: '', message: 'expected a JSON body' }]);
  }
  if (e instanceof SyntaxError || e.statusCode === 400) {
    return new AppError('malformed_body', e.message, [{ path: '', message: e.message }]);
  }
  return new AppError('internal');
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  return reply.code(error.status).type(PROBLEM_TYPE).send(JSON.stringify(error.toProblem()));
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const error = toAppError(err);
  if (error.code === 'internal') req.log.error({ err }, 'unhandled error');
  return sendProblem(reply, error);
}
