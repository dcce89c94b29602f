#!/usr/bin/env bash
# A private Dovecot for the mail tests and for trying the mail channel by hand: IMAP (with
# IDLE) and LMTP on 127.0.0.1 only, plaintext login allowed because nothing listens beyond
# this machine, two passwd-file users with a Maildir each under one throw-away folder.
# It never touches the system's own Dovecot configuration or service.
# Beside it, a real SMTP server (aiosmtpd, tests/mailserver/smtp_relay.py) on 127.0.0.1
# that delivers every message it accepts into that Dovecot over LMTP, so the tests read
# what the desk sent over IMAP; it needs a Python with aiosmtpd (the test extra).
#
#   tests/mailserver/start.sh [start|stop|status]
#
# DISPATCH_MAIL_DIR (default $TMPDIR/dispatch-mailserver), DISPATCH_IMAP_PORT (10143),
# DISPATCH_LMTP_PORT (10024) and DISPATCH_SMTP_PORT (10025) move it; DISPATCH_PYTHON names
# the Python for the SMTP server (default: the checkout's .venv, else python3).
# Debian: apt-get install dovecot-imapd dovecot-lmtpd.
set -euo pipefail

DIR=${DISPATCH_MAIL_DIR:-${TMPDIR:-/tmp}/dispatch-mailserver}
IMAP_PORT=${DISPATCH_IMAP_PORT:-10143}
LMTP_PORT=${DISPATCH_LMTP_PORT:-10024}
SMTP_PORT=${DISPATCH_SMTP_PORT:-10025}
HERE=$(cd "$(dirname "$0")" && pwd)
if [[ -n "${DISPATCH_PYTHON:-}" ]]; then
  PYTHON=$DISPATCH_PYTHON
elif [[ -x "$HERE/../../.venv/bin/python" ]]; then
  PYTHON="$HERE/../../.venv/bin/python"
else
  PYTHON=python3
fi
CONF="$DIR/dovecot.conf"
# the test users (tests/mailserver/support.py names the same)
USERS=("desk@dispatch.test:desk-secret" "support@dispatch.test:support-secret")

running() {
  [[ -f "$DIR/run/master.pid" ]] && kill -0 "$(cat "$DIR/run/master.pid")" 2>/dev/null
}

answers() {
  # the IMAP greeting on the port, read with bash's own /dev/tcp
  local line
  exec 3<>"/dev/tcp/127.0.0.1/$IMAP_PORT" || return 1
  read -r -t 2 line <&3 || true
  exec 3<&- 3>&-
  [[ "$line" == "* OK"* ]]
}

smtp_running() {
  [[ -f "$DIR/smtp.pid" ]] && kill -0 "$(cat "$DIR/smtp.pid")" 2>/dev/null
}

smtp_answers() {
  # the SMTP greeting on the port
  local line
  exec 4<>"/dev/tcp/127.0.0.1/$SMTP_PORT" || return 1
  read -r -t 2 line <&4 || true
  exec 4<&- 4>&-
  [[ "$line" == "220"* ]]
}

smtp_stop() {
  if smtp_running; then
    kill "$(cat "$DIR/smtp.pid")"
    for _ in $(seq 1 50); do smtp_running || break; sleep 0.1; done
  fi
  rm -f "$DIR/smtp.pid"
}

smtp_start() {
  if smtp_running && smtp_answers 2>/dev/null; then
    echo "the SMTP server already answers on 127.0.0.1:$SMTP_PORT"
    return
  fi
  smtp_stop
  if ! "$PYTHON" -c "import aiosmtpd" 2>/dev/null; then
    echo "the SMTP server needs aiosmtpd in $PYTHON (pip install '.[test]'); not started" >&2
    return 1
  fi
  setsid "$PYTHON" "$HERE/smtp_relay.py" --port "$SMTP_PORT" --lmtp-port "$LMTP_PORT" \
    >"$DIR/smtp.log" 2>&1 </dev/null &
  echo $! >"$DIR/smtp.pid"
  for _ in $(seq 1 100); do smtp_answers 2>/dev/null && break; sleep 0.1; done
  if ! smtp_answers 2>/dev/null; then
    echo "the SMTP server did not answer on 127.0.0.1:$SMTP_PORT; see $DIR/smtp.log" >&2
    tail -20 "$DIR/smtp.log" >&2 || true
    return 1
  fi
  echo "SMTP answers: 127.0.0.1:$SMTP_PORT, delivering into Dovecot over LMTP"
}

