/**
 * Where this person is on the board: the view and sub-view, the record in focus, and viewport
 * requests (follow mode, "bring everyone to me"). Features read and write this instead of
 * talking to each other: the stakeholder panel opens an intervention with `open('interventions', id)`.
 */
import type { Scroll, Viewport } from './presence.svelte.ts';

export const VIEWS = ['portfolio', 'stakeholders', 'canvas'] as const;
export type ViewName = (typeof VIEWS)[number];

/**
 * The view a board's address names (`/b/<id>?view=canvas#token=…`), so that a reload, or a link
 * copied from the address bar, opens it. The portfolio, the default, is not named.
 */
export function viewInUrl(url: URL): ViewName | null {
  const view = url.searchParams.get('view');
  return (VIEWS as readonly (string | null)[]).includes(view) ? (view as ViewName) : null;
}

export function urlWithView(url: URL, view: ViewName): URL {
  const next = new URL(url);
  if (view === 'portfolio') next.searchParams.delete('view');
  else next.searchParams.set('view', view);
  return next;
}

const VIEW_OF_ROOT: Record<string, ViewName> = {
  interventions: 'portfolio', stakeholders: 'stakeholders', relations: 'stakeholders', canvas: 'canvas',
};

export class Navigation {
  view = $state<ViewName>('portfolio');
  /** the tab inside a view, e.g. 'matrix' | 'table' | 'analytics' | 'pathways' */
  subview = $state<Record<ViewName, string>>({ portfolio: 'matrix', stakeholders: 'grid', canvas: 'canvas' });
  /** the record to show and select; `at` makes repeated requests for the same record fire */
  focus = $state<{ root: string; id: string; at: number } | null>(null);
  /** a stakeholder whose interventions the matrix highlights */
  highlightStakeholder = $state<string | null>(null);
  /** the current view's viewport, as pan/zoom views report it */
  viewport = $state<Viewport | null>(null);
  /** how far the current view is scrolled, as scrolling views (tables, the matrix) report it */
  scroll = $state<Scroll | null>(null);
  /** a viewport request from follow mode or a summon: the named view applies it */
  goto = $state<{ view: ViewName; subview?: string; viewport: Viewport | null; scroll?: Scroll | null; at: number } | null>(null);
  /** which record ids this person has selected (shown to others as presence) */
  selection = $state<string[]>([]);

  open(root: string, id: string): void {
    const view = VIEW_OF_ROOT[root];
    if (view) this.view = view;
    this.focus = { root, id, at: Date.now() };
  }

  show(view: ViewName, subview?: string): void {
    if (this.view !== view) this.scroll = null;
    this.view = view;
    if (subview && this.subview[view] !== subview) {
      this.subview[view] = subview;
      this.scroll = null;
    }
  }

  reportViewport(viewport: Viewport): void {
    this.viewport = viewport;
  }

  reportScroll(scroll: Scroll): void {
    this.scroll = scroll;
  }

  jump(view: ViewName, viewport: Viewport | null, subview?: string, scroll?: Scroll | null): void {
    this.show(view, subview);
    this.goto = { view, subview, viewport, scroll, at: Date.now() };
  }
}
