// excerpt(): a short summary of an article or fragment (include/baiviet/excerpt.hpp).
import { call } from './core.js';

export function excerpt(source, options) { return call('excerpt', source, options); }
