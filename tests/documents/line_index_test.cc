#include <catch2/catch.hpp>

#include "documents/line_index.h"

TEST_CASE("offsets map to 1-based lines and byte columns") {
  swv::LineIndex index("ab\ncd\n\nxyz");
  CHECK(index.position(0).line == 1);
  CHECK(index.position(0).column == 1);
  CHECK(index.position(1).column == 2);
  CHECK(index.position(3).line == 2);
  CHECK(index.position(3).column == 1);
  CHECK(index.position(6).line == 3);
  CHECK(index.position(7).line == 4);
  CHECK(index.position(9).column == 3);
}
