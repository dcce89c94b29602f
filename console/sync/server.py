"""The shared database's sync layer: change log, mutation register, roles and row security.

`server init` runs alembic for the business schema, then this script, which is written to
be run again after every upgrade: it creates what is missing and replaces functions,
triggers and policies, so an old server and a new one end up the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import psycopg
from psycopg import sql

from console.enums import Role
from console.errors import ValidationError
from console.sync.tables import HIDDEN_FROM_ENGINEERS, synced_tables
from console.wording.phrases import phrase

ROLE_PREFIX = "dc_"
DESK_ROLES = (Role.DISPATCHER, Role.SERVICE_MANAGER, Role.ADMIN)
"""Roles that see every row; engineers see their own slice (sync rule 7), a client admin
their own client's."""


def group_role(role: Role, database: str) -> str:
    """The PostgreSQL group role a console role maps to in one database.

    Roles are shared by every database of a server; a group per database keeps a
    dispatcher of one console database out of every other.
    """
    name = f"{ROLE_PREFIX}{database}_{role.value}"
    if len(name.encode()) > 63:  # PostgreSQL's limit for a name
        digest = hashlib.sha256(database.encode()).hexdigest()[:16]
        name = f"{ROLE_PREFIX}{digest}_{role.value}"
    return name


def _group_roles(roles: Iterable[Role], database: str) -> sql.Composed:
    return sql.SQL(", ").join(sql.Identifier(group_role(r, database)) for r in roles)


def current_database(conn: psycopg.Connection) -> str:
    """The name of the database a connection is in."""
    row = conn.execute("SELECT current_database()").fetchone()
    assert row is not None
    return str(row[0])


SYNC_TABLES_SQL = """
CREATE TABLE IF NOT EXISTS sync_meta (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    epoch uuid NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    table_name text NOT NULL,
    row_key text NOT NULL,
    op char(1) NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_changes_xid ON sync_changes (xid);
-- the change log is complete from this transaction id up (see console.sync.prune)
ALTER TABLE sync_meta ADD COLUMN IF NOT EXISTS floor xid8;
CREATE TABLE IF NOT EXISTS sync_mutations (
    device_id uuid NOT NULL,
    seq bigint NOT NULL,
    mutation_id uuid NOT NULL UNIQUE,
    login text NOT NULL DEFAULT current_user,
    answer text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}',
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);
"""

# The change log is written by statement triggers over transition tables: one INSERT per
# statement, however many rows it touched. SECURITY DEFINER lets any role's write be
# logged without giving roles the right to write the log themselves.
LOG_FUNCTION_SQL = """
CREATE OR REPLACE FUNCTION dc_log_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    EXECUTE format('INSERT INTO sync_changes (table_name, row_key, op) '
                   'SELECT %L, %s, ''D'' FROM old_rows', TG_TABLE_NAME, TG_ARGV[0]);
  ELSE
    EXECUTE format('INSERT INTO sync_changes (table_name, row_key, op) '
                   'SELECT %L, %s, %L FROM new_rows', TG_TABLE_NAME, TG_ARGV[0], left(TG_OP, 1));
  END IF;
  RETURN NULL;
END $$;
"""

# Who the signed-in role is, and which rows make up an engineer's slice. SECURITY
# DEFINER so policies can consult other tables without recursing into their policies;
# inside such a function current_user is the owner, so the login is session_user.
VISIBILITY_SQL = """
CREATE OR REPLACE FUNCTION dc_me_user() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM users WHERE username = session_user AND active $$;
CREATE OR REPLACE FUNCTION dc_me_engineer() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT engineer_id FROM users WHERE username = session_user AND active $$;
CREATE OR REPLACE FUNCTION dc_my_visits() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT visit_id FROM visit_engineers WHERE engineer_id = dc_me_engineer() $$;
CREATE OR REPLACE FUNCTION dc_my_tickets() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT ticket_id FROM visits WHERE id IN (SELECT dc_my_visits())
  UNION SELECT id FROM tickets WHERE assignee_id = dc_me_user() $$;
CREATE OR REPLACE FUNCTION dc_my_clients() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT client_id FROM tickets WHERE id IN (SELECT dc_my_tickets()) $$;
CREATE OR REPLACE FUNCTION dc_my_contracts() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM contracts WHERE client_id IN (SELECT dc_my_clients()) $$;
CREATE OR REPLACE FUNCTION dc_my_notes() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM notes WHERE ticket_id IN (SELECT dc_my_tickets())
     OR visit_id IN (SELECT dc_my_visits()) $$;
"""

MY_VISITS = "visit_id IN (SELECT dc_my_visits())"
MY_TICKETS = "ticket_id IN (SELECT dc_my_tickets())"
MY_CLIENTS = "client_id IN (SELECT dc_my_clients())"
MY_ARTICLES = f"article_id IN (SELECT id FROM knowledge_articles WHERE {MY_CLIENTS})"
ENGINEER_ROWS: dict[str, str] = {
    "visits": "id IN (SELECT dc_my_visits())",
    "visit_engineers": MY_VISITS,
    "visit_status_changes": MY_VISITS,
    "visit_overrides": MY_VISITS,
    "visit_checklist": MY_VISITS,
    "tickets": "id IN (SELECT dc_my_tickets())",
    "ticket_status_changes": MY_TICKETS,
    "assessments": MY_TICKETS,
    "time_entries": MY_TICKETS,
    "notes": f"{MY_TICKETS} OR {MY_VISITS} OR {MY_CLIENTS}",
    "attachments": f"{MY_TICKETS} OR note_id IN (SELECT dc_my_notes())",
    "clients": "id IN (SELECT dc_my_clients())",
    "sites": MY_CLIENTS,
    "contacts": MY_CLIENTS,
    "contracts": MY_CLIENTS,
    "sla_targets": "contract_id IN (SELECT dc_my_contracts())",
    "credit_entries": "contract_id IN (SELECT dc_my_contracts())",
    "closures": f"client_id IS NULL OR {MY_CLIENTS}",
    # the staff directory as far as the engineer works with it: themselves and the
    # co-workers on their visits
    "engineers": "id = dc_me_engineer() OR id IN (SELECT engineer_id FROM visit_engineers "
    "WHERE visit_id IN (SELECT dc_my_visits()))",
    "users": "true",
    "leave": "engineer_id = dc_me_engineer()",
    "audit_log": "user_id = dc_me_user()",
    "invoices": "false",
    "invoice_lines": "false",
    "payments": "false",
    # what the service manager keeps for a client's reviews (risks, advice) is the desk's
    "review_notes": "false",
    "kickoffs": "false",
    # the knowledge base of the clients the engineer serves, and its history
    "knowledge_articles": MY_CLIENTS,
    "knowledge_revisions": MY_ARTICLES,
    # every document names the provider's company, wherever it is printed
    "provider_profile": "true",
}
"""An engineer's slice of each table (sync rule 7); anything not named here is hidden."""

