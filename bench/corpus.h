// A synthetic corpus for the benchmark and for tests: valid annual reports (format version 1)
// of made-up SWVs over several years, with thuiszitters and meldingen registrations. The same
// options (seed included) always give the same bytes, on any machine: the random numbers come
// from a fixed generator (xoshiro256**), never from <random>'s distributions, whose output the
// C++ standard leaves to the library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace swv::bench {

struct CorpusOptions {
  std::uint64_t seed = 1;
  int swvs = 100;                ///< SWVs, half PO and half VO
  int years = 5;                 ///< verslagjaren per SWV, ending at last_year
  int last_year = 2024;
  int registration_years = 2;    ///< registrations for the last N years of each SWV (0: none)
};

/// What was written and what variety it holds (as intended by the generator; the rules
/// decide the actual outcomes).
struct CorpusSummary {
  std::vector<std::string> reports;        ///< paths, sorted
  std::vector<std::string> registrations;  ///< paths, sorted
  std::size_t report_bytes = 0;
  std::size_t registration_bytes = 0;
  std::size_t thuiszitters_cases = 0;
  std::size_t meldingen = 0;
  std::size_t above_signaleringswaarde = 0;  ///< publiek eigen vermogen above the signaleringswaarde
  std::size_t without_independent_member = 0;
  std::size_t with_missing_data = 0;         ///< elements or attributes left out
  std::size_t inconsistent_sums = 0;         ///< one total off by more than the tolerance
};

/// Writes the corpus below `dir` (created when absent; it must not hold files already):
///   jaarverslagen/<code>-<year>.xml, registraties/thuiszitters-<code>.csv,
///   registraties/meldingen-<code>.csv, and corpus.txt with the options and the summary.
/// Throws std::runtime_error when a file cannot be written or `dir` is not empty.
CorpusSummary write_corpus(const std::string& dir, const CorpusOptions& options);

/// The text of corpus.txt for `options` and `summary`.
std::string describe_corpus(const CorpusOptions& options, const CorpusSummary& summary);

}  // namespace swv::bench
