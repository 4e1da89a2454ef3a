/** The HTTP API of the contract, as the client calls it. */
import type { Role, Template } from '../../shared/schema/index.ts';
import type { ImportReport } from '../../shared/csv/import-report.ts';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function call<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const res = await fetch(path, { ...init, headers });
  if (!res.ok) {
    const body = await res.json().catch(() => ({ error: res.statusText }));
    throw new ApiError(res.status, body.error ?? res.statusText);
  }
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export interface CreatedBoard { id: string; title: string; tokens: Record<Role, string> }
export interface BoardInfo { id: string; title: string; city: string; role: Role }

export const api = {
  createBoard: (board: { title: string; city?: string; template?: Template; language?: 'en' | 'sl' }) =>
    call<CreatedBoard>('/api/boards', { method: 'POST', body: JSON.stringify(board), headers: { 'content-type': 'application/json' } }),
  board: (id: string, token: string) => call<BoardInfo>(`/api/boards/${encodeURIComponent(id)}`, { token }),
  deleteBoard: (id: string, token: string) => call<void>(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE', token }),
  rotateToken: (id: string, role: Role, token: string) =>
    call<{ token: string }>(`/api/boards/${encodeURIComponent(id)}/tokens/${role}`, { method: 'POST', token }),
  /**
   * `csv`: the file's bytes as they are, never decoded here (the server reads their encoding:
   * shared/csv/decode.ts); `lang`: the language of the report's reasons and warnings, and of the
   * legacy code page a file that is not UTF-8 is read in; `dryRun`: the report the import would
   * give, the board untouched
   */
  importCsv: (id: string, format: 'interventions.csv' | 'stakeholders.csv', csv: Blob, token: string, lang: 'en' | 'sl' = 'en', dryRun = false) =>
    call<ImportReport>(
      `/api/boards/${encodeURIComponent(id)}/import?format=${format}&lang=${lang}${dryRun ? '&dryRun=1' : ''}`,
      { method: 'POST', body: csv, token, headers: { 'content-type': csv.type || 'text/csv' } },
    ),
  serverTime: () => call<{ now: number }>('/api/time'),
};

/** A board link; the token stays in the fragment, out of logs and referrers. */
export function boardLink(id: string, token: string, origin = location.origin): string {
  return `${origin}/b/${id}#token=${token}`;
}
