/** Colours of canvas items: stored as names (board content), drawn with these fills. */
export const CANVAS_COLOURS = {
  yellow: '#fef08a', green: '#bbf7d0', blue: '#bfdbfe', pink: '#fbcfe8',
  orange: '#fed7aa', purple: '#ddd6fe', grey: '#e7e5e4', white: '#ffffff',
} as const;
export type CanvasColour = keyof typeof CANVAS_COLOURS;
export const COLOUR_NAMES = Object.keys(CANVAS_COLOURS) as CanvasColour[];

export function fill(color: string): string {
  return (CANVAS_COLOURS as Record<string, string>)[color] ?? CANVAS_COLOURS.yellow;
}

/** what a new item of each kind looks like */
export const NEW_ITEM = {
  note: { w: 180, h: 140, color: 'yellow', text: '' },
  text: { w: 260, h: 60, color: 'white', text: '' },
  frame: { w: 640, h: 440, color: 'white', text: '' },
  rect: { w: 200, h: 120, color: 'blue', text: '' },
  ellipse: { w: 180, h: 140, color: 'green', text: '' },
} as const;
export type AddableKind = keyof typeof NEW_ITEM;
export const ADDABLE_KINDS = Object.keys(NEW_ITEM) as AddableKind[];

/** the smallest an item gets, by mouse (the resize handles) or keyboard (Alt+arrows) */
export const MIN_SIZE = { w: 40, h: 30 } as const;
