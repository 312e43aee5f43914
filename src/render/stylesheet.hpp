#pragma once
namespace baiviet::detail {
/// The small default stylesheet of full-page output (class names: README "Theming").
const char* default_stylesheet() noexcept;
}
