/**
 * `npm run demo`: creates the Kranj demo board on a running Leverboard server through its public
 * interfaces only — the HTTP API for the board and the CSV imports, and the stock y-websocket
 * client for the emissions-gap figures (meta has no HTTP endpoint) — then prints the facilitator
 * link.
 *
 *   npm run demo -- [--url http://localhost:8787] [--fixtures DIR]
 *   (or LEVERBOARD_URL=…)
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { z } from 'zod';
import { listRecords, readMeta, updateIntervention, updateMeta } from '../shared/board/index.ts';
import { parseNumber } from '../shared/csv/numbers.ts';

const createdSchema = z.object({
  id: z.string(),
  title: z.string(),
  tokens: z.object({ facilitator: z.string(), editor: z.string(), commenter: z.string(), viewer: z.string() }),
});
const importSchema = z.object({
  added: z.number(), updated: z.number(), skipped: z.array(z.object({ row: z.number(), reason: z.string() })),
  convention: z.string().optional(),
});
const emissionsSchema = z.object({
  baselineYear: z.number().int(), baselineTco2e: z.number(), targetReductionPct: z.number(), otherPlansTco2e: z.number(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, fixtures: { type: 'string' } } });
  const base = (values.url ?? process.env.LEVERBOARD_URL ?? 'http://localhost:8787').replace(/\/+$/, '');
  const fixtures = values.fixtures
    ? resolve(values.fixtures)
    : fileURLToPath(new URL('../../shared/fixtures/kranj/', import.meta.url));

  const created = createdSchema.parse(await call(`${base}/api/boards`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Kranj — Climate City Contract', city: 'Kranj' }),
  }));
  const { id, tokens } = created;
  console.log(`Board ${id} created: ${created.title}`);

  for (const format of ['stakeholders.csv', 'interventions.csv'] as const) {
    const csv = await readFile(resolve(fixtures, format), 'utf8');
    const result = importSchema.parse(await call(`${base}/api/boards/${id}/import?format=${format}`, {
      method: 'POST', headers: { authorization: `Bearer ${tokens.editor}`, 'content-type': 'text/csv; charset=utf-8' }, body: csv,
    }));
    console.log(`  ${format}: ${result.added} added, ${result.updated} updated, ${result.skipped.length} skipped`
      + (result.convention ? ` (numbers read as ${result.convention})` : ''));
    for (const s of result.skipped) console.log(`    row ${s.row}: ${s.reason}`);
  }

  const emissions = emissionsSchema.parse(JSON.parse(await readFile(resolve(fixtures, 'emissions.json'), 'utf8')));
  const figures = {
    baselineYear: emissions.baselineYear, baselineTco2e: emissions.baselineTco2e,
    targetReductionPct: emissions.targetReductionPct, otherPlansTco2e: emissions.otherPlansTco2e,
  };
  await withBoard(base, id, tokens.facilitator, (doc) => {
    updateMeta(doc, figures, 'demo');
    // The fixture keeps two B-2.2 rows of the plan inside `notes` ("GHG emissions compensated (sinks):
    // 7.560 t CO₂/year | Removed/substituted energy: Natural gas: …"); the board has fields for them.
    for (const i of listRecords(doc, 'interventions')) {
      const sinks = /GHG emissions compensated \(sinks\): ([\d.,]+) t/.exec(i.notes)?.[1];
      const removed = /Removed\/substituted energy: ([^|]+)/.exec(i.notes)?.[1]?.trim();
      const patch = { ...(sinks ? { sinksTco2e: parseNumber(sinks, 'european') } : {}), ...(removed ? { energyRemoved: removed.slice(0, 1000) } : {}) };
      if (Object.keys(patch).length) updateIntervention(doc, i.id, patch, 'demo');
    }
  });
  // Read the figures back over a fresh connection: they reached the server, not just our socket.
  let stored = await withBoard(base, id, tokens.viewer, (doc) => readMeta(doc));
  for (let tries = 1; tries < 5 && stored.baselineTco2e !== figures.baselineTco2e; tries++) {
    await new Promise((r) => setTimeout(r, 200 * tries));
    stored = await withBoard(base, id, tokens.viewer, (doc) => readMeta(doc));
  }
  if (stored.baselineTco2e !== figures.baselineTco2e || stored.otherPlansTco2e !== figures.otherPlansTco2e) {
    throw new Error('the emissions-gap figures did not reach the server');
  }
  console.log(`  emissions gap: baseline ${figures.baselineYear} ${figures.baselineTco2e} tCO2e, target −${figures.targetReductionPct} %, other plans ${figures.otherPlansTco2e} tCO2e`);

  console.log('\nFacilitator link (keep it private):');
  console.log(`  ${base}/b/${id}#token=${tokens.facilitator}`);
  console.log(`Editor link:     ${base}/b/${id}#token=${tokens.editor}`);
  console.log(`Commenter link:  ${base}/b/${id}#token=${tokens.commenter}`);
  console.log(`Viewer link:     ${base}/b/${id}#token=${tokens.viewer}`);
}

async function call(url: string, init: RequestInit): Promise<unknown> {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url.replace(/token=[^&]+/, 'token=…')} → ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** Connect with the stock client, wait for the first sync, run `fn`, let its update flush, close. */
async function withBoard<T>(base: string, id: string, token: string, fn: (doc: Y.Doc) => T): Promise<T> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${base.replace(/^http/, 'ws')}/sync`, id, doc, {
    params: { token }, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true,
  });
  try {
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`could not sync board ${id} within 15 s`)), 15_000);
      provider.once('sync', (synced: boolean) => { if (synced) { clearTimeout(timer); ok(); } });
    });
    const result = fn(doc);
    await drained(provider.ws as unknown as WebSocket | null);
    return result;
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

/** Wait until the socket has handed everything we sent to the network (bounded). */
async function drained(ws: WebSocket | null): Promise<void> {
  for (let i = 0; i < 100 && ws && ws.bufferedAmount > 0; i++) await new Promise((r) => setTimeout(r, 20));
}

main().catch((e: unknown) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
  if (e instanceof TypeError && /fetch failed/.test(e.message)) console.error('Is the server running? Start it with `npm start`, or pass --url.');
  process.exitCode = 1;
});
