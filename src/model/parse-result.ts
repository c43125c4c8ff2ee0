import type { z } from 'zod';

/** Expected bad input is a value: either the parsed value or one message per problem, each with its path. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/** Flattens zod issues to `path: message` lines (`(root)` when the problem is the record itself). */
export function flattenIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? '(root)' : path}: ${issue.message}`;
  });
}

/** Runs a zod schema and returns a ParseResult instead of throwing. */
export function safeParse<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: flattenIssues(result.error) };
}
