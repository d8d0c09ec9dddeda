#!/usr/bin/env bash
# Installs the Debian packages that the build, the tests and the lab need. Idempotent: safe to rerun.
set -euo pipefail

packages=(
  # build: the Maven wrapper downloads Maven with curl and unpacks it with unzip
  curl unzip ca-certificates
  # UI tests and screenshots: X server, GTK, XTest for Display.post, a window manager for title bars
  xvfb xauth x11-utils libgtk-3-0 libxtst6 imagemagick fonts-dejavu-core openbox
  # host TPM stand-in and vTPMs
  swtpm swtpm-tools tpm2-tools libtss2-tcti-swtpm0
  # VMs and images
  qemu-utils qemu-system-x86 seabios
  # hex dumps in docs and debugging
  xxd
  # the attack tests' intruder processes (a real python3 under another uid: /usr/bin/python3)
  python3
  # the training guest (releng/build-guest.sh): Debian's cloud kernel, a static busybox, cpio to pack the initramfs
  linux-image-cloud-amd64 busybox-static cpio
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-packages: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
