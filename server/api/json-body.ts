import type { Context } from 'hono';
import type { z } from 'zod';

export class BadRequest extends Error {
  constructor(message: string, readonly status: 400 | 413 = 400) { super(message); }
}

/** Parse and validate a JSON body; a readable 400 for anything else. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new BadRequest('the body must be JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new BadRequest(parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}
