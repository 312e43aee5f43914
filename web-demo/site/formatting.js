// The one place the demo asks for the package's formatting piece (format.*, parse.number,
// relative time): the playground when it comes into view, the render worker when a card has
// a date to show. Article work (parse, render, excerpt, counts) never waits for it.
//
// A package split into an article core and formatting loaded on demand (issue 13) exports
// loadFormatting() (and isFormattingLoaded()); a package with formatting built in does not, and
// then there is nothing to load. Once every package the demo is served with has them, this
// becomes  export const needFormatting = () => loadFormatting();  (and formattingReady() is
// isFormattingLoaded()).
import * as baiviet from './vendor/baiviet/index.js';

let pending = null;

/** True when format.* can be called right now (built in, or already loaded). */
export function formattingReady() {
  if (typeof baiviet.loadFormatting !== 'function') return true;
  return typeof baiviet.isFormattingLoaded === 'function' && baiviet.isFormattingLoaded();
}

/** Resolves once format.* and parse.number can be called (loads them the first time). */
export function needFormatting() {
  pending ??= (typeof baiviet.loadFormatting === 'function' ? baiviet.loadFormatting() : Promise.resolve())
    .catch((e) => { pending = null; throw e; });   // a failed download may be retried
  return pending;
}
