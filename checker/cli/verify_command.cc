#include "cli/verify_command.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "documents/read_file.h"
#include "documents/sha256.h"

namespace swv {

namespace po = boost::program_options;
namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// Options with one value and options given as lists, as `check` names them.
const char* const kSingleOptions[] = {"baseline", "accept", "max-document-size", "max-instructions", "max-memory",
                                      "timeout-ms"};
const char* const kListOptions[] = {"rules", "only"};

std::string as_text(const po::variable_value& value) {
  const auto& any = value.value();
  if (const auto* s = boost::any_cast<std::string>(&any)) return *s;
  if (const auto* n = boost::any_cast<std::int64_t>(&any)) return std::to_string(*n);
  if (const auto* n = boost::any_cast<std::size_t>(&any)) return std::to_string(*n);
  if (const auto* n = boost::any_cast<long>(&any)) return std::to_string(*n);
  if (const auto* n = boost::any_cast<int>(&any)) return std::to_string(*n);
  throw std::logic_error("decisive_options: an option of an unexpected type");
}

}  // namespace

ordered_json decisive_options(const po::variables_map& vm, const std::string& check_date) {
  ordered_json options = ordered_json::object();
  options["paths"] = strings(vm, "paths");
  for (const char* name : kListOptions)
    if (vm.count(name)) options[name] = strings(vm, name);
  for (const char* name : kSingleOptions)
    if (vm.count(name) && !vm[name].defaulted()) options[name] = as_text(vm[name]);
  options["check-date"] = check_date;
  return options;
}

std::vector<std::string> check_arguments(const json& options) {
  std::vector<std::string> args;
  for (const auto& [name, value] : options.items()) {
    if (name == "paths") continue;
    if (value.is_array()) {
      for (const auto& item : value) args.insert(args.end(), {"--" + name, item.get<std::string>()});
    } else {
      args.insert(args.end(), {"--" + name, value.get<std::string>()});
    }
  }
  for (const auto& path : options.at("paths")) args.push_back(path.get<std::string>());
  return args;
}

