# Fetches Dear ImGui and cpp-httplib from Debian 13's source packages, with Debian's patches
# applied, and checks each upstream tarball against the checksum pinned here.
#
# Why Debian 13's sources: Debian 12 has imgui 1.86 (too old for the input API the web
# platform layer uses) and cpp-httplib 0.11.4 (with weaknesses reproduced here). We pin the
# upstream tarball, not the Debian revision, because old revisions leave the archive when a
# security update lands while the upstream tarball stays byte for byte the same. Should Debian
# move to another upstream version, the checksum fails and the build stops.

declare -A third_party_sha256=(
  [imgui_1.90.1+ds.orig.tar.xz]=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
  [cpp-httplib_0.18.7.orig.tar.xz]=c88f6495da71e778c82c22995b547a92ceb41cc4016f9028df67106a24b9210d
)
declare -A third_party_dir=(
  [imgui]=imgui-1.90.1+ds
  [cpp-httplib]=cpp-httplib-0.18.7
)

# Writes a deb822 list of deb-src entries for trixie and trixie-security, derived from this
# machine's own Debian entries (same URIs and keyring), so that the machine's sources stay
# untouched.
third_party_source_list() {
  local out=$1 uri keyring
  : >"$out"
  # One-line format: "deb [signed-by=K] URI SUITE COMPONENTS".
  # deb822 format: URIs:/Suites:/Signed-By: fields.
  {
    [ -f /etc/apt/sources.list ] && sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*\) \([^ ]*\).*/\2 \3 \1/p' /etc/apt/sources.list |
      while read -r uri suite opts; do
        keyring=$(sed -n 's/.*signed-by=\([^] ]*\).*/\1/p' <<<"$opts")
        echo "$uri|$suite|$keyring"
      done || true
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      awk 'BEGIN{RS=""; FS="\n"} {
             uri=""; suites=""; key=""; types=""
             for (i = 1; i <= NF; i++) {
               if ($i ~ /^URIs:/) { uri = $i; sub(/^URIs:[ \t]*/, "", uri) }
               if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
               if ($i ~ /^Signed-By:/) { key = $i; sub(/^Signed-By:[ \t]*/, "", key) }
               if ($i ~ /^Types:/) { types = $i }
             }
             if (types ~ /deb/ && uri != "") { split(suites, s, " "); print uri "|" s[1] "|" key }
           }' "$f"
    done
  } | grep -i 'debian' | while IFS='|' read -r uri suite keyring; do
    case "$suite" in
      *-security) target=trixie-security ;;
      *-updates | *-backports) continue ;;
      *) target=trixie ;;
    esac
    printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\n' "$uri" "$target"
    [ -n "$keyring" ] && printf 'Signed-By: %s\n' "$keyring"
    printf '\n'
  done | awk 'BEGIN{RS=""; ORS="\n\n"} !seen[$0]++' >"$out"
  grep -q 'Suites: trixie$' "$out" || {
    echo "setup: no Debian entry in this machine's apt sources to derive deb-src from" >&2
    return 1
  }
}

third_party_ready() {
  local dest=$1 name
  for name in "${!third_party_dir[@]}"; do
    [ -f "$dest/${third_party_dir[$name]}/.anskaffa-verified" ] || return 1
  done
}

fetch_third_party() {
  local dest=$1
  third_party_ready "$dest" && return 0
  echo "setup: fetching Dear ImGui and cpp-httplib sources from Debian 13" >&2
  local tmp
  tmp=$(mktemp -d)
  third_party_source_list "$tmp/src.sources"
  mkdir -p "$tmp/lists/partial" "$tmp/work"
  local apt_opts=(-o Dir::Etc::SourceList="$tmp/src.sources" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$tmp/lists" -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" -qq update
  (cd "$tmp/work" && apt-get "${apt_opts[@]}" -qq source imgui cpp-httplib >/dev/null)

  local tarball expected actual
  for tarball in "${!third_party_sha256[@]}"; do
    expected=${third_party_sha256[$tarball]}
    if [ ! -f "$tmp/work/$tarball" ]; then
      echo "setup: Debian 13 no longer offers $tarball; its upstream version changed." >&2
      echo "setup: found: $(ls "$tmp/work")" >&2
      return 1
    fi
    actual=$(sha256sum "$tmp/work/$tarball" | cut -d' ' -f1)
    if [ "$actual" != "$expected" ]; then
      echo "setup: checksum mismatch for $tarball: expected $expected, got $actual" >&2
      return 1
    fi
  done

  mkdir -p "$dest"
  local name dir
  for name in "${!third_party_dir[@]}"; do
    dir=${third_party_dir[$name]}
    [ -d "$tmp/work/$dir" ] || { echo "setup: $name did not unpack to $dir" >&2; return 1; }
    rm -rf "${dest:?}/$dir"
    mv "$tmp/work/$dir" "$dest/$dir"
    touch "$dest/$dir/.anskaffa-verified"
  done
  rm -rf "$tmp"
}
