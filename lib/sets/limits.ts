// Limits on question sets, shared by the editor, the actions, imports and exports.
export const SET_LIMITS = {
  title: { min: 1, max: 120 },
  description: { max: 2_000 },
  /** Questions one set may hold (an imported deck can be large). */
  items: { max: 2_000 },
} as const;

export const IMPORT_LIMITS = {
  /** Size of an uploaded file, and of everything a zip may unpack to. */
  bytes: 10 * 1024 * 1024,
  unpackedBytes: 50 * 1024 * 1024,
  questions: 2_000,
} as const;
