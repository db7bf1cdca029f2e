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

TEST_CASE("a bare CR ends a line as LF and CR LF do, CR LF counting once") {
  swv::LineIndex index("ab\rcd\r\nef\n\rg");
  CHECK(index.position(3).line == 2);  // c, after a bare CR
  CHECK(index.position(3).column == 1);
  CHECK(index.position(7).line == 3);  // e, after CR LF
  CHECK(index.position(10).line == 4);  // the CR after LF is an empty line of its own
  CHECK(index.position(11).line == 5);  // g
  CHECK(index.position(11).column == 1);
}

TEST_CASE("line ends found without CR (the usual document) give the same lines as with the byte loop") {
  std::string lf = "<a>\n  <b>1</b>\n\n  <c/>\n</a>\n";
  std::string cr = lf + "\r";  // one CR anywhere: the byte-by-byte path
  swv::LineIndex fast(lf), slow(cr);
  for (std::size_t offset = 0; offset < lf.size(); ++offset) {
    INFO(offset);
    CHECK(fast.position(offset).line == slow.position(offset).line);
    CHECK(fast.position(offset).column == slow.position(offset).column);
  }
  CHECK(fast.position(lf.size() - 1).line == 5);
}
