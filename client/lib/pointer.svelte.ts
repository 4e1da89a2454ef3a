/**
 * Whether the main pointer is a finger (a phone, a tablet): help and prompts then say "tap" and
 * "long-press" instead of "click" and "drag". One media query for the whole app, made on first use.
 */
import { MediaQuery } from 'svelte/reactivity';

let coarse: MediaQuery | undefined;

/** reactive: read in a template or $derived, it follows a change of the main pointer */
export function isTouchScreen(): boolean {
  return (coarse ??= new MediaQuery('(pointer: coarse)')).current;
}