STAMPS = ("row_version", "updated_at")

ADMIN_WRITES = frozenset({"users", "provider_profile"})
"""Tables the desk may read and add to (an upload brings them) but only an admin changes."""

MONEY_ROLES = (Role.SERVICE_MANAGER, Role.ADMIN)
MONEY_INSERTS = frozenset({"payments"})
"""Append-only tables the whole desk reads but only service managers and admins add rows
to (who records money received decides what a client still owes). The desk holds the
INSERT privilege so that uploading its store names every table, and a restrictive policy
refuses each row the other desk roles try to add."""

ENGINEER_INSERTS = frozenset(
    {
        "time_entries",
        "notes",
        "attachments",
        "ticket_status_changes",
        "visit_status_changes",
        "audit_log",
        "knowledge_articles",  # what an engineer learns on site is written down there
        "knowledge_revisions",
    }
)
"""Tables an engineer adds rows to from the laptop; every other insert is the desk's."""

ENGINEER_UPDATES: dict[str, tuple[str, ...]] = {
    # The columns an engineer changes in the field. Who the work is for (client, ticket,
    # contract, site), money, approvals and locks are the desk's: column privileges refuse
    # the rest, whatever row security lets the engineer see.
    "tickets": (
        "status",
        "first_response_at",
        "restored_at",
        "resolved_at",
        "closed_at",
        "reopen_count",
        "proposed_priority",
    ),
    "visits": (
        "status",
        "arrived_at",
        "departed_at",
        "leave_approved_by_name",  # D7: the engineer completes with the client's consent
        "leave_approved_at",
        "leave_signature",
    ),
    "time_entries": (
        "started_at",
        "ended_at",
        "phase",
        "description",
        "billable",
        "non_billable_reason",
        # Only to clear a rejection, in the same change as the work it answers: the
        # trigger of TIME_REVIEW_SQL refuses an engineer anything else on these three.
        "rejected_at",
        "rejected_by",
        "rejection_reason",
    ),
    "visit_checklist": ("state",),
    "notes": ("body",),
    # an article's current text; its past texts are revisions nobody rewrites
    "knowledge_articles": (
        "site_id",
        "topic",
        "title",
        "body",
        "revision",
        "archived",
        "edited_by",
        "edited_at",
    ),
}

ENGINEER_RESTRICTIONS: dict[str, str] = {
    # E5: approved or locked time is settled; nobody in the field edits it again
    "time_entries": "NOT locked AND provider_approved_at IS NULL AND client_approved_at IS NULL",
}
"""Rows an engineer may not update even inside their slice (restrictive policies)."""

ENGINEER_WRITES: dict[str, str] = {
    # What an engineer may write is narrower than what they may read.
    "time_entries": f"{MY_TICKETS} AND engineer_id = dc_me_engineer()",
    "knowledge_articles": MY_CLIENTS,
    "knowledge_revisions": f"{MY_ARTICLES} AND edited_by = dc_me_user()",
    "engineers": "false",
    "users": "false",
    "leave": "false",
    "clients": "false",
    "contracts": "false",
    "sla_targets": "false",
    "closures": "false",
    "provider_profile": "false",
}


# A client's own admin account (C12): the rows of the one client the login belongs to,
# and the few tasks it is given. SECURITY DEFINER for the same reason as above.
CLIENT_ADMIN_SQL = """
CREATE OR REPLACE FUNCTION dc_my_client() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT client_id FROM users
  WHERE username = session_user AND active AND role = 'client_admin' $$;
CREATE OR REPLACE FUNCTION dc_my_name() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT display_name FROM users WHERE username = session_user AND active $$;
CREATE OR REPLACE FUNCTION dc_client_tickets() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM tickets WHERE client_id = dc_my_client() $$;
CREATE OR REPLACE FUNCTION dc_client_contacts() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM contacts WHERE client_id = dc_my_client() $$;
"""

OWN_CLIENT = "client_id = (SELECT dc_my_client())"
OWN_TICKETS = "ticket_id IN (SELECT dc_client_tickets())"
# the sites policy lets a client admin see their own client's sites alone
OWN_SITE = "(site_id IS NULL OR site_id IN (SELECT id FROM sites))"
CLIENT_ADMIN_ROWS: dict[str, str] = {
    "clients": "id = (SELECT dc_my_client())",
    "sites": OWN_CLIENT,
    "contacts": OWN_CLIENT,
    "tickets": OWN_CLIENT,
    "ticket_status_changes": OWN_TICKETS,
    "visits": OWN_TICKETS,
    "time_entries": OWN_TICKETS,
    "users": "id = (SELECT dc_me_user())",
    "audit_log": "user_id = (SELECT dc_me_user())",
    # every document names the provider's company, wherever it is printed
    "provider_profile": "true",
}
"""What a client admin reads: their own client's rows; contracts, invoices, credit,
engineers and other clients are not granted at all."""

CLIENT_ADMIN_INSERTS: dict[str, str] = {
    # a ticket raised through the portal: open, for one of their own contacts, with the
    # priority the desk gives it; the client's wish goes in proposed_priority (T4)
    "tickets": f"{OWN_CLIENT} AND status = 'open' AND channel = 'portal' "
    "AND priority = 'normal' AND contract_id IS NULL AND assignee_id IS NULL "
    "AND estimate_minutes IS NULL AND requester_id IN (SELECT dc_client_contacts()) "
    f"AND {OWN_SITE}",
    "ticket_status_changes": f"{OWN_TICKETS} AND by_user_id = (SELECT dc_me_user())",
    "contacts": f"{OWN_CLIENT} AND {OWN_SITE}",
    "audit_log": "user_id = (SELECT dc_me_user())",
}
"""Rows a client admin adds, and what each must hold."""

