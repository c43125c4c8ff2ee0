/** Why the store could not be opened; the CLI maps these to exit code 2 with the message. */
export class StoreOpenError extends Error {
  readonly code = 'store_unavailable' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}
