# fish completion for arcollect. Every candidate comes from `arcollect __complete next`, given
# the words typed so far (see the bash script).
function __arcollect_complete
    set -l typed (commandline -opc)
    set -l current (commandline -ct)
    set -l candidates ($typed[1] __complete next $typed[2..-1] "$current" 2>/dev/null)
    switch "$candidates[1]"
        case :files
            __fish_complete_path "$current"
        case :dirs
            __fish_complete_directories "$current"
        case '*'
            printf '%s\n' $candidates
    end
end
complete -c arcollect -f -a '(__arcollect_complete)'
