/* The version as C sees it, for the `version` test (tests/packaging/version.sh): compiled as
 * strict C (C99, -pedantic -Werror) with baiviet.h as the only baiviet header. */
#include <stdio.h>
#include <string.h>

#include <baiviet/baiviet.h>

/* The macros are integer constant expressions, usable in #if. */
#if !(BAIVIET_VERSION_MAJOR >= 0 && BAIVIET_VERSION_MINOR >= 0 && BAIVIET_VERSION_PATCH >= 0)
#error "BAIVIET_VERSION_MAJOR/MINOR/PATCH are not non-negative integers"
#endif

int main(void) {
  char joined[64];
  snprintf(joined, sizeof joined, "%d.%d.%d", BAIVIET_VERSION_MAJOR, BAIVIET_VERSION_MINOR,
           BAIVIET_VERSION_PATCH);
  printf("macros %s\n", joined);
  printf("string %s\n", BAIVIET_VERSION_STRING);
  printf("function %s\n", baiviet_version());
  return strcmp(joined, BAIVIET_VERSION_STRING) == 0 ? 0 : 1;
}
