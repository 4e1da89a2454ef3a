/** A new board: its meta and the canvas its template lays out. */
import type * as Y from 'yjs';
import { defaultFacilitation, defaultMeta, type Template } from '../schema/index.ts';
import type { TermsLang } from '../schema/terms.ts';
import { layoutTemplate } from './templates.ts';

/** `language`: the one the template's words are written in (English by default) */
export interface NewBoard { title: string; city?: string; template?: Template; language?: TermsLang }

export function initBoard(doc: Y.Doc, board: NewBoard, now = Date.now(), origin?: unknown): void {
  doc.transact(() => {
    const meta = doc.getMap('meta');
    const values = { ...defaultMeta(now), title: board.title, city: board.city ?? '', template: board.template ?? 'blank' };
    for (const [k, v] of Object.entries(values)) meta.set(k, v);
    const fac = doc.getMap('facilitation');
    for (const [k, v] of Object.entries(defaultFacilitation())) fac.set(k, v);
    layoutTemplate(doc, board.template ?? 'blank', now, board.language);
  }, origin);
}
