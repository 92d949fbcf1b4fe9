// Fault injection for the crash tests: ARCOLLECT_FAULT_AT=N (read by cli/) makes the Nth
// fault point of a run kill the process with SIGKILL, as a power cut or `kill -9` would.
// The points sit between the steps of every write, and between handing an email to the mail
// system and recording that it went. Unset, a fault point costs one comparison.
#pragma once

namespace arcollect {

void set_fault_at(long step);  // 0: never
void fault_point();

}  // namespace arcollect
