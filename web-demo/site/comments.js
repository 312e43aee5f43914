// Comment box: the live counter "Bạn còn N/500 ký tự" and the minimum-length message, from the
// package's text.commentStatus() (grapheme clusters of the NFC form, so NFD input counts the same).
import { text } from './vendor/baiviet/index.js';
import { t } from './i18n.js';

export function setupComments() {
  const box = document.getElementById('comment');
  const counter = document.getElementById('comment-counter');
  const message = document.getElementById('comment-message');
  const send = document.getElementById('comment-send');
  const sent = document.getElementById('comment-sent');
  const form = document.getElementById('comment-form');

  function update() {
    const s = text.commentStatus(box.value, { min: 5, max: 500 });
    counter.textContent = s.counter;
    counter.dataset.used = String(s.used);
    counter.classList.toggle('over', s.tooLong);
    // The minimum-length message only once the reader has started typing.
    message.textContent = box.value.length > 0 ? s.message : '';
    box.setAttribute('aria-invalid', String(box.value.length > 0 && !s.valid));
    send.disabled = !s.valid;
    sent.textContent = '';
  }
  box.addEventListener('input', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sent.textContent = t('commentSent');
  });
  update();
}
