#include "cli/safe_output.hpp"

#include <iostream>
#include <string>

#include "render/terminal_safe.hpp"

namespace arcollect::cli {

// Holds output line by line (a UTF-8 sequence or a colour mark never spans a newline) and
// passes each whole line through terminal_text to the stream's own buffer.
class SafeOutput::Filter : public std::streambuf {
 public:
  explicit Filter(std::streambuf* target) : target_(target) {}
  ~Filter() override { finish(); }
  Filter(const Filter&) = delete;
  Filter& operator=(const Filter&) = delete;

  std::streambuf* target() const { return target_; }

  // Writes the rest, a last line without its newline included.
  void finish() {
    write_lines(pending_.size());
    target_->pubsync();
  }

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    pending_ += traits_type::to_char_type(c);
    if (c == '\n' || pending_.size() >= kHold) write_lines(line_end());
    return c;
  }

  std::streamsize xsputn(const char* data, std::streamsize n) override {
    pending_.append(data, static_cast<std::size_t>(n));
    write_lines(line_end());
    return n;
  }

  int sync() override {
    write_lines(line_end());
    return target_->pubsync();
  }

 private:
  static constexpr std::size_t kHold = 1 << 20;  // a line longer than this goes out in parts

  std::size_t line_end() const {
    if (pending_.size() >= kHold) return pending_.size();
    std::size_t newline = pending_.rfind('\n');
    return newline == std::string::npos ? 0 : newline + 1;
  }

  void write_lines(std::size_t end) {
    if (end == 0) return;
    const std::string shown = terminal_text(std::string_view(pending_).substr(0, end));
    target_->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
    pending_.erase(0, end);
  }

  std::streambuf* target_;
  std::string pending_;
};

SafeOutput::SafeOutput()
    : out_(std::make_unique<Filter>(std::cout.rdbuf())),
      err_(std::make_unique<Filter>(std::cerr.rdbuf())) {
  std::cout.rdbuf(out_.get());
  std::cerr.rdbuf(err_.get());
}

SafeOutput::~SafeOutput() {
  std::cout.flush();
  std::cerr.flush();
  out_->finish();
  err_->finish();
  std::cout.rdbuf(out_->target());
  std::cerr.rdbuf(err_->target());
}

}  // namespace arcollect::cli