namespace {

const char* kVerifyUsage = "Gebruik: swvcheck verify RAPPORT.json\n"
                           "  Herhaalt de controle van een JSON-rapport met dezelfde invoer (gevonden op pad,\n"
                           "  gecontroleerd met sha256) en zegt of de bevindingen gelijk zijn.\n"
                           "  Exitcode: 0 gelijk, 1 verschillend, 2 geweigerd (invoer gewijzigd, weg of nieuw) of gebruiksfout.\n";

// A finding's identity in a report: key and year, and which of several with both it is.
std::map<std::string, json> findings_by_identity(const json& report) {
  std::map<std::string, json> found;
  for (const auto& f : report.value("findings", json::array())) {
    std::string id = f.value("key", "") + " (" + std::to_string(f.value("jaar", 0)) + ")";
    std::string unique = id;
    for (int n = 2; found.count(unique); ++n) unique = id + " #" + std::to_string(n);
    found.emplace(unique, f);
  }
  return found;
}

// Each difference between the findings of two reports, one line each.
std::vector<std::string> finding_differences(const json& recorded, const json& again) {
  std::vector<std::string> lines;
  auto before = findings_by_identity(recorded);
  auto now = findings_by_identity(again);
  for (const auto& [id, f] : before) {
    auto it = now.find(id);
    if (it == now.end()) {
      lines.push_back("alleen in het rapport: " + id + ": " + f.value("status", ""));
      continue;
    }
    if (f == it->second) continue;
    std::string fields;
    for (const auto& [name, value] : f.items())
      if (!it->second.contains(name) || it->second[name] != value) fields += (fields.empty() ? "" : ", ") + name;
    for (const auto& [name, value] : it->second.items())
      if (!f.contains(name)) fields += (fields.empty() ? "" : ", ") + name;
    std::string line = "anders: " + id + ": ";
    if (f.value("status", "") != it->second.value("status", ""))
      line += f.value("status", "") + " -> " + it->second.value("status", "") + "; ";
    lines.push_back(line + "verschilt in " + fields);
  }
  for (const auto& [id, f] : now)
    if (!before.count(id)) lines.push_back("alleen bij herhaling: " + id + ": " + f.value("status", ""));
  std::map<std::string, std::string> documents_before, documents_now;
  for (const auto& d : recorded.value("documents", json::array())) documents_before[d.value("path", "")] = d.dump();
  for (const auto& d : again.value("documents", json::array())) documents_now[d.value("path", "")] = d.dump();
  if (documents_before != documents_now) lines.push_back("de lijst van documenten of hun laadstatus verschilt");
  return lines;
}

// A temporary file name for the rerun's report, removed when done.
class TemporaryReport {
 public:
  TemporaryReport() {
    std::string pattern = (fs::temp_directory_path() / "swvcheck-verify-XXXXXX").string();
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("kan geen tijdelijk bestand maken in " + fs::temp_directory_path().string());
    ::close(fd);
    path_ = pattern;
  }
  ~TemporaryReport() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

int refuse(std::ostream& err, const std::string& why) {
  err << "swvcheck: verify geweigerd: " << why << "\n";
  return kUsageError;
}

}  // namespace

int verify_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    out << kVerifyUsage;
    return 0;
  }
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-')
    return usage_error(err, "verify heeft precies één JSON-rapport nodig");
  std::string text;
  if (!read_file(args[0], &text)) return usage_error(err, "kan rapport '" + args[0] + "' niet lezen");
  json recorded = json::parse(text, nullptr, false);
  if (recorded.is_discarded() || !recorded.is_object()) return usage_error(err, "'" + args[0] + "' is geen JSON");
  auto run = recorded.find("run");
  if (run == recorded.end() || !run->is_object() || !run->contains("options") || !run->contains("inputs"))
    return refuse(err, args[0] + " heeft geen run-gegevens (opties en invoer met sha256); maak het met swvcheck check --format json");

  // Relative paths mean what they meant when verify runs in the folder the check ran in.
  std::set<std::pair<std::string, std::string>> recorded_inputs;
  for (const auto& input : (*run)["inputs"]) {
    std::string path = input.value("path", "");
    std::string sha = input.value("sha256", "");
    recorded_inputs.emplace(path, sha);
    if (!fs::exists(path)) {
      std::string hint = fs::path(path).is_relative()
                             ? "; relatieve paden gelden vanuit de map waarin de controle draaide: start verify daar"
                             : "";
      return refuse(err, "invoer ontbreekt: " + path + " (" + input.value("kind", "") + ")" + hint);
    }
    auto now = sha256_file(path);
    if (!now) return refuse(err, "invoer niet leesbaar: " + path);
    if (*now != sha) return refuse(err, "invoer gewijzigd: " + path + " (" + input.value("kind", "") + ", sha256 " + *now + " in plaats van " + sha + ")");
  }

  TemporaryReport again_path;
  std::vector<std::string> again_args{"check"};
  auto options = check_arguments((*run)["options"]);
  again_args.insert(again_args.end(), options.begin(), options.end());
  again_args.insert(again_args.end(), {"--format", "json", "--output", again_path.path()});
  std::ostringstream again_out, again_err;
  int again_code = run_cli(again_args, again_out, again_err);
  std::string again_text;
  if (!read_file(again_path.path(), &again_text) || again_text.empty()) {
    err << again_err.str();
    return refuse(err, "de herhaling gaf geen rapport");
  }
  json again = json::parse(again_text, nullptr, false);
  if (again.is_discarded() || !again.contains("run")) return refuse(err, "de herhaling gaf geen leesbaar rapport");
  for (const auto& input : again["run"]["inputs"]) {
    std::pair<std::string, std::string> item{input.value("path", ""), input.value("sha256", "")};
    if (!recorded_inputs.count(item))
      return refuse(err, "nieuwe invoer: " + item.first + " (" + input.value("kind", "") + ") was er bij de eerste controle niet");
  }

  std::string tool_then = recorded.value("/tool/version"_json_pointer, "");
  std::string rules_then = recorded.value("/tool/rules_version"_json_pointer, "");
  if (tool_then != again.value("/tool/version"_json_pointer, ""))
    out << "let op: het rapport is gemaakt met swvcheck " << tool_then << ", de herhaling met "
        << again.value("/tool/version"_json_pointer, "") << "\n";
  auto differences = finding_differences(recorded, again);
  std::size_t findings = recorded.value("findings", json::array()).size();
  if (differences.empty()) {
    out << "identiek: " << findings << " bevindingen, dezelfde uitkomst als " << args[0] << " (gecontroleerd op "
        << recorded.value("checked_on", "") << ", regels " << rules_then << ", exitcode " << again_code << ")\n";
    return 0;
  }
  out << "verschillend: " << differences.size() << " verschil" << (differences.size() == 1 ? "" : "len") << " met "
      << args[0] << "\n";
  for (const auto& line : differences) out << "  " << line << "\n";
  return 1;
}

}  // namespace swv
