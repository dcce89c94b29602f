"""`dispatch-console clients ...`: clients with their sites and contacts (issue 18)."""

from __future__ import annotations

import argparse
from typing import Any

from console.cli.options import Parser
from console.cli.records import (
    FORMATS,
    acting_user,
    add_as_option,
    add_field_options,
    given,
    print_record,
    print_records,
    store,
)
from console.services.master_data.fields import CLIENT_FIELDS, CONTACT_FIELDS, SITE_FIELDS

LISTED = ("name", "country", "time_zone", "currency", "sites", "contacts", "active")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`clients add|list|show|edit|deactivate|add-site|edit-site|deactivate-site|add-contact|
    edit-contact|deactivate-contact`."""
    clients = sub.add_parser("clients", help="enter and keep clients, their sites and contacts")
    c_sub = clients.add_subparsers(dest="clients_command", parser_class=Parser, metavar="ACTION")
    c_sub.required = True

    def action(name: str, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = c_sub.add_parser(name, parents=[common], help=help)
        return parser

    add = action("add", "enter a new client")
    add_field_options(add, CLIENT_FIELDS, adding=True)
    add_as_option(add)
    listing = action("list", "clients whose name, country or mail domain holds a text")
    listing.add_argument("search", nargs="?", help="text to look for")
    listing.add_argument("--all", action="store_true", help="inactive clients too")
    listing.add_argument("--format", choices=FORMATS, default="table")
    show = action("show", "a client with its sites, contacts and contracts")
    show.add_argument("client", help="name or id")
    show.add_argument("--format", choices=("table", "json"), default="table")
    edit = action("edit", "change the given fields of a client")
    edit.add_argument("client", help="name or id")
    add_field_options(edit, CLIENT_FIELDS, adding=False)
    add_as_option(edit)
    deactivate = action("deactivate", "take a client out of the lists; its records stay")
    deactivate.add_argument("client", help="name or id")
    add_as_option(deactivate)
    add_site = action("add-site", "add a site to a client")
    add_site.add_argument("client", help="name or id")
    add_field_options(add_site, SITE_FIELDS, adding=True)
    add_as_option(add_site)
    edit_site = action("edit-site", "change the given fields of a client's site")
    edit_site.add_argument("client", help="name or id")
    edit_site.add_argument("site", help="the site's name or id")
    add_field_options(edit_site, SITE_FIELDS, adding=False)
    add_as_option(edit_site)
    add_contact = action("add-contact", "add a contact person to a client")
    add_contact.add_argument("client", help="name or id")
    add_field_options(add_contact, CONTACT_FIELDS, adding=True)
    add_as_option(add_contact)
    edit_contact = action("edit-contact", "change the given fields of a client's contact")
    edit_contact.add_argument("client", help="name or id")
    edit_contact.add_argument("contact", help="the contact's name or id")
    add_field_options(edit_contact, CONTACT_FIELDS, adding=False)
    add_as_option(edit_contact)
    remove_site = action(
        "deactivate-site", "take a site out of the lists; its tickets and visits keep it"
    )
    remove_site.add_argument("client", help="name or id")
    remove_site.add_argument("site", help="the site's name or id")
    add_as_option(remove_site)
    remove_contact = action(
        "deactivate-contact", "take a contact out of the lists; their tickets keep them"
    )
    remove_contact.add_argument("client", help="name or id")
    remove_contact.add_argument("contact", help="the contact's name or id")
    add_as_option(remove_contact)


def run(args: argparse.Namespace) -> int:
    """Run one `clients` action."""
    from console.services.master_data import clients as service

    _engine, sessions = store(args)
    command = args.clients_command
    if command == "list":
        rows = service.list_clients(sessions, args.search, include_inactive=args.all)
        print_records(rows, LISTED, args.format, "clients")
        return 0
    if command == "show":
        print_record(service.show_client(sessions, args.client), args.format)
        return 0
    user = acting_user(args, sessions)
    if command == "add":
        values = given(args, CLIENT_FIELDS)
        new = service.add_client(sessions, user, **values)
        print(f"client {values.get('name')} added (id {new})")
    elif command == "edit":
        service.edit_client(sessions, user, args.client, **given(args, CLIENT_FIELDS))
        print(f"client {args.client} changed")
    elif command == "deactivate":
        service.deactivate_client(sessions, user, args.client)
        print(f"client {args.client} deactivated: its tickets, contracts and invoices stay")
    elif command == "add-site":
        values = given(args, SITE_FIELDS)
        new = service.add_site(sessions, user, args.client, **values)
        print(f"site {values.get('name')} added to {args.client} (id {new})")
    elif command == "edit-site":
        service.edit_site(sessions, user, args.client, args.site, **given(args, SITE_FIELDS))
        print(f"site {args.site} of {args.client} changed")
    elif command == "deactivate-site":
        service.deactivate_site(sessions, user, args.client, args.site)
        print(f"site {args.site} of {args.client} deactivated: its tickets and visits keep it")
    elif command == "deactivate-contact":
        service.deactivate_contact(sessions, user, args.client, args.contact)
        print(f"contact {args.contact} of {args.client} deactivated: their tickets keep them")
    elif command == "add-contact":
        values = given(args, CONTACT_FIELDS)
        new = service.add_contact(sessions, user, args.client, **values)
        print(f"contact {values.get('name')} added to {args.client} (id {new})")
    else:
        values = given(args, CONTACT_FIELDS)
        service.edit_contact(sessions, user, args.client, args.contact, **values)
        print(f"contact {args.contact} of {args.client} changed")
    return 0
