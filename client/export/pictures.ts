/**
 * Pictures are drawn in the browser from the live document with the same SVG renderers the
 * server's reports use (shared/export/pictures); PNG is that SVG drawn onto a canvas at twice the
 * size, so it stays sharp on a projector.
 */
import type { CanvasItem, Intervention, Meta, Relation, Stakeholder } from '../../shared/schema/index.ts';
import type { Picture } from '../../shared/export/pictures/index.ts';
import type { ReportLang } from '../../shared/export/report-messages.ts';

export const PICTURES = ['matrix', 'grid', 'network', 'canvas'] as const;
export type PictureKind = (typeof PICTURES)[number];

export interface LiveBoard {
  meta: Meta;
  interventions: readonly Intervention[];
  stakeholders: readonly Stakeholder[];
  relations: readonly Relation[];
  canvas: readonly CanvasItem[];
}

const renderers = () => import('../../shared/export/pictures/index.ts');

/** Fetch the renderers ahead of need (while the page is idle), so pictures work offline too. */
export function preloadPictures(): void {
  void renderers();
}

/** The renderers load on the first picture (or the preload), not with the page. */
export async function pictureOf(kind: PictureKind, board: LiveBoard, lang: ReportLang): Promise<Picture> {
  const { canvasSvg, matrixSvg, networkSvg, stakeholderGridSvg } = await renderers();
  switch (kind) {
    case 'matrix': return matrixSvg({ meta: board.meta, interventions: [...board.interventions] }, lang);
    case 'grid': return stakeholderGridSvg({ stakeholders: board.stakeholders }, lang, { labels: 'names' });
    case 'network': return networkSvg(board, lang);
    case 'canvas': return canvasSvg(board, lang);
  }
}

export function svgBlob(picture: Picture): Blob {
  return new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** Browsers refuse canvases much past 16k pixels a side or ~268 M pixels. */
const MAX_SIDE = 16_000, MAX_AREA = 120_000_000;

export async function pngBlob(picture: Picture, scale = 2): Promise<Blob> {
  const s = Math.min(scale, MAX_SIDE / picture.width, MAX_SIDE / picture.height, Math.sqrt(MAX_AREA / (picture.width * picture.height)));
  const width = Math.max(1, Math.round(picture.width * s)), height = Math.max(1, Math.round(picture.height * s));
  const url = URL.createObjectURL(svgBlob(picture));
  try {
    const image = new Image(width, height);
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
