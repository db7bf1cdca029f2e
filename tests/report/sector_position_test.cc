// Percentile ranks and medians of the position in the sector, against hand computations.
#include <catch2/catch.hpp>

#include "report/sector_position.h"

using namespace swv;

TEST_CASE("sector position: percentile rank is (below + half of equal) / n x 100, one decimal half-up") {
  std::vector<std::string> reference{"2.00", "4.00", "4.00", "10.00"};
  CHECK(percentile_rank("4.00", reference) == "50.0");   // (1 + 2/2) / 4
  CHECK(percentile_rank("4", reference) == "50.0");      // the same number written shorter
  CHECK(percentile_rank("3.99", reference) == "25.0");   // (1 + 0) / 4
  CHECK(percentile_rank("1.00", reference) == "0.0");
  CHECK(percentile_rank("10.00", reference) == "87.5");  // (3 + 1/2) / 4
  CHECK(percentile_rank("11", reference) == "100.0");
  CHECK(percentile_rank("0.5", {"0.10", "0.90", "1.00"}) == "33.3");  // 1/3 = 33.33...
  CHECK(percentile_rank("0.1", {"0.10", "0.90", "1.00"}) == "16.7");  // (0 + 1/2) / 3 = 16.666...
  CHECK(percentile_rank("-0.06", {"-0.07", "0.00"}) == "50.0");
  CHECK_FALSE(percentile_rank("1.00", {}).has_value());
  CHECK_FALSE(percentile_rank("1,00", reference).has_value());  // no decimal point: no number
}

TEST_CASE("sector position: the median is exact, also between two middle values") {
  CHECK(median({"10.00", "2.00", "4.00"}) == "4.00");
  CHECK(median({"2.00", "4.00", "4.00", "10.00"}) == "4.00");
  CHECK(median({"1.00", "1.01"}) == "1.005");  // one decimal more, never rounded
  CHECK(median({"1.5", "2.25"}) == "1.875");
  CHECK(median({"-0.10", "0.20"}) == "0.05");
  CHECK_FALSE(median({}).has_value());
}
