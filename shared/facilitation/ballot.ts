/**
 * Anonymous dot votes. A vote's `voter` is not the person's participant id (which everyone sees
 * in presence) but a ballot id: a hash of a secret that only the voter's browser holds and of the
 * round. The same browser finds its own dots again (to withdraw one, to count what is left), the
 * per-person limit still holds, and nobody reading the board can tell who voted for what, nor link
 * one person's ballots across rounds — before the reveal or after it.
 */

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, by bryc) */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The ballot id of the browser holding `secret` in round `roundId` (about 106 bits). */
export function ballotId(secret: string, roundId: string): string {
  const text = `${secret}\u0000${roundId}`;
  return `b${cyrb53(text, 1).toString(36)}${cyrb53(text, 2).toString(36)}`;
}
