#include <catch2/catch.hpp>

#include "shared/utf8.h"

using namespace anskaffa;

TEST_CASE("lengths count code points, not bytes") {
  CHECK(code_point_count("Åsa") == 3);
  CHECK(code_point_count("–“”’…€") == 6);
  CHECK(code_point_count("😀") == 1);
}

TEST_CASE("trimming removes the white space people paste, inside stays") {
  CHECK(trim("  Åsa  ") == "Åsa");
  CHECK(trim("\u00a0\u2003Åsa Öberg\u3000\n") == "Åsa Öberg");
  CHECK(trim(" \t ").empty());
}

TEST_CASE("invalid UTF-8 is recognised") {
  CHECK(is_valid_utf8("Göteborg"));
  CHECK_FALSE(is_valid_utf8("G\xf6teborg"));       // Latin-1
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xe2\x82"));          // cut short
}

TEST_CASE("case folding covers Swedish and other Latin letters") {
  CHECK(fold_case("ÅÄÖ Éé Matteverkstan") == "åäö éé matteverkstan");
  CHECK(fold_case("ŁÓDŹ") == "łódź");
}
