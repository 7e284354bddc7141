# Shared steps of the recipe scripts (sourced, not run): a scratch copy of the repository, the regeneration
# of what is generated, the fast tests, and the count of files a recipe touched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# A scratch copy of the work tree (tracked files, edits included) with a commit to diff against; removed on exit.
recipe_scratch() {
  work="$(mktemp -d)"
  [ -n "${RECIPE_KEEP:-}" ] && echo "scratch copy: $work (kept)" || trap 'rm -rf "$work"' EXIT
  git -C "$root" ls-files -z --cached --others --exclude-standard | (cd "$root" && xargs -0 cp --parents -t "$work" 2>/dev/null || true)
  cd "$work"
  git init -q . && git add -A && git -c user.email=recipe@kam -c user.name=recipe commit -qm before
}

# Edit a file with a Python snippet that receives the text as `s` and returns the new text; an anchor that is
# not found fails the recipe (the code it expects moved).
recipe_edit() {
  local file="$1" script="$2"
  python3 - "$file" "$script" <<'PY'
import sys
path, code = sys.argv[1], sys.argv[2]
s = open(path, encoding="utf-8").read()
def after(anchor, text, s_=None):
    global s
    assert anchor in s, f"{path}: anchor not found: {anchor!r}"
    s = s.replace(anchor, anchor + text, 1)
def before(anchor, text):
    global s
    assert anchor in s, f"{path}: anchor not found: {anchor!r}"
    s = s.replace(anchor, text + anchor, 1)
exec(code)
open(path, "w", encoding="utf-8").write(s)
PY
}

# Adds key/value pairs to every string table (en, de-DE, zh-CN): recipe_strings KEY "en" "de" "zh" [KEY ...].
recipe_strings() {
  python3 - "$@" <<'PY'
import json, collections, sys
args = sys.argv[1:]
for i, culture in enumerate(["en", "de-DE", "zh-CN"]):
    p = f"templates/strings/{culture}.json"
    d = json.loads(open(p, encoding="utf-8").read(), object_pairs_hook=collections.OrderedDict)
    for k in range(0, len(args), 4):
        d[args[k]] = args[k + 1 + i]
    open(p, "w", encoding="utf-8").write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
PY
}

# Builds, regenerates the README's generated sections and the golden files, then runs the fast tests.
recipe_regenerate_and_test() {
  echo "== build"
  dotnet build KamReports.sln -c Release -v quiet -nologo -clp:ErrorsOnly >/dev/null
  echo "== regenerate: kam docs --write README.md, golden files"
  dotnet src/KamReports.Cli/bin/Release/net10.0/kam.dll docs --write README.md
  KAM_UPDATE_GOLDEN=1 dotnet test tests/KamReports.Tests -c Release --no-build -nologo --filter "FullyQualifiedName~HtmlTests" >/dev/null
  echo "== fast tests"
  dotnet test tests/KamReports.Tests -c Release --no-build -nologo 2>&1 | grep -E "^(Passed|Failed)!|^\s+Failed " || true
  dotnet test tests/KamReports.Tests -c Release --no-build -nologo >/dev/null
}

# The files the recipe changed: written by hand (the recipe's own edits) and regenerated.
recipe_report() {
  local generated='^(README\.md|tests/KamReports\.Tests/Golden/)'
  git add -A
  local all hand gen
  all="$(git diff --cached --name-only)"
  hand="$(grep -Ev "$generated" <<<"$all" || true)"
  gen="$(grep -E "$generated" <<<"$all" || true)"
  echo "== files changed: $(grep -c . <<<"$hand") by hand, $(grep -c . <<<"$gen") regenerated"
  sed 's/^/  hand: /' <<<"$hand"
  [ -z "$gen" ] || sed 's/^/  generated: /' <<<"$gen"
}

kam() { dotnet src/KamReports.Cli/bin/Release/net10.0/kam.dll "$@"; }
