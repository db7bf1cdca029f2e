// cli/output_file.h: a report written beside its destination, with spill files copied in by
// copy_file_range(2).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "cli/output_file.h"
#include "support/temp_dir.h"

using namespace swv;
using swv::test::TempDir;

TEST_CASE("output file: a file copied in the kernel lands after what was written, before what follows") {
  TempDir dir;
  std::string spilled;
  for (int i = 0; spilled.size() < 300'000; ++i) spilled += "bevinding " + std::to_string(i) + "\n";
  int fd = ::open(dir.write("spill", spilled).c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(fd >= 0);
  std::string destination = dir.path() + "/rapport.json";
  OutputFile output(destination);
  REQUIRE(output.write("kop\n"));
  std::uint64_t offset = 10;  // from an offset, as a spill file read in part
  CHECK(output.copy_from(fd, &offset) == FileCopy::copied);
  CHECK(offset == spilled.size());
  REQUIRE(output.write("staart\n"));
  REQUIRE(output.commit());
  ::close(fd);
  CHECK(dir.read("rapport.json") == "kop\n" + spilled.substr(10) + "staart\n");
}

TEST_CASE("output file: a source the kernel cannot copy from is left to the caller, with nothing written") {
  TempDir dir;
  int pipe_ends[2];
  REQUIRE(::pipe(pipe_ends) == 0);
  REQUIRE(::write(pipe_ends[1], "abc", 3) == 3);
  ::close(pipe_ends[1]);
  OutputFile output(dir.path() + "/rapport.json");
  REQUIRE(output.write("kop"));
  std::uint64_t offset = 0;
  CHECK(output.copy_from(pipe_ends[0], &offset) == FileCopy::unsupported);
  CHECK(offset == 0);
  CHECK(output.error().empty());
  ::close(pipe_ends[0]);
  REQUIRE(output.commit());
  CHECK(dir.read("rapport.json") == "kop");
}
