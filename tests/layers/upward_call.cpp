// Probe for `layers_enforced`: compiled as if it were in src/markdown, it declares a function
// of the render layer by hand (no include needed) and calls it. Compiles; must fail to link as
// markdown's layer check (--no-undefined, only the objects of markdown and the layers below).
#include <cstdint>

namespace baiviet::detail {
const char* weekday_name(std::int64_t days_since_epoch);  // defined in src/render/dates.cpp
const char* layers_probe_upward_call() { return weekday_name(0); }
}  // namespace baiviet::detail
