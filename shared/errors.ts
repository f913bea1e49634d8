// Errors that cross the contract. Each carries a code the UI can act on and a
// message written for the architect, saying what is wrong and where.

export const ERROR_CODES = [
  'invalid-input', // the payload does not match the contract's schema
  'not-found', // no such estate, workload or dependency
  'conflict', // the estate changed since the caller's revision, or a change does not fit
  'refused-file', // a file that is not a readable Waveplan estate
  'storage', // the disk said no (full, read-only, permissions)
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class WaveplanError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'WaveplanError';
  }
}

export type SerializedError = { code: ErrorCode; message: string; details?: Record<string, unknown> };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof WaveplanError) {
    return error.details ? { code: error.code, message: error.message, details: error.details } : { code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Waveplan: ${message}` };
}

export function deserializeError(e: SerializedError): WaveplanError {
  return new WaveplanError(e.code, e.message, e.details);
}
