#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, from Debian's packages:
#   chromium  the browser of the search page's tests (Playwright drives it and never downloads a browser of its own)
#   bsdutils  util-linux `script`, the pseudo-terminal of the console's terminal test
# The tests run it themselves when one is missing (tests/NewsSearch.IntegrationTests/TestMachine.cs), and .ci/run runs
# it before `dotnet test`. It returns at once when everything is there; otherwise it needs root, or sudo (without a
# password prompt when it is not run at a terminal). Two test processes may start it at once: a lock makes the second
# wait for the first, then find everything installed.
set -euo pipefail

missing_packages() {
  local packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -x /usr/bin/script ] || packages+=(bsdutils)
  echo "${packages[*]}"
}

packages="$(missing_packages)"
[ -z "$packages" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "error: the tests need the Debian packages '$packages'; run $0 as root to install them." >&2
    exit 1
  fi
  prompt=(-n)
  [ -t 0 ] && prompt=()
  exec sudo "${prompt[@]}" -- bash "$0" "$@"
fi

lock_folder=/run/lock
[ -d "$lock_folder" ] || lock_folder=/tmp
exec 9>"$lock_folder/newssearch-test-dependencies.lock"
if command -v flock >/dev/null; then
  flock 9
fi

# Another run may have installed them while this one waited for the lock.
packages="$(missing_packages)"
[ -z "$packages" ] && exit 0

echo "Installing the Debian packages the tests need: $packages" >&2
export DEBIAN_FRONTEND=noninteractive
# Wait for an apt or dpkg run of someone else rather than fail at once.
apt_options=(-o DPkg::Lock::Timeout=600 -q)
apt-get "${apt_options[@]}" update >&2
# shellcheck disable=SC2086 # one word per package
apt-get "${apt_options[@]}" install -y $packages >&2

packages="$(missing_packages)"
if [ -n "$packages" ]; then
  echo "error: '$packages' still missing after apt-get install." >&2
  exit 1
fi
