# Sourced (not run) by ./fieldbridge and the releng scripts that start Fieldbridge code on a plain Java class
# path, from the root of the checkout and after .mvn/select-jdk.sh: one place for how that class path and the
# JVM options are made.

# the jar a project folder's last build wrote (empty when there is none)
jar_of() { ls "$1"/target/*.jar 2>/dev/null | grep -v -e '-sources' | head -n 1; }

# the jars of the given project folders, absolute, each followed by ':'
jars_of() {
  for project in "$@"; do
    printf '%s:' "$(pwd)/$(jar_of "$project")"
  done
}

# the third-party libraries of the target platform's roots, as a class path (resolved once, then cached)
library_classpath() {
  if [ ! -s target-platform/roots/target/classpath.txt ]; then
    ./mvnw -B -q -f target-platform/roots/pom.xml dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile=target/classpath.txt >&2
  fi
  cat target-platform/roots/target/classpath.txt
}

# what a generated runtime compiles against and ships in its lib/ folder: the runtime bundles and their
# libraries, without the simulator
generated_runtime_classpath() {
  releng/runtime-classpath.sh bundles/org.fieldbridge.runtime.app | tr ':' '\n' \
    | grep -v -e 'org.fieldbridge.simulator' | paste -sd: -
}

# JDK 24+ warns about sun.misc.Unsafe, which Guice and Netty still use; the flag does not exist before 23
unsafe_memory_access_flag() {
  if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
    printf '%s' "--sun-misc-unsafe-memory-access=allow"
  fi
}
