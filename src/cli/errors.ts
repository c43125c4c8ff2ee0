/** Exit codes of the molehunt CLI (docs/cli.md). */
export const EXIT = { ok: 0, internal: 1, usage: 2, failOn: 3 } as const;

/** Bad usage or unreadable/unrecognized input: exit 2 with a message that says what to do. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
