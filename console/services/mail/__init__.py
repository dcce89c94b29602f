"""The e-mail channel: reading messages, taking them in as tickets, fetching over IMAP,
sending the desk's mail.

One concept per module: `parsing` (MIME to plain values, read with `reading_policy`),
`html_text` (HTML to safe text), `replies` (the writer's own words), `loops` (automatic
mail), `threading` (which ticket a message is about), `blobs` (files kept once), `intake`
(one message; the fetcher takes a batch in one transaction), `imap` and `fetcher` (the
server), `lease` (one fetcher), `outbox`, `composing` and `sender` (mail out: queued with
the change, written, sent), `secrets` (passwords), `mailboxes`, `outgoing` and `listings`
(what the window and the command line call).
"""