CLIENT_ADMIN_UPDATES: dict[str, tuple[tuple[str, ...], str, str]] = {
    # (columns, which rows, what they must hold after): their contacts, and the client's
    # approval of their client's time, given in the portal in their own name (E5)
    "contacts": (
        ("name", "role", "phone", "email", "messengers", "language", "site_id", "active"),
        OWN_CLIENT,
        f"{OWN_CLIENT} AND {OWN_SITE}",
    ),
    "time_entries": (
        ("client_approved_at", "client_approved_by", "client_approval_method"),
        f"{OWN_TICKETS} AND client_approved_at IS NULL",
        f"{OWN_TICKETS} AND client_approved_at IS NOT NULL AND "
        "client_approval_method = 'portal' AND client_approved_by = (SELECT dc_my_name())",
    ),
}
"""Columns a client admin changes, the rows they may change and what the rows must hold."""


# The pull horizon (sync rule 3) of this database alone. Every transaction id below it
# has finished, or belongs to a backend of another database, which can never write this
# database's change log. A transaction is left out only when it is positively seen in
# another database: one that ends between the snapshot and the look-up is not found and
# so holds the horizon for this round, the safe side. pg_locks and pg_stat_activity's
# datid are readable by every role, so the function runs with the caller's rights.
#
# dc_pull_horizon_ahead() is the same horizon taken before the reader's own snapshot,
# which a pull then takes in its next statement. A transaction that ends between this
# function's snapshot and its look-up has ended before the reader's snapshot too, so the
# reader sees all it wrote: it need not hold the horizon, whichever database it was in.
# Only a transaction positively seen still open in this database (or prepared in it)
# does. On a busy server, where other databases' transactions end all the time, the
# horizon inside the snapshot is held back by one of them now and then for a round; this
# one is not. dc_pull_horizon() stays for `server prune` and for consoles of before.
HORIZON_SQL = """
CREATE OR REPLACE FUNCTION dc_pull_horizon() RETURNS xid8
LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
DECLARE
  snap pg_snapshot := pg_current_snapshot();
  oldest xid8;
BEGIN
  IF pg_snapshot_xmin(snap) = pg_snapshot_xmax(snap) THEN
    RETURN pg_snapshot_xmax(snap);  -- nothing open anywhere: the usual case, no look-up
  END IF;
  SELECT min(x) INTO oldest FROM pg_snapshot_xip(snap) AS x
  WHERE NOT EXISTS (
    SELECT 1 FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid
    WHERE l.locktype = 'transactionid' AND l.granted AND l.transactionid = x::xid
      AND a.datname IS DISTINCT FROM current_database());
  RETURN coalesce(oldest, pg_snapshot_xmax(snap));
END $$;

CREATE OR REPLACE FUNCTION dc_pull_horizon_ahead() RETURNS xid8
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog AS $$
DECLARE
  snap pg_snapshot := pg_current_snapshot();
  oldest xid8;
BEGIN
  IF pg_snapshot_xmin(snap) = pg_snapshot_xmax(snap) THEN
    RETURN pg_snapshot_xmax(snap);
  END IF;
  SELECT min(x) INTO oldest FROM pg_snapshot_xip(snap) AS x
  WHERE EXISTS (
    SELECT 1 FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid
    WHERE l.locktype = 'transactionid' AND l.granted AND l.transactionid = x::xid
      AND a.datname = current_database())
  OR EXISTS (
    SELECT 1 FROM pg_prepared_xacts AS p
    WHERE p.transaction = x::xid AND p.database = current_database());
  RETURN coalesce(oldest, pg_snapshot_xmax(snap));
END $$;
"""

# The push register is keyed by each change's own id: an entry is answered from the
# register only if that very change was applied before. A (device, sequence) pair that
# comes back with another change's id means the store was restored from a backup or
# copied; its device must take a new id, and its changes are new. Both look-ups see
# every login's entries (a copied store may be pushed by another login), but only for
# the ids and numbers the caller names.
REGISTER_SQL = """
DROP FUNCTION IF EXISTS dc_known_mutations(uuid[]);
DROP FUNCTION IF EXISTS dc_sequences_taken(uuid, bigint[]);
CREATE OR REPLACE FUNCTION dc_register(device uuid, first bigint, last bigint, ids uuid[])
RETURNS TABLE (seq bigint, mutation_id uuid, answer text, detail jsonb, same_device boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT m.seq, m.mutation_id, m.answer, m.detail, m.device_id = device
  FROM sync_mutations AS m
  WHERE m.mutation_id = ANY (ids) OR (m.device_id = device AND m.seq BETWEEN first AND last) $$;
"""

# T5 and D7 held by the server too: a status change that the push would refuse is refused
# to raw SQL as well. The allowed moves are written from the same Python rules the
# console checks (`_transition_rows`), so the two can never disagree.
WORKFLOW_SQL = """
CREATE TABLE IF NOT EXISTS sync_transitions (
    kind text NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    role text NOT NULL,
    PRIMARY KEY (kind, from_status, to_status, role)
);
CREATE OR REPLACE FUNCTION dc_check_transition() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  who text;
BEGIN
  IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NEW;
  END IF;
  SELECT role INTO who FROM users WHERE username = session_user AND active;
  -- the owner's own maintenance; any other login without a console user sees no rows
  IF who IS NULL THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM sync_transitions WHERE kind = TG_ARGV[0]
                 AND from_status = OLD.status::text AND to_status = NEW.status::text
                 AND role = who) THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = format('a %s cannot go from %s to %s', TG_ARGV[0],
                       replace(OLD.status::text, '_', ' '), replace(NEW.status::text, '_', ' '));
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS tickets_workflow ON tickets;
CREATE TRIGGER tickets_workflow BEFORE UPDATE OF status ON tickets
  FOR EACH ROW EXECUTE FUNCTION dc_check_transition('ticket');
DROP TRIGGER IF EXISTS visits_workflow ON visits;
CREATE TRIGGER visits_workflow BEFORE UPDATE OF status ON visits
  FOR EACH ROW EXECUTE FUNCTION dc_check_transition('visit');
"""

