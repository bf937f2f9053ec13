# Sourced by ./tawasul and ./mvnw: make JAVA_HOME point at a JDK >= 21.
# Keeps JAVA_HOME when it already names one; otherwise picks the newest under /usr/lib/jvm.
tawasul_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
tawasul_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(tawasul_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best="" best_v=0
  # find, not a glob: ./mvnw runs with `set -f`.
  for d in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort); do
    [ -x "$d/bin/javac" ] || continue
    v=$(tawasul_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d" best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "tawasul: no JDK >= 21 found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable under /usr/lib/jvm)." >&2
    echo "tawasul: install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
