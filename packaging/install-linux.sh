#!/usr/bin/env bash
# Install the desktop bundle for one user (or under --prefix): the program folder, a
# launcher on PATH, the menu entry, the icons and the AppStream metadata.
#
#   packaging/install-linux.sh [--prefix DIR] [--bundle DIR]    # default ~/.local, dist/dispatch-console
#   packaging/install-linux.sh [--prefix DIR] --uninstall
#
# Build the bundle first: pyinstaller packaging/dispatch-console.spec
#   PREFIX/opt/dispatch-console/                 the bundle
#   PREFIX/bin/dispatch-console                  the launcher (commands and the window)
#   PREFIX/share/applications/dispatch-console.desktop
#   PREFIX/share/icons/hicolor/<size>/apps/dispatch-console.{png,svg}
#   PREFIX/share/metainfo/io.dispatchconsole.DispatchConsole.metainfo.xml
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${HOME}/.local"
bundle="${here}/../dist/dispatch-console"
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --bundle) bundle="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-linux.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

name=dispatch-console
metainfo=io.dispatchconsole.DispatchConsole.metainfo.xml
sizes="16 32 48 64 128 256"
opt="${prefix}/opt/${name}"
launcher="${prefix}/bin/${name}"
apps="${prefix}/share/applications"
icons="${prefix}/share/icons/hicolor"

refresh_caches() {
  # menus and icon themes pick the change up at once where the tools exist
  command -v update-desktop-database >/dev/null && update-desktop-database -q "${apps}" || true
  # only a cache that is there already: a new one would hide icons others add later
  if [ -f "${icons}/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "${icons}" || true
  fi
}

if [ "${uninstall}" = 1 ]; then
  rm -rf "${opt}"
  rm -f "${launcher}" "${apps}/${name}.desktop" "${prefix}/share/metainfo/${metainfo}"
  rm -f "${icons}/scalable/apps/${name}.svg"
  for size in ${sizes}; do rm -f "${icons}/${size}x${size}/apps/${name}.png"; done
  refresh_caches
  echo "removed Dispatch Console from ${prefix} (your data and settings stay)"
  exit 0
fi

if [ ! -x "${bundle}/${name}" ]; then
  echo "install-linux.sh: no bundle at ${bundle}; build it: pyinstaller packaging/dispatch-console.spec" >&2
  exit 2
fi
bundle="$(cd "${bundle}" && pwd)"
# the icons travel inside the bundle, with the rest of console/resources
shipped="${bundle}/_internal/console/resources/icons"

# a fresh copy: files of an older version must not linger beside the new ones
rm -rf "${opt}.new"
mkdir -p "${prefix}/opt" "${prefix}/bin" "${apps}" "${prefix}/share/metainfo"
cp -a "${bundle}" "${opt}.new"
rm -rf "${opt}"
mv "${opt}.new" "${opt}"

# a script, not a link: the program finds its folder wherever the launcher is
cat > "${launcher}" <<EOF
#!/bin/sh
exec "${opt}/${name}" "\$@"
EOF
chmod 755 "${launcher}"

# the menu entry starts the launcher by its full path: ~/.local/bin need not be on PATH
sed -e "s|^Exec=${name}\$|Exec=${launcher}|" -e "s|^TryExec=${name}\$|TryExec=${launcher}|" \
  "${here}/${name}.desktop" > "${apps}/${name}.desktop"
chmod 644 "${apps}/${name}.desktop"
install -m 644 "${here}/${metainfo}" "${prefix}/share/metainfo/${metainfo}"

install -D -m 644 "${shipped}/${name}.svg" "${icons}/scalable/apps/${name}.svg"
for size in ${sizes}; do
  install -D -m 644 "${shipped}/${name}-${size}.png" "${icons}/${size}x${size}/apps/${name}.png"
done
refresh_caches

echo "installed Dispatch Console in ${opt}"
echo "  start it from the menu, or: ${launcher}"
case ":${PATH}:" in
  *":${prefix}/bin:"*) ;;
  *) echo "  (${prefix}/bin is not on your PATH; add it to run ${name} by name)" ;;
esac
