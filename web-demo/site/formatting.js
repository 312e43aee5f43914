// The one place the demo asks for the package's formatting piece (format.*, parse.number,
// relative time): the playground when it comes into view, the render worker when a card has
// a date to show. Article work (parse, render, excerpt, counts) never waits for it: init()
// loads only the article core, loadFormatting() the rest (see the README, "WebAssembly").
import { loadFormatting, isFormattingLoaded } from './vendor/baiviet/index.js';

let pending = null;

/** True when format.* can be called right now (the formatting piece is loaded). */
export const formattingReady = () => isFormattingLoaded();

/** Resolves once format.* and parse.number can be called (loads them the first time). */
export function needFormatting() {
  pending ??= loadFormatting().catch((e) => { pending = null; throw e; });   // a failed download may be retried
  return pending;
}
