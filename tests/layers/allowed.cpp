// Probe for `layers_enforced` (tests/cmake/layers.cmake): compiled as if it were in src/markdown
// and linked as markdown's layer check. It includes and calls the model layer, which markdown may
// use, so it must build: the control that shows the two failing probes fail for their reason.
#include <string>

#include "model/photo_credit.hpp"

namespace baiviet::detail {
int layers_probe_allowed() {
  auto parts = split_credit("Hà Nội mùa thu. Ảnh: N.H");
  return parts ? static_cast<int>(parts->credit.size()) : -1;
}
}  // namespace baiviet::detail
