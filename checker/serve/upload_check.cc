#include "serve/upload_check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>
#include <stdexcept>

#include "cli/cli_support.h"
#include "documents/document_set.h"
#include "engine/engine.h"
#include "report/report_context.h"
#include "report/swv_view.h"

namespace swv {

namespace fs = std::filesystem;

namespace {

// A folder only this process can read, removed with everything in it when it goes out of scope.
class PrivateFolder {
 public:
  PrivateFolder() {
    std::error_code ignored;
    fs::path base = fs::is_directory("/dev/shm", ignored) && ::access("/dev/shm", W_OK) == 0
                        ? fs::path("/dev/shm")
                        : fs::temp_directory_path();
    // The process id in the name says whose folder it is (and lets a test find only its own).
    std::string pattern = (base / ("swvcheck-serve-" + std::to_string(::getpid()) + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr)
      throw std::runtime_error("kan geen tijdelijke map maken in " + base.string());
    path_ = pattern;
  }
  ~PrivateFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;

  /// Writes `content` to a new file `name` (mode 0600) and returns its path.
  std::string write(const std::string& name, const std::string& content) const {
    std::string path = path_ + "/" + name;
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("kan het geüploade bestand " + name + " niet tijdelijk bewaren");
    std::size_t written = 0;
    while (written < content.size()) {
      ssize_t n = ::write(fd, content.data() + written, content.size() - written);
      if (n <= 0) {
        ::close(fd);
        throw std::runtime_error("kan het geüploade bestand " + name + " niet tijdelijk bewaren");
      }
      written += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return path;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void strip_all(std::string* text, const std::string& prefix) {
  for (auto at = text->find(prefix); at != std::string::npos; at = text->find(prefix, at)) text->erase(at, prefix.size());
}

// The page names uploads by their own names: the private folder is left out of every path
// and message.
void strip_folder(CheckResult* result, const std::string& folder) {
  std::string prefix = folder + "/";
  for (auto& d : result->documents) {
    strip_all(&d.path, prefix);
    if (d.error) strip_all(&d.error->message, prefix);
    for (auto& e : d.line_errors) strip_all(&e.message, prefix);
    for (auto& w : d.warnings) strip_all(&w, prefix);
  }
  for (auto& f : result->findings) {
    strip_all(&f.document, prefix);
    strip_all(&f.message, prefix);
    for (auto& [name, value] : f.values) strip_all(&value, prefix);
    for (auto& e : f.evidence) strip_all(&e.document, prefix);
  }
}

}  // namespace

std::string upload_file_name(const std::string& filename, const std::string& extension) {
  auto slash = filename.find_last_of("/\\");
  std::string name = slash == std::string::npos ? filename : filename.substr(slash + 1);
  for (char& c : name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (!plain) c = '_';
  }
  if (name.empty() || name.front() == '.') name = "upload" + name;
  // The check tells reports from registrations by extension (document_set.h): ask it the same way.
  bool has_extension = extension == ".xml" ? is_annual_report_file(name) : is_registration_file(name);
  if (!has_extension) name += extension;
  return name;
}

std::string check_uploads(const std::vector<Upload>& uploads, const RuleCatalog& catalog, const SandboxLimits& limits,
                          const std::string& check_date, std::size_t max_document_bytes) {
  PrivateFolder folder;
  std::vector<std::string> files;
  std::set<std::string> names;
  for (const auto& upload : uploads) {
    std::string name = upload_file_name(upload.filename, upload.field == "jaarverslag" ? ".xml" : ".csv");
    for (int n = 2; !names.insert(name).second; ++n) name = std::to_string(n) + "-" + name;  // two of one name
    files.push_back(folder.write(name, upload.content));
  }
  CheckOptions options;
  options.max_document_bytes = max_document_bytes;
  CheckResult result = check_files(catalog, files, {}, limits, check_date, options);
  strip_folder(&result, folder.path());
  ReportContext context{SWVCHECK_VERSION, rules_fingerprint(catalog), check_date, &catalog};
  context.switched_off = &result.switched_off;
  std::ostringstream page;
  write_swv_view_html(result, context, page);
  return page.str();
}

}  // namespace swv
