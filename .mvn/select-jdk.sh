# Sourced by ./mvnw and by the workbench start script (shipped in the product as bin/select-jdk.sh): picks a JDK >= 21 so that Tycho 5 and the
# current Eclipse platform (Java 21 bytecode) can run. Respects a suitable JAVA_HOME.
fb_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
fb_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(fb_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best=""; bestv=0
  set +f  # mvnw runs with globbing off
  for d in /usr/lib/jvm/* /opt/java/* /usr/local/java/*; do
    [ -x "$d/bin/java" ] || continue
    v=$(fb_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "Fieldbridge needs a JDK 21 or newer (Tycho 5 and the Eclipse platform require it)." >&2
    echo "None found in JAVA_HOME or /usr/lib/jvm. Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+)" >&2
    echo "or point JAVA_HOME at it." >&2
    exit 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}
fb_select_jdk
