#!/usr/bin/env bash
# Rebuild and compile every translation catalogue: one per app, plus the project templates'.
# Needs GNU gettext (apt-get install gettext); running Cocon does not (the .mo files are committed).
set -euo pipefail
cd "$(dirname "$0")/../src/cocon"
PY=../../.venv/bin/python
apps=(accounts community safety care resources console)
for app in "${apps[@]}"; do
    [ -d "$app/locale" ] || continue
    (cd "$app" && ../$PY -m django makemessages -l fr -l en --no-obsolete --settings=cocon.config.settings \
        && ../$PY -m django compilemessages --settings=cocon.config.settings)
done
set -f
ignore=(-i 'static/*' -i 'guard/*')
for app in "${apps[@]}"; do ignore+=(-i "$app/*"); done
$PY -m django makemessages -l fr -l en --no-obsolete --settings=cocon.config.settings "${ignore[@]}"
for lang in fr en; do
    msgfmt --check -o "locale/$lang/LC_MESSAGES/django.mo" "locale/$lang/LC_MESSAGES/django.po"
done
