#include "cli/run.hpp"

int main(int argc, char** argv) {
  return arcollect::cli::run(argc, argv);
}