# The desk sends time back with a reason; its engineer answers by changing the work, and
# their replica clears the rejection in that same change, which must reach the server
# through the engineer's rights. So an engineer may write the rejection columns only to
# clear all three, and only together with a change of the times, phase or description
# (the rule of `console/rules/time_review.py`); never to send back or to un-send alone.
TIME_REVIEW_SQL = """
CREATE OR REPLACE FUNCTION dc_check_time_review() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  who text;
BEGIN
  IF NEW.rejected_at IS NOT DISTINCT FROM OLD.rejected_at
     AND NEW.rejected_by IS NOT DISTINCT FROM OLD.rejected_by
     AND NEW.rejection_reason IS NOT DISTINCT FROM OLD.rejection_reason THEN
    RETURN NEW;
  END IF;
  SELECT role INTO who FROM users WHERE username = session_user AND active;
  IF who IS NULL OR who IN ('dispatcher', 'service_manager', 'admin') THEN
    RETURN NEW;
  END IF;
  IF NEW.rejected_at IS NOT NULL OR NEW.rejected_by IS NOT NULL
     OR NEW.rejection_reason IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'only the desk sends time back to its engineer';
  END IF;
  IF NEW.started_at IS NOT DISTINCT FROM OLD.started_at
     AND NEW.ended_at IS NOT DISTINCT FROM OLD.ended_at
     AND NEW.phase IS NOT DISTINCT FROM OLD.phase
     AND NEW.description IS NOT DISTINCT FROM OLD.description THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = 'time sent back is answered by changing the work, not by clearing it';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS time_entries_review ON time_entries;
CREATE TRIGGER time_entries_review BEFORE UPDATE ON time_entries
  FOR EACH ROW EXECUTE FUNCTION dc_check_time_review();
"""


def _surcharge_sql() -> str:
    """C9 held by the server too: a contract with regular on-site visits costs 10 to 20 %
    more, one without them has no surcharge.

    Checked where a contract is written: a new one, or a change of its surcharge or its
    regular visits, so a contract saved before keeps its terms until they are changed
    (the console's `contract_problems` reads it the same way). The bounds are those of
    `console/rules/billing.py`, in the column's stored scale; the owner's own maintenance
    (a bulk load of a desk's older store) passes, as for the workflow.
    """
    from console.rules.billing import ONSITE_SURCHARGE
    from console.store.types import SCALE

    low, high = (int(bound * SCALE) for bound in ONSITE_SURCHARGE)
    return f"""
CREATE OR REPLACE FUNCTION dc_check_onsite_surcharge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.onsite_surcharge_pct IS NOT DISTINCT FROM OLD.onsite_surcharge_pct
     AND NEW.regular_onsite_visits IS NOT DISTINCT FROM OLD.regular_onsite_visits THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM users WHERE username = session_user AND active) THEN
    RETURN NEW;
  END IF;
  IF NEW.regular_onsite_visits
     AND NOT NEW.onsite_surcharge_pct BETWEEN {low} AND {high} THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = 'regular on-site visits cost {low // SCALE} to {high // SCALE} % more';
  END IF;
  IF NOT NEW.regular_onsite_visits AND NEW.onsite_surcharge_pct <> 0 THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = 'only a contract with regular on-site visits has an on-site surcharge';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS contracts_onsite_surcharge ON contracts;
CREATE TRIGGER contracts_onsite_surcharge
  BEFORE INSERT OR UPDATE OF onsite_surcharge_pct, regular_onsite_visits ON contracts
  FOR EACH ROW EXECUTE FUNCTION dc_check_onsite_surcharge();
"""


def _transition_rows() -> list[tuple[str, str, str, str]]:
    """Every (kind, from, to, role) status move the workflow rules allow."""
    from console.enums import TicketStatus, VisitStatus
    from console.errors import UserError as Refused
    from console.rules.roles import actor_for
    from console.rules.workflow import check_ticket_transition, check_visit_transition

    rows = []
    for role in Role:
        actor = actor_for(role)
        for t_from, t_to in itertools.product(TicketStatus, TicketStatus):
            with contextlib.suppress(Refused):
                check_ticket_transition(t_from, t_to, actor)
                rows.append(("ticket", t_from.value, t_to.value, role.value))
        for v_from, v_to in itertools.product(VisitStatus, VisitStatus):
            with contextlib.suppress(Refused):
                check_visit_transition(v_from, v_to, actor)
                rows.append(("visit", v_from.value, v_to.value, role.value))
    return rows


LOGIN_TIMEOUTS = {
    # a session left open inside a transaction (a laptop whose network went silent
    # mid-push) holds row locks and the pull horizon of every desk: it is cut off
    "idle_in_transaction_session_timeout": "60s",
    # a push waiting on a row that such a session holds gives up and tries next round
    "lock_timeout": "15s",
}
"""Settings every console login gets in this database (`server init`, `users add`)."""


def _carry_members(conn: psycopg.Connection, db: str) -> None:
    """Every active console user in this database's group for its role, with its timeouts.

    Servers set up before groups were per database had one shared group per role; a
    user's membership of those is dropped, so it reaches no other database through them.
    """
    users = conn.execute(
        "SELECT u.username, u.role FROM users AS u JOIN pg_roles AS r ON r.rolname = u.username "
        "WHERE u.active"
    ).fetchall()
    for login, role in users:
        name = sql.Identifier(login)
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(Role(role), db)), name)
        )
        legacy = f"{ROLE_PREFIX}{role}"
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (legacy,)).fetchone():
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(legacy), name))
        apply_login_settings(conn, login)


def apply_login_settings(conn: psycopg.Connection, login: str) -> None:
    """Give a console login its timeouts in the connection's database."""
    row = conn.execute("SELECT current_database()").fetchone()
    assert row is not None
    for name, value in LOGIN_TIMEOUTS.items():
        conn.execute(
            sql.SQL("ALTER ROLE {} IN DATABASE {} SET {} = {}").format(
                sql.Identifier(login), sql.Identifier(row[0]), sql.SQL(name), sql.Literal(value)
            )
        )


