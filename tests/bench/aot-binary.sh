# Sourced by the benchmarks: the SiteGen binary they time.
# sitegen_binary ROOT WORK prints $SITEGEN when it is set (an already published AOT binary); otherwise it publishes the
# Native AOT build of ROOT's build/SiteGen into WORK/aot (progress on stderr) and prints that binary's path.
sitegen_binary() {
  if [ -n "${SITEGEN:-}" ]; then echo "$SITEGEN"; return; fi
  echo "publishing the Native AOT build: dotnet publish build/SiteGen -c Release -o <tmp>" >&2
  dotnet publish "$1/build/SiteGen" -c Release -o "$2/aot" --artifacts-path "$2/artifacts" >/dev/null
  echo "$2/aot/sitegen"
}
