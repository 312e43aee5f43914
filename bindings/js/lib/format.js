// format.* and parse.number / parse.iso8601: Vietnamese formatting (include/baiviet/format.hpp).
// Positional arguments travel as a JSON array; dates may be Date objects, epoch milliseconds
// or ISO 8601 strings.
import { call, callBytes } from './core.js';
import { BaivietError } from './error.js';

function num(x, fn) {
  if (typeof x === 'number') return x;   // NaN/Infinity become null in JSON: rejected as non-finite
  throw new BaivietError('invalid_argument', `${fn}: expected a number, got ${typeof x}`);
}
function time(x, fn) {
  if (x instanceof Date) return x.getTime();
  if (typeof x === 'number' || typeof x === 'string') return x;
  throw new BaivietError('invalid_argument', `${fn}: expected a Date, epoch milliseconds or ISO 8601 text`);
}
const run = (name, args, options) => call(name, JSON.stringify(args), options);

export const format = {
  /** 2617 → "2.617". Options: NumberOptions. */
  number: (v, o) => run('format.number', [num(v, 'format.number')], o),
  /**
   * Many numbers, one set of options: [2617, 0.5] → ["2.617", "0,5"], the strings
   * format.number gives, for one call into the module (a table column, chart labels).
   * values: an array of numbers or a Float64Array. A non-finite value throws
   * invalid_argument naming its index.
   */
  numbers: (values, o) => {
    let f64;
    if (values instanceof Float64Array) f64 = values;
    else if (Array.isArray(values)) {
      f64 = new Float64Array(values.length);
      for (let i = 0; i < values.length; i++) {
        if (typeof values[i] !== 'number') {
          throw new BaivietError('invalid_argument', `format.numbers: value ${i} is a ${typeof values[i]}, not a number`);
        }
        f64[i] = values[i];
      }
    } else {
      throw new BaivietError('invalid_argument', 'format.numbers: expected an array of numbers or a Float64Array');
    }
    if (f64.length === 0) return [];
    const out = callBytes('format.numbers', new Uint8Array(f64.buffer, f64.byteOffset, f64.byteLength), o);
    return out.split('\n');
  },
  /** 1.222 → "122,2%". */
  percent: (v, o) => run('format.percent', [num(v, 'format.percent')], o),
  /** (2063, 2247) → "2.063/2.247". */
  ratio: (a, b, o) => run('format.ratio', [num(a, 'format.ratio'), num(b, 'format.ratio')], o),
  /** (2020, 2025, { number: { grouping: false } }) → "2020–2025". Options: { number, separator }. */
  range: (a, b, o) => run('format.range', [num(a, 'format.range'), num(b, 'format.range')], o),
  /** (1500000, "VND") → "1.500.000 ₫". */
  money: (v, currency = 'VND', o) => run('format.money', [num(v, 'format.money'), currency], o),
  /** 1.5e9 → "1,5 tỷ đồng". */
  moneyNews: (v, o) => run('format.moneyNews', [num(v, 'format.moneyNews')], o),
  /** 1200 → "1,2 nghìn". Options: { style: "long" | "short", ...NumberOptions }. */
  compact: (v, o) => run('format.compact', [num(v, 'format.compact')], o),
  /** (19241, "lượt xem") → "19.241 lượt xem". Options: { compact, style, number }. */
  count: (v, label = '', o) => run('format.count', [num(v, 'format.count'), label], o),
  /** (3200, "hectare") → "3.200 ha". */
  unit: (v, unit, o) => run('format.unit', [num(v, 'format.unit'), unit], o),
  /** 2617 → "hai nghìn sáu trăm mười bảy"; a BigInt uses the 64-bit integer path. */
  words: (v, o) => run('format.words', [typeof v === 'bigint' ? v.toString() : num(v, 'format.words')], o),
  /** 1500000 → "một triệu năm trăm nghìn đồng". */
  moneyWords: (v, o) => run('format.moneyWords', [num(v, 'format.moneyWords')], o),
  /** Options: { style: "dateline" | "administrative" | "shortDate" | "paddedDate" | "dayMonth" | "time" | "dateTime" | "iso8601" | "isoDate", timeZone, weekday: "title" | "lower" }. */
  date: (when, o) => run('format.date', [time(when, 'format.date')], o),
  /** ("3 giờ trước"): relative to an explicit now. Options: { timeZone, alwaysNumeric, capitalize }. */
  relative: (when, now, o) => run('format.relative', [time(when, 'format.relative'), time(now, 'format.relative')], o),
};

/** "2.617" → { value: 2617, kind: "number", unit: "" }; "1,5 tỷ đồng" → { value: 1.5e9, kind: "money", unit: "VND" }. */
export function parseNumber(text) { return JSON.parse(call('parse.number', text)); }
/** Strict ISO 8601 → epoch milliseconds (local times in options.timeZone, default Asia/Ho_Chi_Minh). */
export function parseIso8601(text, options) { return JSON.parse(call('parse.iso8601', text, options)); }
