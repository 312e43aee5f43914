// Formatting playground: a number or a date in, every Vietnamese format out (format.* and
// parse.number of the package, on the main thread: each call takes microseconds).
import { format, parse } from './vendor/baiviet/index.js';

/** Reads what the user typed: Vietnamese text first ("1.500.000", "12,5%", "1,5 tỷ đồng"), then a plain JS number. */
function readNumber(raw) {
  const s = raw.trim();
  if (!s) return { error: 'Hãy nhập một số.' };
  try {
    return parse.number(s);
  } catch (e) {
    const n = Number(s);
    if (s !== '' && Number.isFinite(n)) return { value: n, kind: 'number', unit: '', machine: true };
    return { error: `Không đọc được số: ${e.message}` };
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

export function setupPlayground() {
  const numberInput = document.getElementById('play-number');
  const dateInput = document.getElementById('play-date');
  const reading = document.getElementById('play-number-read');
  const out = document.getElementById('play-out');

  function update() {
    const rows = [];
    const n = readNumber(numberInput.value);
    rows.push(section('Định dạng số'));
    if (n.error) {
      reading.textContent = n.error;
      numberInput.setAttribute('aria-invalid', 'true');
    } else {
      numberInput.setAttribute('aria-invalid', 'false');
      const kinds = { number: 'số', percent: 'phần trăm', money: 'tiền', measure: 'số đo' };
      reading.textContent = `Đọc là ${n.value} (${kinds[n.kind] ?? n.kind}${n.unit ? `, ${n.unit}` : ''})` +
        (n.machine ? ' — viết kiểu máy, dấu chấm là dấu thập phân' : '');
      const v = n.value;
      const ratio = n.kind === 'percent' ? v : v / 100;
      rows.push(
        row('Số', () => format.number(v)),
        row(n.kind === 'percent' ? 'Phần trăm' : `Phần trăm (${format.number(v)} %)`, () => format.percent(ratio)),
        row('Tiền (VND)', () => format.money(v, 'VND')),
        row('Tiền kiểu báo chí', () => format.moneyNews(v)),
        row('Rút gọn, dài', () => format.compact(v, { style: 'long' })),
        row('Rút gọn, ngắn', () => format.compact(v, { style: 'short' })),
        row('Bằng chữ', () => format.words(v)),
        row('Tiền bằng chữ', () => format.moneyWords(v)),
      );
    }
    rows.push(section('Định dạng ngày giờ'));
    const when = dateInput.value;
    if (!when) {
      rows.push(row('Ngày', () => 'Hãy chọn ngày giờ.'));
    } else {
      const styles = [
        ['Dòng ngày (dateline)', 'dateline'], ['Hành chính', 'administrative'], ['Ngày ngắn', 'shortDate'],
        ['Ngày đủ hai chữ số', 'paddedDate'], ['Ngày, tháng', 'dayMonth'], ['Giờ', 'time'],
        ['Ngày giờ', 'dateTime'], ['ISO 8601', 'iso8601'],
      ];
      for (const [label, style] of styles) rows.push(row(label, () => format.date(when, { style })));
      rows.push(row('Tương đối (so với bây giờ)', () => format.relative(when, Date.now())));
    }
    out.replaceChildren(...rows);
  }

  numberInput.addEventListener('input', update);
  dateInput.addEventListener('input', update);
  update();
}
