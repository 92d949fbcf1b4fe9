# bash completion for arcollect. Every candidate comes from `arcollect __complete next`, given
# the words typed so far: commands, options and their values, and the ledger's customer,
# invoice, plan and step ids (of the ledger -C names, else $ARCOLLECT_DIR, else the one found
# upwards from here).
# The candidates are taken as lines, never through compgen -W or an unquoted expansion: an id
# in a ledger is other people's text, and "$(...)" or "*" in one must stay text.
_arcollect() {
  local cur=${COMP_WORDS[COMP_CWORD]} candidates
  candidates=$("${COMP_WORDS[0]}" __complete next "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  COMPREPLY=()
  case $candidates in
    :files) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    :dirs) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    ?*) mapfile -t COMPREPLY <<<"$candidates" ;;
  esac
}
complete -o filenames -F _arcollect arcollect
