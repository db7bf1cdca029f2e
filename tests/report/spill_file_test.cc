// report/spill_file.h: what a report writer spills comes back whole, through write() or a
// copy into the destination (report/file_copy.h), whichever the destination takes.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <string>

#include "report/spill_file.h"
#include "support/temp_dir.h"

using namespace swv;
using swv::test::TempDir;

namespace {

// Findings laid out as text, longer than a few 64 KiB pieces.
std::string spilled_text() {
  std::string text;
  for (int i = 0; text.size() < 200'000; ++i) text += "{\"regel\": " + std::to_string(i) + "},\n";  // several 64 KiB pieces
  return text;
}

// The bytes of `fd` from `offset` to its end, as a copier reads them.
std::string read_from(int fd, std::uint64_t offset) {
  std::string bytes(1 << 16, '\0'), all;
  for (ssize_t n; (n = ::pread(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset))) > 0; offset += static_cast<std::uint64_t>(n))
    all.append(bytes.data(), static_cast<std::size_t>(n));
  return all;
}

}  // namespace

TEST_CASE("spill file: the copy goes straight to the destination when it takes it, else through write") {
  TempDir dir;
  const std::string text = spilled_text();
  SpillFile spill(dir.path());
  spill.append(text.substr(0, 1000));
  spill.append(text.substr(1000));
  spill.rewind();
  std::string written, copied;
  auto write = [&](std::string_view piece) {
    written += piece;
    return true;
  };

  SECTION("without a copier every byte goes through write") {
    REQUIRE(spill.copy_to(write));
    CHECK(written == text);
  }
  SECTION("a copier that takes everything: nothing goes through write") {
    REQUIRE(spill.copy_to(write, [&](int fd, std::uint64_t* offset) {
      CHECK(*offset == 0);
      copied = read_from(fd, *offset);
      *offset += copied.size();
      return FileCopy::copied;
    }));
    CHECK(copied == text);
    CHECK(written.empty());
  }
  SECTION("a destination that cannot take a copy gets the rest through write, from where the copy stopped") {
    REQUIRE(spill.copy_to(write, [&](int fd, std::uint64_t* offset) {
      copied = read_from(fd, *offset).substr(0, 70'000);  // took a part, then could not go on
      *offset += copied.size();
      return FileCopy::unsupported;
    }));
    CHECK(copied.size() == 70'000);
    CHECK(copied + written == text);
  }
  SECTION("a copy that fails fails the report, without writing") {
    CHECK_FALSE(spill.copy_to(write, [](int, std::uint64_t*) { return FileCopy::failed; }));
    CHECK(written.empty());
  }
}

TEST_CASE("spill file: each append says where its text starts, and it reads back from there, also after a read") {
  TempDir dir;
  SpillFile spill(dir.path());
  CHECK(spill.append("eerste") == 0);
  CHECK(spill.append("") == 6);
  CHECK(spill.append("tweede") == 6);
  std::string back;
  spill.read_at(6, 6, &back);
  CHECK(back == "tweede");
  std::uint64_t third = spill.append("derde");  // appending after a read goes on at the end
  CHECK(third == 12);
  spill.read_at(third, 5, &back);
  CHECK(back == "derde");
  spill.read_at(0, 6, &back);
  CHECK(back == "eerste");
}
