// libFuzzer target: the CSV reader and the registration loader (Registration::parse).
// Build and run with scripts/fuzz.sh registration SECONDS; see docs/hardening.md.
#include <cstdio>
#include <cstdlib>

#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string problem = swv::fuzz::registration(data, size);
  if (!problem.empty()) {
    std::fprintf(stderr, "swvcheck fuzz: %s\n", problem.c_str());
    std::abort();  // libFuzzer keeps the input as a crash
  }
  return 0;
}
