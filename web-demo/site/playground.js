// Formatting playground: a number or a date in, every Vietnamese format out (format.* and
// parse.number of the package, on the main thread: each call takes microseconds). The page
// sets it up once the package's formatting is loaded (formatting.js). Labels follow the page
// language (i18n.js); the formats are the library's Vietnamese output.
import { format, parse } from './vendor/baiviet/index.js';
import { t } from './i18n.js';

/** Reads what the user typed: Vietnamese text first ("1.500.000", "12,5%", "1,5 tỷ đồng"), then a plain JS number. */
function readNumber(raw) {
  const s = raw.trim();
  const p = t('play');
  if (!s) return { error: p.enterNumber };
  try {
    return parse.number(s);
  } catch (e) {
    const n = Number(s);
    if (s !== '' && Number.isFinite(n)) return { value: n, kind: 'number', unit: '', machine: true };
    return { error: p.unreadable(e.message) };
  }
}

function row(label, compute) {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = label;
  const td = document.createElement('td');
  try {
    td.textContent = compute();
  } catch (e) {
    td.textContent = `— ${e.message}`;
    td.className = 'bad';
  }
  tr.append(th, td);
  return tr;
}

function section(title) {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.colSpan = 2;
  th.scope = 'colgroup';
  th.className = 'group';
  th.textContent = title;
  tr.append(th);
  return tr;
}

/** Sets the playground up; returns its update function (to redo it in another language). */
export function setupPlayground() {
  const numberInput = document.getElementById('play-number');
  const dateInput = document.getElementById('play-date');
  const reading = document.getElementById('play-number-read');
  const out = document.getElementById('play-out');

  function update() {
    const p = t('play');
    const rows = [];
    const n = readNumber(numberInput.value);
    rows.push(section(p.numbers));
    if (n.error) {
      reading.textContent = n.error;
      numberInput.setAttribute('aria-invalid', 'true');
    } else {
      numberInput.setAttribute('aria-invalid', 'false');
      reading.textContent = p.readAs(n.value, p.kinds[n.kind] ?? n.kind, n.unit) + (n.machine ? p.machine : '');
      const v = n.value;
      const ratio = n.kind === 'percent' ? v : v / 100;
      rows.push(
        row(p.number, () => format.number(v)),
        row(n.kind === 'percent' ? p.percent : p.percentOf(format.number(v)), () => format.percent(ratio)),
        row(p.money, () => format.money(v, 'VND')),
        row(p.moneyNews, () => format.moneyNews(v)),
        row(p.compactLong, () => format.compact(v, { style: 'long' })),
        row(p.compactShort, () => format.compact(v, { style: 'short' })),
        row(p.words, () => format.words(v)),
        row(p.moneyWords, () => format.moneyWords(v)),
      );
    }
    rows.push(section(p.dates));
    const when = dateInput.value;
    if (!when) {
      rows.push(row(p.date, () => p.pickDate));
    } else {
      for (const style of ['dateline', 'administrative', 'shortDate', 'paddedDate', 'dayMonth', 'time', 'dateTime', 'iso8601']) {
        rows.push(row(p.styles[style], () => format.date(when, { style })));
      }
      rows.push(row(p.relative, () => format.relative(when, Date.now())));
    }
    out.replaceChildren(...rows);
  }

  numberInput.addEventListener('input', update);
  dateInput.addEventListener('input', update);
  update();
  return update;
}
