"""The shared database's sync layer: change log, mutation register, roles and row security.

`server init` runs alembic for the business schema, then this script, which is written to
be run again after every upgrade: it creates what is missing and replaces functions,
triggers and policies, so an old server and a new one end up the same.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import psycopg
from psycopg import sql

from console.enums import Role
from console.errors import UserError
from console.sync.tables import synced_tables

ROLE_PREFIX = "dc_"
DESK_ROLES = (Role.DISPATCHER, Role.SERVICE_MANAGER, Role.ADMIN)
"""Roles that see every row; engineers see their own slice (sync rule 7)."""


def group_role(role: Role) -> str:
    """The PostgreSQL group role a console role maps to."""
    return f"{ROLE_PREFIX}{role.value}"


def _group_roles(roles: Iterable[Role]) -> sql.Composed:
    return sql.SQL(", ").join(sql.Identifier(group_role(r)) for r in roles)


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
    "engineers": "true",  # the staff directory: co-workers on a visit, account engineers
    "users": "true",
    "leave": "engineer_id = dc_me_engineer()",
    "audit_log": "user_id = dc_me_user()",
    "invoices": "false",
    "invoice_lines": "false",
}
"""An engineer's slice of each table (sync rule 7); anything not named here is hidden."""

ENGINEER_WRITES: dict[str, str] = {
    # What an engineer may write is narrower than what they may read.
    "time_entries": f"{MY_TICKETS} AND engineer_id = dc_me_engineer()",
    "engineers": "id = dc_me_engineer()",
    "users": "false",
    "leave": "false",
    "clients": "false",
    "contracts": "false",
    "sla_targets": "false",
    "closures": "false",
}


