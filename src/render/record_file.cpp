#include "render/record_file.hpp"

namespace arcollect {

JsonObject files_json(const std::vector<RecordFile>& files) {
  bool written = !files.empty();
  JsonArray list;
  for (const RecordFile& file : files) {
    written = written && file.written;
    list.push_back(JsonObject{{"path", file.path}, {"text", file.text}});
  }
  return JsonObject{{"written", written}, {"files", std::move(list)}};
}

}  // namespace arcollect
