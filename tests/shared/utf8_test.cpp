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

TEST_CASE("search text splits into words of letters and digits, in any script") {
  using Words = std::vector<std::string>;
  CHECK(search_words("Mate") == Words{"Mate"});
  CHECK(search_words("  språk-Verkstan AB ") == Words{"språk", "Verkstan", "AB"});
  CHECK(search_words("Åk 4–6, ÖVNING!") == Words{"Åk", "4", "6", "ÖVNING"});
  CHECK(search_words("\"mate\" OR NEAR(x*) -y ^z a:b") ==
        Words{"mate", "OR", "NEAR", "x", "y", "z", "a", "b"});
  CHECK(search_words("'; DROP TABLE x;--") == Words{"DROP", "TABLE", "x"});
  CHECK(search_words("Ελληνικά Кириллица").size() == 2);
  CHECK(search_words("\"*() ☃ ✓ 😀 — …").empty());
  CHECK(search_words("").empty());
  CHECK(search_words("ab\xFF"
                     "cd") == Words{"ab", "cd"});  // an invalid byte separates
}
