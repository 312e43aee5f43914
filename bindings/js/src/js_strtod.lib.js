// The JavaScript half of js_strtod.cpp (an emscripten --js-library): reads a number at C
// string `s` as the C library's strtod does in the "C" locale, with the engine's correctly
// rounded Number(). Sets *used (bytes read, 0: none) and *range (1: overflow or underflow).
mergeInto(LibraryManager.library, {
  bv_js_strtod: function (s, used, range) {
    let text = '';
    for (let i = s; ; ++i) {
      const c = HEAPU8[i];
      // the characters a number (or inf/nan with its parenthesis) can be made of
      if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 ||
            c === 46 || c === 40 || c === 41 || c === 95 || c === 32 || (c >= 9 && c <= 13))) break;
      text += String.fromCharCode(c);
    }
    const m = /^([\t\n\v\f\r ]*)([+-]?)(?:((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)|(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?))/i.exec(text);
    HEAP32[range >> 2] = 0;
    HEAP32[used >> 2] = m ? m[0].length : 0;
    if (!m) return 0;
    const negative = m[2] === '-';
    if (m[4]) return negative ? -Infinity : Infinity;
    if (m[5]) return NaN;
    const v = Number(m[3]);
    if (!isFinite(v) || (v === 0 && /[1-9]/.test(m[3].split(/[eE]/)[0]))) HEAP32[range >> 2] = 1;
    return negative ? -v : v;
  },
});