# Loading a whole store into an empty server the way PostgreSQL's manual advises for bulk
# loads: the large tables are emptied anew and take their rows with COPY FREEZE, their keys,
# indexes and foreign keys are dropped and built (or tested) again once afterwards, and the
# change log is not written row by row; a new epoch tells every replica to download again
# instead. A desk role runs it through these SECURITY DEFINER
# functions (it does not own the tables); all of it happens inside the uploader's
# transaction, so a failed upload leaves the server exactly as it was.
BULK_LOAD_SQL = """
CREATE TABLE IF NOT EXISTS sync_bulk_ddl (
    stage integer NOT NULL,
    position integer GENERATED ALWAYS AS IDENTITY,
    statement text NOT NULL,
    PRIMARY KEY (stage, position)
);
DROP FUNCTION IF EXISTS dc_bulk_load_begin(text[]);
-- it answered a boolean before it emptied the rebuilt tables; a function's result type
-- cannot be replaced in place
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'dc_bulk_load_begin'
             AND pronamespace = 'public'::regnamespace AND prorettype = 'boolean'::regtype) THEN
    DROP FUNCTION dc_bulk_load_begin(text[], text[]);
  END IF;
END $$;
-- rebuilt: the loaded tables whose keys, indexes and references are dropped and built
-- again (all of them when not given). Building an index has a fixed cost (the new file is
-- synced to disk), so a small table keeps its own and checks its rows as they arrive.
-- The answer: NULL when the server holds rows (they go in the careful way), else the
-- rebuilt tables, emptied anew in this transaction so that COPY may FREEZE their rows.
CREATE OR REPLACE FUNCTION dc_bulk_load_begin(tables text[], rebuilt text[] DEFAULT NULL)
RETURNS text[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  t text;
  r record;
  loaded oid[];
BEGIN
  -- an active desk user, or the database's owner (a superuser is a member of every role)
  IF NOT (EXISTS (SELECT 1 FROM users WHERE username = session_user AND active
                  AND role IN ('dispatcher', 'service_manager', 'admin'))
          OR pg_has_role(session_user, (SELECT datdba FROM pg_database
                                        WHERE datname = current_database()), 'MEMBER')) THEN
    RAISE EXCEPTION 'only a desk role can load a whole store';
  END IF;
  -- An empty table has no pages. Its size is asked as well as its rows: the rows this
  -- function sees are those row security shows the database's owner, and the rebuilt
  -- tables are emptied below. A table whose rows were deleted counts as holding some.
  FOREACH t IN ARRAY tables LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO r;
    IF r.exists OR pg_relation_size(t::regclass) > 0 THEN
      RETURN NULL;  -- not an empty server: rows go in the careful way
    END IF;
  END LOOP;
  -- From here to commit no other session writes these tables; one may have written
  -- between the test above and the lock, so the test is made again under it.
  EXECUTE 'LOCK TABLE ' || (SELECT string_agg(format('%I', x), ', ') FROM unnest(tables) x)
          || ' IN ACCESS EXCLUSIVE MODE';
  FOREACH t IN ARRAY tables LOOP
    IF pg_relation_size(t::regclass) > 0 THEN
      RAISE EXCEPTION 'records reached the shared database while this store was being sent; '
                      'nothing was sent: send it again'
        USING ERRCODE = 'serialization_failure';
    END IF;
  END LOOP;
  rebuilt := coalesce(rebuilt, tables);
  IF NOT rebuilt <@ tables THEN
    RAISE EXCEPTION 'only a table being loaded can be rebuilt';
  END IF;
  SELECT array_agg(to_regclass(x)::oid) INTO loaded FROM unnest(rebuilt) x;
  DELETE FROM sync_bulk_ddl;
  -- Dropped children first, rebuilt parents first: keys, then indexes, then references.
  -- Keys and references go back in one ALTER TABLE per table.
  FOR r IN
    SELECT conrelid::regclass AS tab,
           string_agg(format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)),
                      ', ' ORDER BY conname) AS adds,
           string_agg(format('DROP CONSTRAINT %I', conname), ', ') AS drops
    FROM pg_constraint
    WHERE contype = 'f' AND (conrelid = ANY (loaded) OR confrelid = ANY (loaded))
    GROUP BY conrelid
  LOOP
    INSERT INTO sync_bulk_ddl (stage, statement)
      VALUES (3, format('ALTER TABLE %s %s', r.tab, r.adds));
    EXECUTE format('ALTER TABLE %s %s', r.tab, r.drops);
  END LOOP;
  FOR r IN
    SELECT i.indexrelid::regclass AS name, pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i
    WHERE i.indrelid = ANY (loaded)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
  LOOP
    INSERT INTO sync_bulk_ddl (stage, statement) VALUES (2, r.def);
    EXECUTE format('DROP INDEX %s', r.name);
  END LOOP;
  -- Keys and unique constraints are built once per table afterwards. Checks stay: testing
  -- them as COPY writes each row cost less than reading every table again to test them
  -- afterwards (0.04 s against 0.37 s on a large store).
  FOR r IN
    SELECT conrelid::regclass AS tab,
           string_agg(format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)),
                      ', ' ORDER BY conname) AS adds,
           string_agg(format('DROP CONSTRAINT %I', conname), ', ') AS drops
    FROM pg_constraint
    WHERE contype IN ('p', 'u') AND conrelid = ANY (loaded)
    GROUP BY conrelid
  LOOP
    INSERT INTO sync_bulk_ddl (stage, statement)
      VALUES (1, format('ALTER TABLE %s %s', r.tab, r.adds));
    EXECUTE format('ALTER TABLE %s %s', r.tab, r.drops);
  END LOOP;
  -- A BEFORE INSERT row trigger makes COPY write row by row, disabled or not (COPY asks
  -- whether the table has one, not whether it fires). The guard on an issued invoice's
  -- lines refuses lines added to an invoice issued before this transaction, and the server
  -- was empty when it began: it is dropped and made again from its own definition, the
  -- check that the lines add up is set aside, and that check runs once over every invoice
  -- at the end (stage 5) instead.
  IF 'invoice_lines' = ANY (tables) THEN
    INSERT INTO sync_bulk_ddl (stage, statement)
      SELECT 4, pg_get_triggerdef(oid) FROM pg_trigger
      WHERE tgrelid = 'invoice_lines'::regclass AND tgname = 'invoice_lines_issued_frozen';
    DROP TRIGGER invoice_lines_issued_frozen ON invoice_lines;
    ALTER TABLE invoice_lines DISABLE TRIGGER invoice_lines_add_up;
    INSERT INTO sync_bulk_ddl (stage, statement) VALUES
      (4, 'ALTER TABLE invoice_lines ENABLE TRIGGER invoice_lines_add_up'),
      (5, 'SELECT dc_bulk_invoices_add_up()');
  END IF;
  FOREACH t IN ARRAY tables LOOP
    -- COPY cannot write through row security; the tables stay locked until commit, so
    -- no other session ever sees them without it
    EXECUTE format('ALTER TABLE %I DISABLE TRIGGER %I, NO FORCE ROW LEVEL SECURITY, '
                   'DISABLE ROW LEVEL SECURITY', t, t || '_sync_insert');
    INSERT INTO sync_bulk_ddl (stage, statement)
      VALUES (4, format('ALTER TABLE %I ENABLE TRIGGER %I, ENABLE ROW LEVEL SECURITY, '
                        'FORCE ROW LEVEL SECURITY', t, t || '_sync_insert'));
  END LOOP;
  -- Rows COPY writes with FREEZE into a table emptied in the same transaction are stored
  -- frozen and marked all-visible: the keys, indexes and foreign keys built afterwards read
  -- them without asking, row by row, whether this transaction wrote them (testing the
  -- foreign keys took 40% less). Every reference to these tables was dropped above, and
  -- they stay locked until commit. The one price, as the manual warns: a transaction that
  -- began before this one commits sees the rows once it has.
  IF cardinality(rebuilt) > 0 THEN
    EXECUTE 'TRUNCATE ' || (SELECT string_agg(format('%I', x), ', ') FROM unnest(rebuilt) x);
  END IF;
  RETURN rebuilt;
END $$;
-- invoice_lines_add_up over a whole load: each issued invoice's lines add up to its subtotal
CREATE OR REPLACE FUNCTION dc_bulk_invoices_add_up() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM invoices i
             JOIN (SELECT invoice_id, sum(amount) AS total FROM invoice_lines
                   GROUP BY invoice_id) l ON l.invoice_id = i.id
             WHERE i.status <> 'draft' AND i.subtotal <> l.total) THEN
    RAISE EXCEPTION 'an issued invoice never changes: correct it with a credit note'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_lines_add_up';
  END IF;
END $$;
REVOKE ALL ON FUNCTION dc_bulk_invoices_add_up() FROM PUBLIC;
-- work_mem: testing a foreign key joins the whole table with its parent, in memory
CREATE OR REPLACE FUNCTION dc_bulk_load_end(tables text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
SET maintenance_work_mem = '256MB' SET work_mem = '128MB' AS $$
DECLARE
  r record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM sync_bulk_ddl) THEN
    RAISE EXCEPTION 'no bulk load is under way';
  END IF;
  FOR r IN SELECT statement FROM sync_bulk_ddl ORDER BY stage, position LOOP
    EXECUTE r.statement;
  END LOOP;
  DELETE FROM sync_bulk_ddl;
  UPDATE sync_meta SET epoch = gen_random_uuid();
END $$;
-- A load that began must end in the same transaction: one that would commit with the
-- tables' rules still dropped is refused at commit, and everything rolls back.
CREATE OR REPLACE FUNCTION dc_bulk_load_unfinished() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM sync_bulk_ddl) THEN
    RAISE EXCEPTION 'a bulk load must end in the transaction that began it';
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS sync_bulk_ddl_unfinished ON sync_bulk_ddl;
CREATE CONSTRAINT TRIGGER sync_bulk_ddl_unfinished AFTER INSERT ON sync_bulk_ddl
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dc_bulk_load_unfinished();
REVOKE ALL ON FUNCTION dc_bulk_load_begin(text[], text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION dc_bulk_load_end(text[]) FROM PUBLIC;
"""

