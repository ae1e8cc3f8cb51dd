import type { z } from 'zod';

/**
 * The route table's two halves. An endpoint (its name, method and path) holds no schema, so the web
 * app's first chunk can address it without loading zod; a contract adds the endpoint's schemas and is
 * what the server mounts, the OpenAPI document describes and the web app checks answers against.
 */
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Slot = z.ZodType | undefined;

export interface Endpoint<N extends string = string, M extends Method = Method, Path extends string = string> {
  /** `<module>.<key>`: how the web app finds the endpoint's contract once the contracts have loaded. */
  readonly name: N;
  readonly method: M;
  /** Relative to /api/v1, in Fastify's syntax (`/dialogues/:id`). */
  readonly path: Path;
}

export const endpoint = <const N extends string, const M extends Method, const Path extends string>(
  name: N,
  method: M,
  path: Path,
): Endpoint<N, M, Path> => ({ name, method, path });

/** The schemas of an endpoint; a slot left out is undefined, and so is what it parses to. */
export interface Schemas<P extends Slot = Slot, Q extends Slot = Slot, B extends Slot = Slot, R extends Slot = Slot> {
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly response?: R;
}

export type Contract<
  P extends Slot = Slot,
  Q extends Slot = Slot,
  B extends Slot = Slot,
  R extends Slot = Slot,
  N extends string = string,
> = Endpoint<N> & Schemas<P, Q, B, R>;

export const contract = <
  N extends string,
  M extends Method,
  Path extends string,
  P extends Slot = undefined,
  Q extends Slot = undefined,
  B extends Slot = undefined,
  R extends Slot = undefined,
>(
  at: Endpoint<N, M, Path>,
  schemas: Schemas<P, Q, B, R>,
): Endpoint<N, M, Path> & Schemas<P, Q, B, R> => ({ ...at, ...schemas });

/** What a slot parses to on the server (the schema's output), or undefined when the contract has none. */
export type Parsed<S> = [S] extends [undefined] ? undefined : z.output<NonNullable<S>>;
/** What a caller sends for a slot (the schema's input, before defaults and coercion). */
export type Sent<S> = [S] extends [undefined] ? undefined : z.input<NonNullable<S>>;
