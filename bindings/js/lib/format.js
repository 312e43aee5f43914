// format.* and parse.number/parse.date: Vietnamese formatting (include/baiviet/format.hpp).
// Functions appear here as their C++ counterparts land; see src/format_bindings.cpp.
import { call } from './core.js';

export const format = {};

export function parseNumber(s) { return JSON.parse(call('parse.number', s)); }
export function parseDate(s, options) { return JSON.parse(call('parse.date', s, options)); }
