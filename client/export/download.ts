/**
 * Files are made on the server (GET /api/boards/:id/export), so a large board never freezes the
 * page: fetch with the board token as Bearer, then save the blob under the server's filename.
 */
import { ApiError } from '../lib/api.ts';

export interface DownloadedFile { blob: Blob; filename: string }

/** The filename of a Content-Disposition header (filename*=UTF-8'' first, then filename="…"). */
export function filenameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = header.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) { try { return decodeURIComponent(star[1]); } catch { /* fall through */ } }
  const plain = header.match(/filename="([^"]+)"/i) ?? header.match(/filename=([^;]+)/i);
  return plain ? plain[1].trim() : fallback;
}

export async function fetchExport(board: string, token: string, format: string, lang: string, signal?: AbortSignal): Promise<DownloadedFile> {
  const res = await fetch(`/api/boards/${encodeURIComponent(board)}/export?format=${encodeURIComponent(format)}&lang=${encodeURIComponent(lang)}`, {
    headers: { authorization: `Bearer ${token}` }, signal,
  });
  if (!res.ok) {
    const body = await res.json().catch(() => ({ error: res.statusText }));
    throw new ApiError(res.status, body.error ?? res.statusText);
  }
  return { blob: await res.blob(), filename: filenameFrom(res.headers.get('content-disposition'), `board.${format}`) };
}

/**
 * Why an export failed, in words a person can act on: the network (offline, server down), the
 * server (a 5xx while making the file), the link (its token no longer opens the board), or
 * something else (the message is shown as it is).
 */
export type ExportFailure = 'network' | 'server' | 'access' | 'other';

export function exportFailure(error: unknown): ExportFailure {
  if (error instanceof ApiError) {
    if (error.status >= 500) return 'server';
    if (error.status === 401 || error.status === 403 || error.status === 404) return 'access';
    return 'other';
  }
  // fetch rejects with a TypeError when no response came at all
  if (error instanceof TypeError) return 'network';
  return 'other';
}

/** Hand a blob to the browser as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // give the browser time to start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
