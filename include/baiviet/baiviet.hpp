// baiviet: parse and render Vietnamese news articles. Umbrella header.
#ifndef BAIVIET_BAIVIET_HPP
#define BAIVIET_BAIVIET_HPP

#include "baiviet/version.hpp"
#include "baiviet/result.hpp"
#include "baiviet/article.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/import.hpp"
#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "baiviet/format.hpp"
#include "baiviet/excerpt.hpp"

#endif
