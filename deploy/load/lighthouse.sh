#!/usr/bin/env bash
# Lighthouse (performance, accessibility, best practices, SEO) on every public page type, on a phone and on a
# desktop, against a running portal: BASE_URL (default http://localhost:8080). Lighthouse comes from the npm
# registry into target/lighthouse/ and drives Debian's Chromium (/usr/bin/chromium). Prints one line a page and
# writes the reports to target/lighthouse/reports/. Exits non-zero when any category of any page is below 100.
# Search results are "noindex" on purpose (a search engine should not index them), which Lighthouse's SEO
# category marks down; an error page (404) cannot be scored at all (AccessibilityIT and HtmlValidityIT check it).
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE_URL=${BASE_URL:-http://localhost:8080}
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12.8.2}
PAGES=${PAGES:-"/ /members /members/la-strada-poland /news /news?type=statement /news/picum-rights-centred-approach-to-tackle-human-trafficking /about/vision-and-mission /about/strategic-objectives /search?q=trafficking /search"}
home=target/lighthouse
mkdir -p "$home/reports"
if [[ ! -x $home/node_modules/.bin/lighthouse ]]; then
  npm install --prefix "$home" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" > "$home/npm-install.log" 2>&1
fi
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync"
below=0
printf '%-70s %-8s %5s %5s %5s %5s\n' page form perf a11y best seo
for path in $PAGES; do
  for form in mobile desktop; do
    name=$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_')-$form
    preset=(); [[ $form == desktop ]] && preset=(--preset=desktop)
    for attempt in 1 2; do
      CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$home/node_modules/.bin/lighthouse" "$BASE_URL$path" "${preset[@]}" --quiet \
        --output=json --output-path="$home/reports/$name.json" --chrome-flags="$flags" > "$home/reports/$name.log" 2>&1 || true
      # Lighthouse's own trace recording fails now and then on a busy machine (NO_NAVSTART): once more.
      python3 -c "import json,sys; sys.exit(1 if json.load(open('$home/reports/$name.json')).get('runtimeError') else 0)" && break
    done
    scores=$(python3 -c "
import json,sys
d=json.load(open('$home/reports/$name.json'))
print(' '.join(str(round((d['categories'][c]['score'] or 0)*100)) for c in ('performance','accessibility','best-practices','seo')))")
    read -r perf a11y best seo <<< "$scores"
    printf '%-70s %-8s %5s %5s %5s %5s\n' "$path" "$form" "$perf" "$a11y" "$best" "$seo"
    for score in $perf $a11y $best $seo; do [[ $score == 100 ]] || below=1; done
  done
done
exit $below
