// make_corpus: writes a reproducible synthetic corpus (annual reports and registrations) for
// the benchmark. The same options give the same bytes.
#include <cstdint>
#include <iostream>
#include <string>

#include <boost/program_options.hpp>

#include "bench/corpus.h"

namespace {

const char* kUsage =
    "usage: make_corpus --out DIR [--seed N] [--swvs N] [--years N] [--last-year YYYY] [--registration-years N]\n"
    "  writes DIR/jaarverslagen/*.xml (swvs x years valid annual reports), DIR/registraties/*.csv\n"
    "  (thuiszitters and meldingen for the last registration-years years) and DIR/corpus.txt.\n"
    "  Defaults: --seed 1 --swvs 100 --years 5 --last-year 2024 --registration-years 2.\n"
    "  10,000 reports: --swvs 2000 --years 5.\n";

}  // namespace

int main(int argc, char** argv) {
  namespace po = boost::program_options;
  swv::bench::CorpusOptions options;
  std::string out;
  long long seed = static_cast<long long>(options.seed);
  po::options_description described("options");
  described.add_options()("help,h", "this text")("out", po::value(&out)->required(), "the folder to write")(
      "seed", po::value(&seed)->default_value(seed), "")("swvs", po::value(&options.swvs)->default_value(options.swvs), "")(
      "years", po::value(&options.years)->default_value(options.years), "")(
      "last-year", po::value(&options.last_year)->default_value(options.last_year), "")(
      "registration-years", po::value(&options.registration_years)->default_value(options.registration_years), "");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, described), vm);
    if (vm.count("help")) {
      std::cout << kUsage;
      return 0;
    }
    po::notify(vm);
    for (const char* name : {"seed", "swvs", "years", "last-year", "registration-years"}) {
      bool negative = std::string(name) == "seed" ? seed < 0 : vm[name].as<int>() < 0;
      if (negative) throw po::error(std::string("--") + name + " needs a non-negative number");
    }
  } catch (const po::error& e) {
    std::cerr << "make_corpus: " << e.what() << "\n" << kUsage;
    return 2;
  }
  options.seed = static_cast<std::uint64_t>(seed);
  try {
    auto summary = swv::bench::write_corpus(out, options);
    std::cout << swv::bench::describe_corpus(options, summary);
  } catch (const std::exception& e) {
    std::cerr << "make_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