# Tickets and visits are updated all day; room on each page lets PostgreSQL update a row
# in place (a HOT update) without touching the table's seven indexes.
FILLFACTOR = {"tickets": 85, "visits": 85}


@dataclass(frozen=True)
class ServerInfo:
    """What `server init` did."""

    epoch: uuid.UUID
    revision: str
    new_epoch: bool


def _roles_sql(db: str) -> list[sql.Composed | sql.SQL]:
    out: list[sql.Composed | sql.SQL] = []
    for role in Role:
        name = sql.Identifier(group_role(role, db))
        out.append(
            sql.SQL(
                "DO $$ BEGIN CREATE ROLE {} NOLOGIN; "
                "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            ).format(name)
        )
    # only this database's groups may connect to it
    out.append(sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(sql.Identifier(db)))
    out.append(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(db), _group_roles(Role, db)
        )
    )
    return out


def _columns(names: Iterable[str]) -> sql.Composed:
    return sql.SQL(", ").join(sql.Identifier(n) for n in names)


def _grants_sql(db: str) -> list[sql.Composed | sql.SQL]:
    desk, every = _group_roles(DESK_ROLES, db), _group_roles(Role, db)
    engineer = sql.Identifier(group_role(Role.ENGINEER, db))
    admin = sql.Identifier(group_role(Role.ADMIN, db))
    out: list[sql.Composed | sql.SQL] = [
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(every),
        sql.SQL("GRANT SELECT ON alembic_version, sync_meta, sync_changes TO {}").format(every),
        sql.SQL("GRANT SELECT, INSERT ON sync_mutations TO {}").format(every),
        sql.SQL("GRANT SELECT, INSERT, UPDATE ON number_sequences TO {}").format(desk),
    ]
    for spec in synced_tables():
        table = sql.Identifier(spec.name)
        # a run of `server init` after an upgrade starts from no rights at all
        out.append(sql.SQL("REVOKE ALL ON {} FROM {}").format(table, every))
        if spec.name in ADMIN_WRITES:
            # who may sign in, and as what, and the company itself are the administrator's
            out.append(sql.SQL("GRANT SELECT, INSERT ON {} TO {}").format(table, desk))
            out.append(sql.SQL("GRANT UPDATE, DELETE ON {} TO {}").format(table, admin))
        elif spec.name in MONEY_INSERTS:
            out.append(sql.SQL("GRANT SELECT, INSERT ON {} TO {}").format(table, desk))
        else:
            rights = "SELECT, INSERT" if spec.append_only else "SELECT, INSERT, UPDATE, DELETE"
            out.append(sql.SQL(f"GRANT {rights} ON {{}} TO {{}}").format(table, desk))
        hidden = HIDDEN_FROM_ENGINEERS.get(spec.name, {})
        readable = [c for c in spec.columns if c not in hidden]
        out.append(
            sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(_columns(readable), table, engineer)
        )
        if spec.name in ENGINEER_INSERTS:
            out.append(sql.SQL("GRANT INSERT ON {} TO {}").format(table, engineer))
        columns = ENGINEER_UPDATES.get(spec.name, ())
        if columns:
            stamps = tuple(c for c in STAMPS if c in spec.columns)
            out.append(
                sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
                    _columns((*columns, *stamps)), table, engineer
                )
            )
        out += _client_admin_grants(spec.name, spec.columns, db)
    return out


