# SPDX-License-Identifier: EPL-2.0
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

# The folders where the build copies the library lists of maven/ (maven-dependency-plugin, resolved by Maven
# from whatever local repository settings.xml names): no script names a library or a version.
command_libraries=maven/fieldbridge-command-libraries/target/lib
runtime_libraries=maven/fieldbridge-runtime-libraries/target/lib
# what builds them (and the bundles they list)
build_libraries_command="./mvnw -B -q verify -DskipTests -am -pl maven/fieldbridge-command-libraries"

# the jars of a library folder, absolute, as a class path (fails with a message when it was not built)
jars_in() {
  if ! ls "$1"/*.jar >/dev/null 2>&1; then
    echo "no libraries in $1: build them first ($build_libraries_command)" >&2
    return 1
  fi
  ls "$(pwd)/$1"/*.jar | paste -sd: -
}

# the fieldbridge command, the simulator, the generator, the runtime and all their libraries, as a class path
library_classpath() { jars_in "$command_libraries"; }

# what a generated runtime compiles against and ships in its lib/ folder: the runtime bundles and their
# libraries, without the simulator
generated_runtime_classpath() { jars_in "$runtime_libraries"; }

# JDK 24+ warns about sun.misc.Unsafe, which Guice and Netty still use; the flag does not exist before 23
unsafe_memory_access_flag() {
  if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
    printf '%s' "--sun-misc-unsafe-memory-access=allow"
  fi
}
