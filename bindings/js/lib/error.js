/**
 * Every failure of the package is a BaivietError. `code` is the C++ errc name
 * ("invalid_argument", "invalid_input", "front_matter", "too_large", "too_deep",
 * "icu_error", "out_of_memory", "internal") or, from the JS side, "not_initialized"
 * and "load_failed". `line` is the 1-based input line when known, else 0.
 */
export class BaivietError extends Error {
  constructor(code, message, line = 0) {
    super(message);
    this.name = 'BaivietError';
    this.code = code;
    this.line = line;
  }
}
