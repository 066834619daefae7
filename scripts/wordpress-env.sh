#!/usr/bin/env bash
# A real WordPress for the plugin: Debian's WordPress, MariaDB and PHP, all on 127.0.0.1, all stopped
# again on exit. Needs the built zip (npm run build && npm run build:wordpress) and root for apt-get.
#
#   bash scripts/wordpress-env.sh test    set up, run test/wordpress/*.test.mjs in Chromium, tear down
#   bash scripts/wordpress-env.sh serve   set up and keep serving until Ctrl-C or kill (logins are printed)
#
# The site lives in a temporary folder (database files, wp-content with the plugin installed from the
# zip); the only file outside it is /etc/wordpress/config-127.0.0.1.php, which Debian's wp-config.php
# reads for the host 127.0.0.1, and which is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-test}"
root="$PWD"
zip="$root/recap-widgets-wordpress.zip"
config=/etc/wordpress/config-127.0.0.1.php
marker='Written by recap-widgets scripts/wordpress-env.sh'
started=$SECONDS

say() { printf '[wordpress] %s\n' "$*"; }
[[ -f "$zip" ]] || { echo "No $zip: run 'npm run build && npm run build:wordpress' first." >&2; exit 1; }

# Debian's packages, only those missing (WordPress 6.1, MariaDB 10.11, PHP 8.2 with mysqli).
missing=()
[[ -f /usr/share/wordpress/wp-settings.php ]] || missing+=(wordpress)
[[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ]] || missing+=(wordpress-theme-twentytwentythree)
command -v mariadbd >/dev/null 2>&1 || [[ -x /usr/sbin/mariadbd ]] || missing+=(mariadb-server)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
php -m 2>/dev/null | grep -qx mysqli || missing+=(php-mysql)
if (( ${#missing[@]} )); then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# One test site at a time: Debian's wp-config.php finds the config by host name (127.0.0.1), not port.
if [[ -f "$config" ]]; then
  if ! grep -q "$marker" "$config"; then
    echo "$config exists and is not ours: not overwriting it." >&2
    exit 1
  fi
  other="$(sed -n 's/.*pid \([0-9]*\).*/\1/p' "$config" | head -n1)"
  if [[ -n "$other" ]] && kill -0 "$other" 2>/dev/null; then
    echo "Another wordpress-env.sh (pid $other) is running its test site; wait for it to stop." >&2
    exit 1
  fi
fi

state="$(mktemp -d /tmp/recap-wordpress.XXXXXX)"
chmod 755 "$state"
db_pid=''
web_pid=''
cleanup() {
  local rc=$?
  set +e
  trap - INT TERM
  # php -S and its workers are one process group (setsid below): stop them all, by that id.
  if [[ -n "$web_pid" ]]; then
    kill -TERM -- "-$web_pid" 2>/dev/null
    wait "$web_pid" 2>/dev/null
  fi
  if [[ -n "$db_pid" ]]; then
    mariadb-admin --socket="$state/mysql.sock" -uroot shutdown 2>/dev/null || kill "$db_pid" 2>/dev/null || true
    wait "$db_pid" 2>/dev/null || true
  fi
  grep -qF "(pid $$)" "$config" 2>/dev/null && rm -f "$config"
  if (( rc != 0 )) && [[ -s "$state/wp-content/debug.log" ]]; then
    say "PHP's log:"; tail -n 40 "$state/wp-content/debug.log" >&2
  fi
  rm -rf "$state"
  say "stopped (${mode}, $((SECONDS - started)) s in all)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PHP checks every file of the plugin as shipped.
mkdir -p "$state/lint"
php -r '$z = new PharData($argv[1]); $z->extractTo($argv[2]);' "$zip" "$state/lint" 2>/dev/null \
  || (cd "$state/lint" && python3 -m zipfile -e "$zip" .)
while IFS= read -r -d '' f; do php -l "$f" >/dev/null || { php -l "$f"; exit 1; }; done < <(find "$state/lint" -name '*.php' -print0)
say "php -l: every PHP file of the zip passes ($(php -r 'echo PHP_VERSION;'))"

# MariaDB of our own: its own data folder and socket, no TCP port.
mariadb-install-db --user=root --datadir="$state/mysql" --auth-root-authentication-method=normal \
  --skip-test-db >"$state/mysql-install.log" 2>&1 || { cat "$state/mysql-install.log" >&2; exit 1; }
mariadbd --user=root --datadir="$state/mysql" --socket="$state/mysql.sock" --skip-networking \
  --pid-file="$state/mysql.pid" --log-error="$state/mysql.err" --innodb-buffer-pool-size=64M &
db_pid=$!
for _ in $(seq 1 100); do mariadb-admin --socket="$state/mysql.sock" -uroot ping >/dev/null 2>&1 && break; sleep 0.2; done
mariadb-admin --socket="$state/mysql.sock" -uroot ping >/dev/null || { cat "$state/mysql.err" >&2; exit 1; }
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
mariadb --socket="$state/mysql.sock" -uroot <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL
say "MariaDB $(mariadbd --version | grep -o '[0-9]*\.[0-9]*\.[0-9]*' | head -n1) on $state/mysql.sock"

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
url="http://127.0.0.1:$port"
mkdir -p "$state/wp-content/plugins" "$state/wp-content/themes" "$state/wp-content/uploads" "$state/wp-content/mu-plugins"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$state/wp-content/themes/twentytwentythree"
cp test/wordpress/mu-plugin.php "$state/wp-content/mu-plugins/recap-test-site.php"
cat >"$config" <<PHP
<?php
// $marker (pid $$): a test site, removed when the script stops.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '$password' );
define( 'DB_HOST', 'localhost:$state/mysql.sock' );
define( 'WP_HOME', '$url' );
define( 'WP_SITEURL', '$url' );
define( 'WP_CONTENT_DIR', '$state/wp-content' );
define( 'WP_CONTENT_URL', '$url/wp-content' );
define( 'FS_METHOD', 'direct' );
// This machine reaches no wordpress.org: WordPress must not wait for it.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$state/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
PHP

export RECAP_WP_URL="$url" RECAP_WP_PASSWORD="$password" RECAP_WP_ZIP="$zip" RECAP_WP_STATE="$state" \
  RECAP_WP_SEED_JSON="$root/demo/data/istanbul-talks.json" RECAP_WP_CONTENT="$state/wp-content"
php test/wordpress/install.php install
php test/wordpress/install.php setup

# php -S, with workers: the block editor sends requests in parallel.
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$port" -t /usr/share/wordpress test/wordpress/router.php \
  >"$state/php-server.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "$url/wp-login.php" 2>/dev/null && break; sleep 0.2; done
curl -fsS -o /dev/null "$url/wp-login.php" || { cat "$state/php-server.log" >&2; exit 1; }
say "WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;') at $url (set up in $((SECONDS - started)) s)"

case "$mode" in
  test)
    node --test --test-concurrency=1 test/wordpress/
    # A warning or notice from the plugin's PHP fails the run, even when the pages looked right.
    if [[ -s "$state/wp-content/debug.log" ]] && grep -n 'recap-widgets' "$state/wp-content/debug.log" >&2; then
      echo "PHP logged the above from the plugin." >&2
      exit 1
    fi
    ;;
  serve)
    say "log in at $url/wp-admin/ as admin, author or contributor, password $password (Ctrl-C stops everything)"
    wait "$web_pid"
    ;;
  *) echo "usage: $0 test|serve" >&2; exit 2 ;;
esac