stop() {
  smtp_stop
  if running; then
    kill "$(cat "$DIR/run/master.pid")"
    for _ in $(seq 1 50); do running || break; sleep 0.1; done
  fi
}

start() {
  if ! command -v dovecot >/dev/null; then
    echo "dovecot is not installed (Debian: apt-get install dovecot-imapd dovecot-lmtpd)" >&2
    exit 1
  fi
  if running && answers; then
    echo "Dovecot already answers on 127.0.0.1:$IMAP_PORT ($DIR)"
    smtp_start
    return
  fi
  stop
  mkdir -p "$DIR/run" "$DIR/state" "$DIR/mail"
  local mail_user
  if [[ $(id -u) -eq 0 ]]; then
    # Dovecot refuses to keep mail as root: a system user owns the Maildirs
    mail_user=dispatchmail
    id -u "$mail_user" >/dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin "$mail_user"
    local users_conf="default_login_user = dovenull
default_internal_user = dovecot"
  else
    # without root every process of this Dovecot runs as the caller
    mail_user=$(id -un)
    local users_conf="default_login_user = $mail_user
default_internal_user = $mail_user
service imap-login {
  chroot =
}
service anvil {
  chroot =
}"
  fi
  local uid gid
  uid=$(id -u "$mail_user")
  gid=$(id -g "$mail_user")
  chown "$uid:$gid" "$DIR/mail"
  : >"$DIR/users"
  for entry in "${USERS[@]}"; do
    echo "${entry%%:*}:{PLAIN}${entry#*:}" >>"$DIR/users"
  done
  chmod 0644 "$DIR/users"
  cat >"$CONF" <<CONF
# written by tests/mailserver/start.sh: a private test instance, never the system's
instance_name = dispatch-test-mail
base_dir = $DIR/run
state_dir = $DIR/state
log_path = $DIR/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
# plaintext login is safe here: every listener is on the loopback address only
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = $uid
first_valid_gid = $gid
$users_conf
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/users
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$DIR/mail/%u
}
mail_location = maildir:~/Maildir
# a throw-away test server: a delivery need not wait for the disk (1 ms a mail here)
mail_fsync = never
namespace inbox {
  inbox = yes
  separator = /
  mailbox Quarantine {
    auto = create
  }
}
protocol imap {
  # the tests open a connection per fetch, sometimes many at once
  mail_max_userip_connections = 200
  imap_idle_notify_interval = 10 secs
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}
lmtp_save_to_detail_mailbox = no
CONF
  dovecot -c "$CONF"
  for _ in $(seq 1 50); do answers 2>/dev/null && break; sleep 0.1; done
  if ! answers 2>/dev/null; then
    echo "Dovecot did not answer on 127.0.0.1:$IMAP_PORT; see $DIR/dovecot.log" >&2
    tail -20 "$DIR/dovecot.log" >&2 || true
    exit 1
  fi
  echo "Dovecot answers: IMAP 127.0.0.1:$IMAP_PORT, LMTP 127.0.0.1:$LMTP_PORT ($DIR)"
  smtp_start
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status)
    if running && answers 2>/dev/null; then echo "Dovecot running"; else echo "Dovecot stopped"; exit 1; fi
    if smtp_running && smtp_answers 2>/dev/null; then echo "SMTP running"; else echo "SMTP stopped"; exit 1; fi
    ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
