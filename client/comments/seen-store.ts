/**
 * When this browser last saw each comment thread of a board (for unread markers). Kept in
 * localStorage, bounded: only the most recent threads are remembered.
 */
const MAX_THREADS = 500;

export class SeenStore {
  readonly #key: string;
  #seen: Record<string, number>;

  constructor(boardId: string, private readonly storage: Storage = localStorage) {
    this.#key = `leverboard:comments-seen:${boardId}`;
    try {
      const parsed = JSON.parse(storage.getItem(this.#key) ?? '{}') as unknown;
      this.#seen = parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
    } catch {
      this.#seen = {};
    }
  }

  get(threadId: string): number | undefined {
    const v = this.#seen[threadId];
    return typeof v === 'number' ? v : undefined;
  }

  markSeen(threadId: string, at: number): void {
    if ((this.get(threadId) ?? 0) >= at) return;
    this.#seen[threadId] = at;
    const entries = Object.entries(this.#seen);
    if (entries.length > MAX_THREADS) {
      entries.sort((a, b) => b[1] - a[1]);
      this.#seen = Object.fromEntries(entries.slice(0, MAX_THREADS));
    }
    try { this.storage.setItem(this.#key, JSON.stringify(this.#seen)); } catch { /* storage full: markers only */ }
  }
}
