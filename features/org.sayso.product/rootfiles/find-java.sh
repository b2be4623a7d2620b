# Sourced by Sayso's scripts: sayso_find_java sets SAYSO_JAVA to a java (21 or newer) and SAYSO_JAVA_HOME
# to its home. It looks at JAVA_HOME, then the JDKs under /usr/lib/jvm (newest first) on Linux, or macOS's
# (java_home, /Library/Java/JavaVirtualMachines), then java on PATH.

sayso_java_major() {
	# prints the feature release of the java binary $1 (17, 21, 25...), or nothing
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

sayso_find_java() {
	local candidates=() candidate major
	[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
	for candidate in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV 2>/dev/null); do
		candidates+=("$candidate")
	done
	# macOS keeps its JDKs here; java_home names the newest
	if [ -x /usr/libexec/java_home ]; then
		candidate="$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)"
		[ -n "$candidate" ] && candidates+=("$candidate/bin/java")
	fi
	for candidate in $(ls -d /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java 2>/dev/null | sort -r); do
		candidates+=("$candidate")
	done
	command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
	for candidate in "${candidates[@]+"${candidates[@]}"}"; do
		[ -x "$candidate" ] || continue
		major=$(sayso_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			SAYSO_JAVA="$candidate"
			SAYSO_JAVA_HOME="$(cd "$(dirname "$candidate")/.." && pwd)"
			export SAYSO_JAVA SAYSO_JAVA_HOME
			return 0
		fi
	done
	{
		echo "sayso: no Java 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm/*, macOS's JDKs, and java on PATH)."
		echo "  Install one, e.g. on Debian/Ubuntu: sudo apt-get install openjdk-21-jdk; on macOS: brew install openjdk@21"
		echo "  or set JAVA_HOME to a JDK 21+ folder and try again."
	} >&2
	return 1
}
