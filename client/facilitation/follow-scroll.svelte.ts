/**
 * Public attachment of the facilitation feature for scrolling views (the matrix, the tables):
 * `{@attach followScroll(session.nav)}` on the element that scrolls. It reports how far the view
 * is scrolled (as fractions, so screens of different sizes line up) for presence, and scrolls
 * there when follow mode asks.
 */
import type { Attachment } from 'svelte/attachments';
import type { Navigation } from '../lib/navigation.svelte.ts';
import type { Scroll } from '../lib/presence.svelte.ts';

const range = (node: HTMLElement) => ({ x: node.scrollWidth - node.clientWidth, y: node.scrollHeight - node.clientHeight });
const round = (n: number) => Math.round(n * 1000) / 1000;

function scrollOf(node: HTMLElement): Scroll {
  const r = range(node);
  return { x: r.x > 0 ? round(node.scrollLeft / r.x) : 0, y: r.y > 0 ? round(node.scrollTop / r.y) : 0 };
}

export function followScroll(nav: Navigation): Attachment<HTMLElement> {
  return (node) => {
    let frame = 0;
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        // only the element that really scrolls speaks for the view
        const r = range(node);
        if (r.x > 0 || r.y > 0) nav.reportScroll(scrollOf(node));
      });
    };
    node.addEventListener('scroll', onScroll, { passive: true });
    $effect(() => {
      const scroll = nav.goto?.scroll;
      if (!scroll) return;
      const r = range(node);
      if (r.x > 0 || r.y > 0) node.scrollTo({ left: scroll.x * r.x, top: scroll.y * r.y });
    });
    return () => {
      node.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  };
}