# Loading a whole store into an empty server the way PostgreSQL's manual advises for bulk
# loads: keys, indexes, checks and foreign keys are dropped and built (or tested) again in
# one pass each afterwards, and the change log is not written row by row; a new epoch tells every
# replica to download again instead. A desk role runs it through these SECURITY DEFINER
# functions (it does not own the tables); all of it happens inside the uploader's
# transaction, so a failed upload leaves the server exactly as it was.
BULK_LOAD_SQL = """
CREATE TABLE IF NOT EXISTS sync_bulk_ddl (
    stage integer NOT NULL,
    position integer GENERATED ALWAYS AS IDENTITY,
    statement text NOT NULL,
    PRIMARY KEY (stage, position)
);
CREATE OR REPLACE FUNCTION dc_bulk_load_begin(tables text[]) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  t text;
  r record;
  loaded oid[];
BEGIN
  IF NOT (pg_has_role(session_user, 'dc_dispatcher', 'MEMBER')
          OR pg_has_role(session_user, 'dc_service_manager', 'MEMBER')
          OR pg_has_role(session_user, 'dc_admin', 'MEMBER')) THEN
    RAISE EXCEPTION 'only a desk role can load a whole store';
  END IF;
  FOREACH t IN ARRAY tables LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO r;
    IF r.exists THEN
      RETURN false;  -- not an empty server: rows go in the careful way
    END IF;
  END LOOP;
  SELECT array_agg(to_regclass(x)::oid) INTO loaded FROM unnest(tables) x;
  DELETE FROM sync_bulk_ddl;
  -- Dropped children first, rebuilt parents first: keys, then indexes, then references.
  -- Constraints go back one ALTER TABLE per table, so a table's checks cost one scan.
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
  -- checks are tested once per table afterwards, not row by row while COPY runs
  FOR r IN
    SELECT conrelid::regclass AS tab, contype = 'c' AS checks,
           string_agg(format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)),
                      ', ' ORDER BY conname) AS adds,
           string_agg(format('DROP CONSTRAINT %I', conname), ', ') AS drops
    FROM pg_constraint
    WHERE contype IN ('c', 'p', 'u') AND conrelid = ANY (loaded)
    GROUP BY conrelid, contype = 'c'
  LOOP
    INSERT INTO sync_bulk_ddl (stage, statement)
      VALUES (CASE WHEN r.checks THEN 2 ELSE 1 END,
              format('ALTER TABLE %s %s', r.tab, r.adds));
    EXECUTE format('ALTER TABLE %s %s', r.tab, r.drops);
  END LOOP;
  FOREACH t IN ARRAY tables LOOP
    -- COPY cannot write through row security; the tables stay locked until commit, so
    -- no other session ever sees them without it
    EXECUTE format('ALTER TABLE %I DISABLE TRIGGER %I, NO FORCE ROW LEVEL SECURITY, '
                   'DISABLE ROW LEVEL SECURITY', t, t || '_sync_insert');
    INSERT INTO sync_bulk_ddl (stage, statement)
      VALUES (4, format('ALTER TABLE %I ENABLE TRIGGER %I, ENABLE ROW LEVEL SECURITY, '
                        'FORCE ROW LEVEL SECURITY', t, t || '_sync_insert'));
  END LOOP;
  RETURN true;
END $$;
CREATE OR REPLACE FUNCTION dc_bulk_load_end(tables text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
SET maintenance_work_mem = '256MB' AS $$
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
REVOKE ALL ON FUNCTION dc_bulk_load_begin(text[]) FROM PUBLIC;
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


def _roles_sql() -> list[sql.Composed | sql.SQL]:
    out: list[sql.Composed | sql.SQL] = []
    for role in Role:
        name = sql.Identifier(group_role(role))
        out.append(
            sql.SQL(
                "DO $$ BEGIN CREATE ROLE {} NOLOGIN; "
                "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            ).format(name)
        )
    return out


def _grants_sql() -> list[sql.Composed | sql.SQL]:
    desk, every = _group_roles(DESK_ROLES), _group_roles(Role)
    engineer = sql.Identifier(group_role(Role.ENGINEER))
    out: list[sql.Composed | sql.SQL] = [
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(every),
        sql.SQL("GRANT SELECT ON alembic_version, sync_meta, sync_changes TO {}").format(every),
        sql.SQL("GRANT SELECT, INSERT ON sync_mutations TO {}").format(every),
        sql.SQL("GRANT SELECT, INSERT, UPDATE ON number_sequences TO {}").format(desk),
    ]
    for spec in synced_tables():
        table = sql.Identifier(spec.name)
        rights = "SELECT, INSERT" if spec.append_only else "SELECT, INSERT, UPDATE, DELETE"
        out.append(sql.SQL(f"GRANT {rights} ON {{}} TO {{}}").format(table, desk))
        out.append(
            sql.SQL("GRANT {} ON {} TO {}").format(
                sql.SQL("SELECT, INSERT" if spec.append_only else "SELECT, INSERT, UPDATE"),
                table,
                engineer,
            )
        )
    return out


def _policies_sql() -> list[sql.Composed | sql.SQL]:
    desk, every = _group_roles(DESK_ROLES), _group_roles(Role)
    engineer = sql.Identifier(group_role(Role.ENGINEER))
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
        ]
    out += [
        sql.SQL("ALTER TABLE sync_mutations ENABLE ROW LEVEL SECURITY"),
        sql.SQL("ALTER TABLE sync_mutations FORCE ROW LEVEL SECURITY"),
        sql.SQL("DROP POLICY IF EXISTS dc_own ON sync_mutations"),
        sql.SQL(
            "CREATE POLICY dc_own ON sync_mutations TO {} "
            "USING (login = current_user) WITH CHECK (login = current_user)"
        ).format(every),
    ]
    return out


def _change_visibility_sql() -> list[sql.Composed | sql.SQL]:
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
    every = _group_roles(Role)
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
            _group_roles(DESK_ROLES)
        ),
        sql.SQL("DROP POLICY IF EXISTS dc_engineer ON sync_changes"),
        sql.SQL(
            "CREATE POLICY dc_engineer ON sync_changes FOR SELECT TO {} "
            "USING (dc_change_visible(table_name, row_key))"
        ).format(sql.Identifier(group_role(Role.ENGINEER))),
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
    statements = (
        _roles_sql() + _grants_sql() + _triggers_sql() + _policies_sql() + _change_visibility_sql()
    )
    conn.execute(BULK_LOAD_SQL)
    statements.append(
        sql.SQL(
            "GRANT EXECUTE ON FUNCTION dc_bulk_load_begin(text[]), dc_bulk_load_end(text[]) TO {}"
        ).format(_group_roles(DESK_ROLES))
    )
    for table, percent in FILLFACTOR.items():
        statements.append(
            sql.SQL("ALTER TABLE {} SET (fillfactor = {})").format(
                sql.Identifier(table), sql.Literal(percent)
            )
        )
    for statement in statements:
        conn.execute(statement)
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
            raise UserError("--url: the shared database must be PostgreSQL (postgresql://...)")
        upgrade(engine)
    finally:
        engine.dispose()
    with connect(plain_url(url), autocommit=True) as conn, conn.transaction():
        epoch, made = install(conn, new_epoch=new_epoch)
    return ServerInfo(epoch=epoch, revision=head_revision(), new_epoch=made)
