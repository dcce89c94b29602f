"""The e-mail channel: reading messages, taking them in as tickets, fetching over IMAP.

One concept per module: `parsing` (MIME to plain values), `html_text` (HTML to safe
text), `replies` (the writer's own words), `loops` (automatic mail), `threading` (which
ticket a message is about), `blobs` (files kept once), `intake` (one message, one
transaction), `imap` and `fetcher` (the server), `lease` (one fetcher), `secrets`
(passwords), `mailboxes` and `listings` (what the window and the command line call).
"""
