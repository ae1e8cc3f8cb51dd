/** Limits both the server and the web client enforce. One place, so the two never disagree. */
export const LIMITS = {
  /** Whole request body, in bytes. */
  bodyBytes: 256 * 1024,
  shortText: 500,
  longText: 20_000,
  urlLength: 2_000,
  translationsPerField: 16,
  linksPerItem: 200,
  namesPerEntity: 20,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  passwordMin: 12,
  passwordMax: 256,
  searchQuery: 200,
  publicationBody: 100_000,
} as const;
