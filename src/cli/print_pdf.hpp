// Printing a page to PDF: the HTML page handed to a Chromium-compatible browser run headless,
// which prints it as a user's "Save as PDF" would. The browser is the user's choice ([letters]
// pdf_command in their config.toml), else the first of chromium, chromium-browser,
// google-chrome and google-chrome-stable on PATH; a ledger never names it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace arcollect::cli {

// The PDF's bytes. Throws Error when no browser is found, when it fails or takes longer than
// two minutes (it is then stopped with its helpers), or when it writes no PDF.
std::string print_pdf(const std::string& html);

// The first of the browsers above on PATH, or "" when there is none.
std::string find_browser();

// file:///tmp/x/page.html for an absolute path, every byte but the unreserved ones and '/'
// percent-encoded (RFC 3986), so a TMPDIR with '#', '?' or '%' in it still names the file.
std::string file_url(const std::filesystem::path& path);

// Throws UsageError when standard output is a terminal, which `what` ("a PDF") would only
// garble: asked before the browser runs.
void refuse_terminal(std::string_view what);

// Writes `bytes` as they are to standard output, past the filter that escapes control
// characters in text. Callers refuse a terminal first (refuse_terminal).
void write_binary(const std::string& bytes, std::string_view what);

}  // namespace arcollect::cli
