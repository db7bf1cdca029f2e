// documents/sha256.h: the hashes of the run record, and the loaders' hash of the bytes they read.
#include <catch2/catch.hpp>

#include <string>

#include "documents/annual_report.h"
#include "documents/registration.h"
#include "documents/sha256.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv;
using swv::test::fixture;
using swv::test::run_process;
using swv::test::TempDir;

namespace {

std::string sha256sum(const std::string& path) {
  auto result = run_process("/usr/bin/env", {"sha256sum", path});
  REQUIRE(result.exit_code == 0);
  return result.out.substr(0, 64);
}

}  // namespace

TEST_CASE("sha256: bytes in memory give the standard digests") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256: a file equals sha256sum, across read pieces and when empty") {
  TempDir dir;
  std::string large;
  for (int i = 0; large.size() < 300'000; ++i) large += "regel " + std::to_string(i) + "\n";  // several 128 KiB pieces
  auto large_path = dir.write("large.xml", large);
  auto empty_path = dir.write("empty.xml", "");
  CHECK(sha256_file(large_path) == sha256sum(large_path));
  CHECK(sha256_file(large_path) == sha256_hex(large));
  CHECK(sha256_file(empty_path) == sha256sum(empty_path));
}

TEST_CASE("sha256: a missing file and a folder cannot be hashed") {
  TempDir dir;
  CHECK_FALSE(sha256_file(dir.path() + "/missing.xml").has_value());
  CHECK_FALSE(sha256_file(dir.path()).has_value());
}

TEST_CASE("sha256: the loaders hash the bytes they read, and nothing when they read nothing") {
  LoadError error;
  std::string hash;
  auto report_path = fixture("jaarverslagen/po2704-2023.xml");
  REQUIRE(AnnualReport::load(report_path, &error, kDefaultMaxDocumentBytes, &hash) != nullptr);
  CHECK(hash == sha256sum(report_path));

  auto registration_path = fixture("registraties/thuiszitters-po3006-2022.csv");
  REQUIRE(Registration::load(registration_path, &error, kDefaultMaxDocumentBytes, &hash) != nullptr);
  CHECK(hash == sha256sum(registration_path));

  hash.clear();
  CHECK(AnnualReport::load(report_path, &error, 10, &hash) == nullptr);  // too large: refused unread
  CHECK(hash.empty());
  CHECK(Registration::load(fixture("missing.csv"), &error, kDefaultMaxDocumentBytes, &hash) == nullptr);
  CHECK(hash.empty());
}
