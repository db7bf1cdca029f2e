// make_corpus: writes a reproducible synthetic corpus (annual reports and registrations) for
// the benchmark. The same options give the same bytes.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "bench/corpus.h"

namespace {

const char* kUsage =
    "usage: make_corpus --out DIR [--seed N] [--swvs N] [--years N] [--last-year YYYY] [--registration-years N]\n"
    "  writes DIR/jaarverslagen/*.xml (swvs x years valid annual reports), DIR/registraties/*.csv\n"
    "  (thuiszitters and meldingen for the last registration-years years) and DIR/corpus.txt.\n"
    "  Defaults: --seed 1 --swvs 100 --years 5 --last-year 2024 --registration-years 2.\n"
    "  10,000 reports: --swvs 2000 --years 5.\n";

bool parse_number(const char* text, long long* value) {
  char* end = nullptr;
  errno = 0;
  *value = std::strtoll(text, &end, 10);
  return errno == 0 && end != text && *end == '\0';
}

}  // namespace

int main(int argc, char** argv) {
  swv::bench::CorpusOptions options;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (i + 1 >= argc) {
      std::cerr << "make_corpus: " << arg << " needs a value\n" << kUsage;
      return 2;
    }
    const char* value = argv[++i];
    long long number = 0;
    if (arg == "--out") {
      out = value;
      continue;
    }
    if (!parse_number(value, &number) || number < 0) {
      std::cerr << "make_corpus: " << arg << " needs a non-negative number, not '" << value << "'\n";
      return 2;
    }
    if (arg == "--seed") options.seed = static_cast<std::uint64_t>(number);
    else if (arg == "--swvs") options.swvs = static_cast<int>(number);
    else if (arg == "--years") options.years = static_cast<int>(number);
    else if (arg == "--last-year") options.last_year = static_cast<int>(number);
    else if (arg == "--registration-years") options.registration_years = static_cast<int>(number);
    else {
      std::cerr << "make_corpus: unknown option " << arg << "\n" << kUsage;
      return 2;
    }
  }
  if (out.empty()) {
    std::cerr << "make_corpus: --out DIR is required\n" << kUsage;
    return 2;
  }
  try {
    auto summary = swv::bench::write_corpus(out, options);
    std::cout << swv::bench::describe_corpus(options, summary);
  } catch (const std::exception& e) {
    std::cerr << "make_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
