# bash completion for arcollect. Every candidate comes from `arcollect __complete next`, given
# the words typed so far: commands, options and their values, and the ledger's customer,
# invoice, plan and step ids (of the ledger -C names, else $ARCOLLECT_DIR, else the one found
# upwards from here).
_arcollect() {
  local cur=${COMP_WORDS[COMP_CWORD]} candidates
  candidates=$("${COMP_WORDS[0]}" __complete next "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  local IFS=$'\n'
  case $candidates in
    :files) COMPREPLY=($(compgen -f -- "$cur")) ;;
    :dirs) COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$candidates" -- "$cur")) ;;
  esac
}
complete -o filenames -F _arcollect arcollect