def _client_admin_grants(name: str, columns: Iterable[str], db: str) -> list[sql.Composed]:
    """What a client admin's group may do to one table: nothing unless named above."""
    table, client_admin = sql.Identifier(name), sql.Identifier(group_role(Role.CLIENT_ADMIN, db))
    out = []
    if name in CLIENT_ADMIN_ROWS:
        out.append(sql.SQL("GRANT SELECT ON {} TO {}").format(table, client_admin))
    if name in CLIENT_ADMIN_INSERTS:
        out.append(sql.SQL("GRANT INSERT ON {} TO {}").format(table, client_admin))
    if name in CLIENT_ADMIN_UPDATES:
        stamps = tuple(c for c in STAMPS if c in columns)
        changed = (*CLIENT_ADMIN_UPDATES[name][0], *stamps)
        out.append(
            sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(_columns(changed), table, client_admin)
        )
    return out


def _policies_sql(db: str) -> list[sql.Composed | sql.SQL]:
    desk, every = _group_roles(DESK_ROLES, db), _group_roles(Role, db)
    engineer = sql.Identifier(group_role(Role.ENGINEER, db))
    out: list[sql.Composed | sql.SQL] = []
    for spec in synced_tables():
        table = sql.Identifier(spec.name)
        visible = ENGINEER_ROWS.get(spec.name, "false")
        writable = ENGINEER_WRITES.get(spec.name, visible)
        out += [
            sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(table),
            # forced: even the owner obeys, so no role can read around the policies
            sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(table),
            sql.SQL("DROP POLICY IF EXISTS dc_desk ON {}").format(table),
            sql.SQL("CREATE POLICY dc_desk ON {} TO {} USING (true) WITH CHECK (true)").format(
                table, desk
            ),
            sql.SQL("DROP POLICY IF EXISTS dc_engineer ON {}").format(table),
            sql.SQL("CREATE POLICY dc_engineer ON {} TO {} USING ({}) WITH CHECK ({})").format(
                table, engineer, sql.SQL(visible), sql.SQL(writable)
            ),
            sql.SQL("DROP POLICY IF EXISTS dc_engineer_settled ON {}").format(table),
        ]
        if spec.name in MONEY_INSERTS:
            others = [r for r in DESK_ROLES if r not in MONEY_ROLES]
            out += [
                sql.SQL("DROP POLICY IF EXISTS dc_money_only ON {}").format(table),
                sql.SQL(
                    "CREATE POLICY dc_money_only ON {} AS RESTRICTIVE FOR INSERT TO {} "
                    "WITH CHECK (false)"
                ).format(table, _group_roles(others, db)),
            ]
        if spec.name in ENGINEER_RESTRICTIONS:
            out.append(
                sql.SQL(
                    "CREATE POLICY dc_engineer_settled ON {} AS RESTRICTIVE FOR UPDATE TO {} "
                    "USING ({})"
                ).format(table, engineer, sql.SQL(ENGINEER_RESTRICTIONS[spec.name]))
            )
        out += _client_admin_policies(spec.name, db)
    out += [
        sql.SQL("ALTER TABLE sync_mutations ENABLE ROW LEVEL SECURITY"),
        sql.SQL("ALTER TABLE sync_mutations FORCE ROW LEVEL SECURITY"),
        sql.SQL("DROP POLICY IF EXISTS dc_own ON sync_mutations"),
        sql.SQL(
            "CREATE POLICY dc_own ON sync_mutations TO {} USING (login = current_user) "
            # a deactivated user's login writes no push record
            # (as a sub-select: evaluated once per statement, not once per row)
            "WITH CHECK (login = current_user AND (SELECT dc_me_user()) IS NOT NULL)"
        ).format(every),
    ]
    return out


def _client_admin_policies(name: str, db: str) -> list[sql.Composed]:
    """A client admin's policies on one table: one per command it is granted."""
    table, client_admin = sql.Identifier(name), sql.Identifier(group_role(Role.CLIENT_ADMIN, db))
    out = [
        sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(policy), table)
        for policy in ("dc_client_admin", "dc_client_admin_insert", "dc_client_admin_update")
    ]
    rows = CLIENT_ADMIN_ROWS.get(name)
    if rows is not None:
        out.append(
            sql.SQL("CREATE POLICY dc_client_admin ON {} FOR SELECT TO {} USING ({})").format(
                table, client_admin, sql.SQL(rows)
            )
        )
    if name in CLIENT_ADMIN_INSERTS:
        out.append(
            sql.SQL(
                "CREATE POLICY dc_client_admin_insert ON {} FOR INSERT TO {} WITH CHECK ({})"
            ).format(table, client_admin, sql.SQL(CLIENT_ADMIN_INSERTS[name]))
        )
    if name in CLIENT_ADMIN_UPDATES:
        _, which, holds = CLIENT_ADMIN_UPDATES[name]
        out.append(
            sql.SQL(
                "CREATE POLICY dc_client_admin_update ON {} FOR UPDATE TO {} "
                "USING ({}) WITH CHECK ({})"
            ).format(table, client_admin, sql.SQL(which), sql.SQL(holds))
        )
    return out


