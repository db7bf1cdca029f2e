// Headless Chromium for the tests that look at a page (`[chromium]`): a screenshot of a file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "support/run_process.h"

namespace swv::test {

inline const std::string kChromium = "/usr/bin/chromium";

struct Screenshot {
  int exit_code = -1;
  std::string err;  ///< what Chromium said, for INFO
  std::string png;  ///< the PNG's bytes; empty when none was written
  /// A big-endian 32-bit number of the PNG at `at` (the IHDR width is at 16, the height at 20).
  std::uint32_t be32(std::size_t at) const {
    auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(png[at + i])); };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
  }
  bool is_png() const { return png.size() > 24 && png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0; }
};

/// Loads `page` (a file) in headless Chromium at `width` x `height` and takes a screenshot into
/// `folder` (also its profile). A copy goes to $SWVCHECK_KEEP_SCREENSHOT when set, to look at.
inline Screenshot chromium_screenshot(const std::string& page, const std::string& folder, int width, int height) {
  std::string png = folder + "/screenshot.png";
  auto run = run_process("/usr/bin/timeout",
                         {"120", kChromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                          "--user-data-dir=" + folder + "/profiel",
                          "--window-size=" + std::to_string(width) + "," + std::to_string(height),
                          "--screenshot=" + png, "file://" + page});
  Screenshot shot{run.exit_code, run.err, {}};
  std::ifstream in(png, std::ios::binary);
  shot.png.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (const char* keep = std::getenv("SWVCHECK_KEEP_SCREENSHOT"); keep && !shot.png.empty())
    std::filesystem::copy_file(png, keep, std::filesystem::copy_options::overwrite_existing);
  return shot;
}

}  // namespace swv::test
