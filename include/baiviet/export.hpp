// Symbol visibility for the C++ and C APIs.
#ifndef BAIVIET_EXPORT_HPP
#define BAIVIET_EXPORT_HPP

#if defined(BAIVIET_STATIC_DEFINE)
#  define BAIVIET_API
#elif defined(_WIN32)
#  if defined(BAIVIET_BUILDING)
#    define BAIVIET_API __declspec(dllexport)
#  else
#    define BAIVIET_API __declspec(dllimport)
#  endif
#else
#  define BAIVIET_API __attribute__((visibility("default")))
#endif

#endif
