/**
 * Canvas templates for the workshops cities run, laid out inside initBoard's transaction:
 * - 'barriers': systemic barriers and opportunities — a frame per urban system (the five
 *   fields of action), each with a "Barriers" and an "Opportunities" area and a hint;
 * - 'transition-map': the six phases of the Climate Transition Map as frames in a row;
 * - 'blank': nothing.
 * Template text becomes board content, which people then edit: it is written in the language the
 * board was made in (English or Slovenian).
 */
import type * as Y from 'yjs';
import { DEFAULT_FIELDS, type CanvasItem, type Template } from '../schema/index.ts';
import { TERMS, type TermsLang } from '../schema/terms.ts';
import { insertRecord } from './records.ts';

const WORDS = {
  en: {
    barriersTitle: 'Systemic barriers and opportunities (A-3.1): what holds each urban system back, and what could move it?',
    barriers: 'Barriers', opportunities: 'Opportunities',
    hint: 'Hint: one barrier or opportunity per note — regulation, finance, skills, behaviour, infrastructure, data, governance…',
    mapTitle: 'Climate Transition Map: place the workshop outcomes in the phase they belong to.',
    phases: [
      '1 Build a strong mandate', '2 Understand the system', '3 Co-design the portfolio',
      '4 Act', '5 Learn & reflect', '6 Make it the new normal',
    ],
  },
  sl: {
    barriersTitle: 'Sistemske ovire in priložnosti (A-3.1): kaj zavira posamezni mestni sistem in kaj bi ga lahko premaknilo?',
    barriers: 'Ovire', opportunities: 'Priložnosti',
    hint: 'Namig: ena ovira ali priložnost na listek — predpisi, financiranje, znanje, vedenje, infrastruktura, podatki, upravljanje …',
    mapTitle: 'Zemljevid podnebnega prehoda: rezultate delavnice umestite v fazo, v katero sodijo.',
    phases: [
      '1 Zgradite močan mandat', '2 Razumite sistem', '3 Soustvarite portfelj',
      '4 Ukrepajte', '5 Učite se in premislite', '6 Naj postane nova normalnost',
    ],
  },
} satisfies Record<TermsLang, unknown>;

/** the six phases, in English (the order is the same in every language) */
export const TRANSITION_PHASES = WORDS.en.phases;

const BARRIER_FRAME = { w: 560, h: 760, gap: 60 };
const PHASE_FRAME = { w: 380, h: 620, gap: 40 };

type Item = Partial<CanvasItem>;

export function templateItems(template: Template, lang: TermsLang = 'en'): Item[] {
  if (template === 'barriers') return barriers(lang);
  if (template === 'transition-map') return transitionMap(lang);
  return [];
}

function barriers(lang: TermsLang): Item[] {
  const w = WORDS[lang];
  const items: Item[] = [{ kind: 'text', x: 0, y: -110, w: 1200, h: 60, z: 3, color: 'white', text: w.barriersTitle }];
  DEFAULT_FIELDS.forEach((field, i) => {
    const x = i * (BARRIER_FRAME.w + BARRIER_FRAME.gap);
    const half = (BARRIER_FRAME.w - 60) / 2;
    items.push(
      { kind: 'frame', x, y: 0, w: BARRIER_FRAME.w, h: BARRIER_FRAME.h, text: TERMS[lang].field[field], color: 'white', z: 0 },
      { kind: 'frame', x: x + 20, y: 70, w: half, h: 520, text: w.barriers, color: 'pink', z: 1 },
      { kind: 'frame', x: x + 40 + half, y: 70, w: half, h: 520, text: w.opportunities, color: 'green', z: 1 },
      {
        // a text, not a note: a hint is no idea to vote on or turn into a card
        kind: 'text', x: x + 20, y: 610, w: BARRIER_FRAME.w - 40, h: 120, color: 'blue', z: 2,
        text: w.hint,
      },
    );
  });
  return items;
}

function transitionMap(lang: TermsLang): Item[] {
  const w = WORDS[lang];
  const items: Item[] = [{ kind: 'text', x: 0, y: -110, w: 1200, h: 60, z: 3, color: 'white', text: w.mapTitle }];
  w.phases.forEach((phase, i) => {
    items.push({
      kind: 'frame', x: i * (PHASE_FRAME.w + PHASE_FRAME.gap), y: 0, w: PHASE_FRAME.w, h: PHASE_FRAME.h,
      text: phase, color: i % 2 === 0 ? 'white' : 'grey', z: 0,
    });
  });
  return items;
}

/** Write a template's items; called inside an open transaction (initBoard's). */
export function layoutTemplate(doc: Y.Doc, template: Template, now: number, lang: TermsLang = 'en'): void {
  for (const item of templateItems(template, lang)) insertRecord(doc, 'canvas', { ...item, createdAt: now }, now);
}
