/* A tiny C program using the installed baiviet C API (built by the consumer
 * tests through find_package and through pkg-config, as strict C99 with
 * -pedantic -Werror). baiviet.h is the only baiviet header it includes: the
 * version macros come with it. Exit 0 when all is well. */
#include <stdio.h>
#include <string.h>

#include <baiviet/baiviet.h>

/* Integer constant expressions, usable in #if. */
#if !(BAIVIET_VERSION_MAJOR >= 0 && BAIVIET_VERSION_MINOR >= 0 && BAIVIET_VERSION_PATCH >= 0)
#error "BAIVIET_VERSION_MAJOR/MINOR/PATCH are not non-negative integers"
#endif

static int failures = 0;

static void expect(int ok, const char* what) {
  if (!ok) {
    fprintf(stderr, "FAIL: %s (last error: %s)\n", what, baiviet_last_error());
    ++failures;
  }
}

int main(void) {
  static const char md[] =
      "---\ntitle: Sơn La vững bước\n---\n"
      "**Sapo của bài.**\n\n## Kỳ 3\n\nDoanh thu đạt 2.617 tỷ đồng.\n";
  baiviet_renderer* r = baiviet_renderer_new();
  char* out = NULL;
  size_t n = 0;
  char macros[64];
  snprintf(macros, sizeof macros, "%d.%d.%d", BAIVIET_VERSION_MAJOR, BAIVIET_VERSION_MINOR,
           BAIVIET_VERSION_PATCH);
  expect(r != NULL, "renderer");
  expect(strcmp(macros, BAIVIET_VERSION_STRING) == 0, "version macros = BAIVIET_VERSION_STRING");
  expect(strcmp(baiviet_version(), BAIVIET_VERSION_STRING) == 0, "baiviet_version() = the header's");

  baiviet_renderer_set_input(r, BAIVIET_FROM_MARKDOWN);
  expect(baiviet_render(r, md, sizeof md - 1, &out, &n) == BAIVIET_OK, "render html");
  expect(out && strlen(out) == n, "NUL-terminated output of the given length");
  expect(out && strstr(out, "<h1") && strstr(out, "Sơn La vững bước"), "title in the HTML");
  baiviet_free(out);

  static const char bad[] = "---\ntitle: [unclosed\n---\nbody\n";
  out = NULL;
  expect(baiviet_render(r, bad, sizeof bad - 1, &out, &n) == BAIVIET_ERR_FRONT_MATTER, "front matter error");
  expect(out == NULL, "no output on error");
  expect(baiviet_renderer_error(r)[0] != '\0', "error message kept on the handle");

  baiviet_formatter* f = baiviet_formatter_new();
  expect(baiviet_format_number(f, 2617, &out, &n) == BAIVIET_OK && strcmp(out, "2.617") == 0, "2617 -> 2.617");
  baiviet_free(out);
  expect(baiviet_format_money_news(f, 1.5e9, &out, &n) == BAIVIET_OK && strcmp(out, "1,5 tỷ đồng") == 0,
         "1.5e9 -> 1,5 tỷ đồng");
  baiviet_free(out);
  baiviet_formatter_free(f);

  static const char title[] = "Thực hiện với bước đi chắc chắn";
  expect(baiviet_slugify(title, sizeof title - 1, 0, 0, &out, &n) == BAIVIET_OK &&
             strcmp(out, "thuc-hien-voi-buoc-di-chac-chan") == 0,
         "slug");
  baiviet_free(out);

  baiviet_renderer_free(r);
  if (failures) return 1;
  printf("C consumer OK (baiviet %s, header macros %s)\n", baiviet_version(), macros);
  return 0;
}
