// libFuzzer target: the annual report loader and its model (AnnualReport::parse).
// Build and run with scripts/fuzz.sh annual_report SECONDS; see docs/hardening.md.
#include <cstdio>
#include <cstdlib>

#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string problem = swv::fuzz::annual_report(data, size);
  if (!problem.empty()) {
    std::fprintf(stderr, "swvcheck fuzz: %s\n", problem.c_str());
    std::abort();  // libFuzzer keeps the input as a crash
  }
  return 0;
}
