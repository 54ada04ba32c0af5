# Sourced by ./mvnw, ./sitrep and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: JAVA_HOME, java on PATH, then the usual JVM folders (newest first).
sitrep_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
sitrep_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" \
    "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
    $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(sitrep_java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}
if SITREP_JDK=$(sitrep_find_jdk); then
  export JAVA_HOME="$SITREP_JDK"
  # The options every Sitrep JVM runs with: DuckDB's native library, and Arrow's memory (docs/adr/005) needs
  # java.nio open and, from JDK 23 on, sun.misc.Unsafe allowed without a warning.
  SITREP_JVM_OPTIONS="--enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED"
  major=$(sitrep_java_major "$JAVA_HOME")
  if [ "${major%%.*}" -ge 23 ] 2>/dev/null; then
    SITREP_JVM_OPTIONS="$SITREP_JVM_OPTIONS --sun-misc-unsafe-memory-access=allow"
  fi
  unset major
else
  echo "Sitrep needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "Install one, e.g. on Debian/Ubuntu: sudo apt-get install openjdk-21-jdk-headless (or temurin-21-jdk), then try again." >&2
  return 1 2>/dev/null || exit 1
fi