def _change_visibility_sql(db: str) -> list[sql.Composed | sql.SQL]:
    """Rule 7 for the change log: an engineer reads only changes to rows they can see.

    The function runs as the caller, so each table's own engineer policy decides; a row
    that left the slice or was deleted is found by the replica's key comparison instead.
    """
    branches = []
    for spec in synced_tables():
        match = sql.SQL(" AND ").join(
            sql.SQL("{} = split_part(k, ':', {})::uuid").format(sql.Identifier(col), i + 1)
            for i, col in enumerate(spec.key)
        )
        branches.append(
            sql.SQL("WHEN {} THEN RETURN EXISTS (SELECT 1 FROM {} WHERE {});").format(
                sql.Literal(spec.name), sql.Identifier(spec.name), match
            )
        )
    every = _group_roles(Role, db)
    return [
        sql.SQL(
            "CREATE OR REPLACE FUNCTION dc_change_visible(t text, k text) RETURNS boolean "
            "LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public AS $$ "
            "BEGIN CASE t {} ELSE RETURN false; END CASE; END $$"
        ).format(sql.SQL(" ").join(branches)),
        # enabled, not forced: the log's owner writes it through the triggers
        sql.SQL("ALTER TABLE sync_changes ENABLE ROW LEVEL SECURITY"),
        sql.SQL("DROP POLICY IF EXISTS dc_desk ON sync_changes"),
        sql.SQL("CREATE POLICY dc_desk ON sync_changes FOR SELECT TO {} USING (true)").format(
            _group_roles(DESK_ROLES, db)
        ),
        sql.SQL("DROP POLICY IF EXISTS dc_engineer ON sync_changes"),
        sql.SQL(
            "CREATE POLICY dc_engineer ON sync_changes FOR SELECT TO {} "
            "USING (dc_change_visible(table_name, row_key))"
        ).format(sql.Identifier(group_role(Role.ENGINEER, db))),
        sql.SQL("DROP POLICY IF EXISTS dc_client_admin ON sync_changes"),
        sql.SQL(
            "CREATE POLICY dc_client_admin ON sync_changes FOR SELECT TO {} "
            "USING (dc_change_visible(table_name, row_key))"
        ).format(sql.Identifier(group_role(Role.CLIENT_ADMIN, db))),
        sql.SQL("GRANT EXECUTE ON FUNCTION dc_change_visible(text, text) TO {}").format(every),
    ]


def _triggers_sql() -> list[sql.Composed | sql.SQL]:
    out: list[sql.Composed | sql.SQL] = []
    for spec in synced_tables():
        table = sql.Identifier(spec.name)
        key = sql.Literal(spec.pg_key_sql())
        for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            name = sql.Identifier(f"{spec.name}_sync_{event.lower()}")
            rows = sql.Identifier(f"{ref.lower()}_rows")
            out.append(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(name, table))
            out.append(
                sql.SQL(
                    "CREATE TRIGGER {} AFTER {} ON {} REFERENCING {} TABLE AS {} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION dc_log_changes({})"
                ).format(name, sql.SQL(event), table, sql.SQL(ref), rows, key)
            )
    return out


def install(conn: psycopg.Connection, *, new_epoch: bool = False) -> tuple[uuid.UUID, bool]:
    """Create or refresh the sync layer in the connection's transaction; return the epoch."""
    conn.execute(SYNC_TABLES_SQL)
    conn.execute(LOG_FUNCTION_SQL)
    conn.execute(VISIBILITY_SQL)
    conn.execute(CLIENT_ADMIN_SQL)
    conn.execute(HORIZON_SQL)
    conn.execute(REGISTER_SQL)
    conn.execute(WORKFLOW_SQL)
    conn.execute(TIME_REVIEW_SQL)
    conn.execute(_surcharge_sql())
    conn.execute("DELETE FROM sync_transitions")
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO sync_transitions VALUES (%s, %s, %s, %s)", _transition_rows())
    db = current_database(conn)
    statements = (
        _roles_sql(db)
        + _grants_sql(db)
        + _triggers_sql()
        + _policies_sql(db)
        + _change_visibility_sql(db)
    )
    conn.execute(BULK_LOAD_SQL)
    statements.append(
        sql.SQL(
            "GRANT EXECUTE ON FUNCTION dc_bulk_load_begin(text[], text[]), "
            "dc_bulk_load_end(text[]) TO {}"
        ).format(_group_roles(DESK_ROLES, db))
    )
    for table, percent in FILLFACTOR.items():
        statements.append(
            sql.SQL("ALTER TABLE {} SET (fillfactor = {})").format(
                sql.Identifier(table), sql.Literal(percent)
            )
        )
    for statement in statements:
        conn.execute(statement)
    _carry_members(conn, db)
    row = conn.execute("SELECT epoch FROM sync_meta").fetchone()
    if row is None or new_epoch:
        epoch = uuid.uuid4()
        conn.execute(
            "INSERT INTO sync_meta (id, epoch) VALUES (1, %s) "
            "ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch",
            (epoch,),
        )
        return epoch, True
    return row[0], False


def init_server(url: str, *, new_epoch: bool = False) -> ServerInfo:
    """`server init`: migrate the shared schema, then install the sync layer."""
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import head_revision, upgrade
    from console.sync.connection import connect, plain_url

    engine = create_store_engine(resolve_url(url))
    try:
        if engine.dialect.name != "postgresql":
            raise ValidationError(
                "--url", phrase("the shared database must be PostgreSQL (postgresql://...)")
            )
        upgrade(engine)
    finally:
        engine.dispose()
    with connect(plain_url(url), autocommit=True) as conn, conn.transaction():
        epoch, made = install(conn, new_epoch=new_epoch)
    return ServerInfo(epoch=epoch, revision=head_revision(), new_epoch=made)
