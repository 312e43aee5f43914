// Probe for `layers_enforced`: compiled as if it were in src/markdown, it includes a header of
// the render layer, which is above markdown. Must fail to compile ("render/dates.hpp": no such
// file), because markdown's include root (build/layers/markdown/) has no render/.
#include "render/dates.hpp"

namespace baiviet::detail {
int layers_probe_upward_include() { return year_of(date_time{}); }
}  // namespace baiviet::detail
